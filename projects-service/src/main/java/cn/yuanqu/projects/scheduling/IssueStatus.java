package cn.yuanqu.projects.scheduling;

import org.eclipse.microprofile.graphql.Description;

/** An issue is open until resolved (待解决 → 已解决); overdue is computed from its deadline. */
@Description("问题状态 / issue status")
public enum IssueStatus {
    @Description("待解决 / open")
    OPEN("待解决"),
    @Description("已解决 / resolved")
    RESOLVED("已解决");

    private final String label;

    IssueStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
