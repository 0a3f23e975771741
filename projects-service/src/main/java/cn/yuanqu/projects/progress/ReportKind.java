package cn.yuanqu.projects.progress;

import org.eclipse.microprofile.graphql.Description;

/** How often a project reports progress. */
@Description("填报周期 / reporting period")
public enum ReportKind {
    @Description("周报 / weekly")
    WEEK("周报"),
    @Description("月报 / monthly")
    MONTH("月报");

    private final String label;

    ReportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
