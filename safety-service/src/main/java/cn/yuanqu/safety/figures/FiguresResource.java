package cn.yuanqu.safety.figures;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.error.Problem;

/** The figures endpoint (DESIGN.md) of safety-service. */
@Path("/api/figures")
@Tag(name = "指标 Figures", description = "驾驶舱与工作总结所用指标 / figures for the dashboard and the work report")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {

    private final FiguresService service;

    public FiguresResource(FiguresService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "期间指标与同比 / figures for a period with 同比",
            description = "每个园区：专项行动及成果、检查（按类型、检查企业数、夜查）、隐患（发现、销号、整改率、未销号、逾期、重大）、"
                    + "整改文书、通报约谈与行政处罚（次数、金额）、责任状、培训与警示教育、应急演练、监测样品与超标、督察反馈问题销号；"
                    + "流量按期间统计，存量与逾期为期末（期间未结束时为今天）数。可重复 park 参数。"
                    + " / Per park: flows of the period and stocks at its end, each with the same months a year before."
                    + " Repeat park for several parks.")
    @APIResponse(responseCode = "400", description = "月份无效 / bad months",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "无权查看该园区或为企业用户 / park not allowed or enterprise user",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<FiguresReport> figures(
            @Parameter(description = "园区ID，可重复；省级用户须指定 / park ids") @QueryParam("park") List<String> park,
            @Parameter(description = "起始月份 YYYY-MM / first month", required = true) @QueryParam("from") String from,
            @Parameter(description = "截止月份 YYYY-MM / last month", required = true) @QueryParam("to") String to) {
        return service.report(park, from, to);
    }
}
