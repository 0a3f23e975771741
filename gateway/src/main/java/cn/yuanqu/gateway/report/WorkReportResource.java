package cn.yuanqu.gateway.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

/** The work report as a downloadable Markdown document for a park and period. */
@Path("/reports")
public class WorkReportResource {

    static final String MARKDOWN = "text/markdown;charset=UTF-8";

    private final WorkReportGateway gateway;

    public WorkReportResource(WorkReportGateway gateway) {
        this.gateway = gateway;
    }

    @GET
    @Path("/work-report.md")
    @Produces(MARKDOWN)
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer", "department",
            "province-viewer", "admin" })
    public Uni<RestResponse<String>> workReport(@QueryParam("park") String park, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        WorkReport r = gateway.report(park, from, to);
        String name = (r.park() == null ? "" : r.park() + "-") + r.period() + "工作总结.md";
        return gateway.markdown(r).map(md -> RestResponse.ResponseBuilder.ok(md, MARKDOWN)
                .header("Content-Disposition", "attachment; filename=\"work-report.md\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build());
    }
}
