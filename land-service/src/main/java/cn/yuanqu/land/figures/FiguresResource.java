package cn.yuanqu.land.figures;

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

/** The figures endpoint (DESIGN.md) of land-service. */
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
            description = "每个园区：闲置、低效与报批中宗地（期末）、收回土地、立案与在办案件、处置面积与盘活面积、期初存量与处置率、闲置费、"
                    + "标准厂房面积、出租与空置（期末）、清退腾退、租金保证金物业费收取与欠缴；流量按期间统计，存量为期末（期间未结束时为今天）数。"
                    + " / Per park: flows of the period and stocks at its end, each with the same months a year before.")
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
