package cn.yuanqu.gateway.enterprises.request;

import org.eclipse.microprofile.graphql.Description;

/** Categories of an enterprise's request (诉求). */
@Description("诉求类别 / category of a request")
public enum RequestCategory {
    @Description("用工 / labour")
    LABOUR,
    @Description("融资 / financing")
    FINANCING,
    @Description("水电路网气 / utilities")
    UTILITIES,
    @Description("审批代办 / approvals")
    APPROVAL,
    @Description("政策兑现 / policy payouts")
    POLICY,
    @Description("劳资纠纷 / labour dispute")
    LABOUR_DISPUTE,
    @Description("其他 / other")
    OTHER
}
