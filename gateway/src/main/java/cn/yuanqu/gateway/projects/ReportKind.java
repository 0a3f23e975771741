package cn.yuanqu.gateway.projects;

import org.eclipse.microprofile.graphql.Description;

/** How often a project reports progress. */
@Description("填报周期 / reporting period")
public enum ReportKind {
    @Description("周报 / weekly")
    WEEK,
    @Description("月报 / monthly")
    MONTH
}
