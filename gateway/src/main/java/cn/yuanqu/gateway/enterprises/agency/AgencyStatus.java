package cn.yuanqu.gateway.enterprises.agency;

import org.eclipse.microprofile.graphql.Description;

/** Status of a matter handled on an enterprise's behalf: 办理中, then 已办结 or 终止 (both final). */
@Description("帮代办状态 / status of a matter")
public enum AgencyStatus {
    @Description("办理中 / received, being handled")
    RECEIVED,
    @Description("已办结 / closed")
    CLOSED,
    @Description("终止 / terminated (withdrawn by the enterprise or not possible)")
    TERMINATED
}
