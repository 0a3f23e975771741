package cn.yuanqu.gateway.report;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.report.ReportWriter.Section;

/** 工作总结 figures for the front ends. Thin: delegates to {@link WorkReportGateway}. */
@GraphQLApi
public class WorkReportGraphQLApi {

    private final WorkReportGateway gateway;

    public WorkReportGraphQLApi(WorkReportGateway gateway) {
        this.gateway = gateway;
    }

    @Query("workReport")
    @Description("工作总结（数据部分）：经济运行、企业培育、项目建设、安全环保、土地集约、营商环境各节的表述语句与指标；亦可下载 Markdown（GET /reports/work-report.md）"
            + " / the work-report figures and sentences of a park for a period; also downloadable as Markdown")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer", "department",
            "province-viewer", "admin" })
    public WorkReport workReport(@Description("园区ID（单园区账号可省略） / park, optional for single-park accounts") String park,
            @NonNull @Description("起始月份 YYYY-MM / first month") String from,
            @NonNull @Description("截止月份 YYYY-MM / last month") String to) {
        return gateway.report(park, from, to);
    }

    @Name("economy")
    @Description("一、经济运行 / economy")
    public Uni<ReportSection> economy(@Source WorkReport r) {
        return gateway.section(r, Section.ECONOMY);
    }

    @Name("cultivation")
    @Description("二、企业培育 / enterprise cultivation")
    public Uni<ReportSection> cultivation(@Source WorkReport r) {
        return gateway.section(r, Section.CULTIVATION);
    }

    @Name("projects")
    @Description("三、项目建设 / projects")
    public Uni<ReportSection> projects(@Source WorkReport r) {
        return gateway.section(r, Section.PROJECTS);
    }

    @Name("safety")
    @Description("四、安全环保 / safety and environment")
    public Uni<ReportSection> safety(@Source WorkReport r) {
        return gateway.section(r, Section.SAFETY);
    }

    @Name("land")
    @Description("五、土地集约 / land")
    public Uni<ReportSection> land(@Source WorkReport r) {
        return gateway.section(r, Section.LAND);
    }

    @Name("service")
    @Description("六、营商环境和企业服务 / business environment and enterprise service")
    public Uni<ReportSection> service(@Source WorkReport r) {
        return gateway.section(r, Section.SERVICE);
    }

    @Name("markdown")
    @Description("整份工作总结（Markdown；不可用的服务在文末注明） / the whole report as Markdown, unavailable services noted")
    public Uni<@NonNull String> markdown(@Source WorkReport r) {
        return gateway.markdown(r);
    }
}
