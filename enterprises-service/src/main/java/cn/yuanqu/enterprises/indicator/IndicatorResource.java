package cn.yuanqu.enterprises.indicator;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.enterprises.lookup.ByEnterprises;
import cn.yuanqu.enterprises.lookup.EnterpriseIdsRequest;
import cn.yuanqu.platform.error.Problem;
import cn.yuanqu.platform.rest.IfMatch;

/** REST API of monthly reports (企业月报) and the park's economic figures. */
@Path("/api/indicators")
@Tag(name = "企业月报 Indicators", description = "企业月度指标填报、部门批量报送、累计与同比 / monthly reports and figures")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class IndicatorResource {

    private final IndicatorService service;

    public IndicatorResource(IndicatorService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "月报列表 / reports", description = "企业用户只能看到本企业。 / Enterprise users see their own.")
    public Uni<List<IndicatorView>> list(@QueryParam("park") String park, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return service.list(park, enterpriseId, from, to);
    }

    @PUT
    @Path("/{enterpriseId}/{month}")
    @Operation(summary = "填报或更正某月月报 / report or correct a month",
            description = "同样的数据再次提交不产生变化；更正时可带 If-Match 防止覆盖他人修改。 / Repeating the same figures changes nothing; If-Match guards a correction.")
    public Uni<IndicatorView> submit(@PathParam("enterpriseId") String enterpriseId, @PathParam("month") String month,
            @HeaderParam("If-Match") String ifMatch, IndicatorValues values) {
        return service.submit(enterpriseId, month, values, ifMatch == null ? null : IfMatch.version(ifMatch));
    }

    @POST
    @Path("/batch")
    @Operation(summary = "批量报送 / batch of reports",
            description = "按统一社会信用代码+月份幂等；任一行有误则整批不写入，并逐行列出错误（rows[i].字段）。 / Idempotent by credit code and month; all or nothing with row-level errors.")
    @APIResponse(responseCode = "200", description = "结果 / result", content = @Content(schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "422", description = "逐行错误，未写入 / row errors, nothing written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<BatchResult> batch(@QueryParam("park") String park, BatchRequest request) {
        return service.batch(park, request);
    }

    @POST
    @Path("/yearly-totals")
    @Operation(summary = "按企业批量汇总全年月报 / a year's totals for many enterprises in one call",
            description = "营业收入、实缴税金、增加值、综合能耗、研发经费的全年合计，平均从业人数与年末是否规上；一次最多500个企业，供亩产效益评价等服务调用。"
                    + " / Revenue, tax, value added, energy and R&D summed over the year, average headcount and 规上 on 31 December; at most 500 ids, for the per-mu efficiency run and other services.")
    @APIResponse(responseCode = "200", description = "汇总 / totals", content = @Content(schema = @Schema(implementation = YearlyTotals.class)))
    public Uni<YearlyTotals> yearlyTotals(YearlyTotalsRequest request) {
        return service.yearlyTotals(request);
    }

    @POST
    @Path("/latest/by-enterprises")
    @Operation(summary = "按企业批量查询最近一期月报 / the latest monthly report of several enterprises",
            description = "与 enterpriseIds 同序；未报送或不可见的企业 latest 为空。 / In the order asked; latest is null where an enterprise never reported or is not visible.")
    public Uni<List<EnterpriseLatestIndicator>> latest(@NotNull @Valid EnterpriseIdsRequest request) {
        return service.latestOf(request.enterpriseIds())
                .map(latest -> ByEnterprises.answer(request.enterpriseIds(), latest, EnterpriseLatestIndicator::new));
    }

    @GET
    @Path("/aggregate")
    @Operation(summary = "经济运行指标 / park figures for a period",
            description = "from..to 的累计（如 2024-01..2024-12），同比为上年同期；规上按期末状态；按产业链。 / Totals, 同比, by 规上 status at the period's end and by chain.")
    public Uni<IndicatorAggregate> aggregate(@QueryParam("park") String park, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return service.aggregate(park, from, to);
    }
}
