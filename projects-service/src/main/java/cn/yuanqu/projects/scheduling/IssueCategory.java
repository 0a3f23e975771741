package cn.yuanqu.projects.scheduling;

import org.eclipse.microprofile.graphql.Description;

/** What holds a project up. */
@Description("问题类别 / issue category")
public enum IssueCategory {
    @Description("用地 / land")
    LAND("用地"),
    @Description("水电路网气 / water, power, roads, network, gas")
    UTILITIES("水电路网气"),
    @Description("手续 / approvals and permits")
    PERMITS("手续"),
    @Description("资金 / funding")
    FUNDING("资金"),
    @Description("征迁 / land acquisition and relocation")
    RELOCATION("征迁"),
    @Description("其他 / other")
    OTHER("其他");

    private final String label;

    IssueCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
