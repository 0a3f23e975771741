package cn.yuanqu.gateway.land;

import org.eclipse.microprofile.graphql.Description;

/** The status of a land case: 调查 → 认定 → 告知 → 处置决定 → 执行 → 已处置, or 撤销. */
@Description("闲置低效用地处置案件状态 / status of a land case")
public enum LandCaseStatus {
    @Description("调查 / investigating")
    INVESTIGATING,
    @Description("认定 / determined")
    DETERMINED,
    @Description("告知 / notified")
    NOTIFIED,
    @Description("处置决定 / disposal decided")
    DECIDED,
    @Description("执行 / executing")
    EXECUTING,
    @Description("已处置 / disposed")
    DISPOSED,
    @Description("撤销 / withdrawn")
    WITHDRAWN
}
