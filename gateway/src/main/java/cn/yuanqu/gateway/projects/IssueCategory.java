package cn.yuanqu.gateway.projects;

import org.eclipse.microprofile.graphql.Description;

/** What holds a project up. */
@Description("问题类别 / issue category")
public enum IssueCategory {
    @Description("用地 / land")
    LAND,
    @Description("水电路网气 / water, power, roads, network, gas")
    UTILITIES,
    @Description("手续 / approvals and permits")
    PERMITS,
    @Description("资金 / funding")
    FUNDING,
    @Description("征迁 / land acquisition and relocation")
    RELOCATION,
    @Description("其他 / other")
    OTHER
}
