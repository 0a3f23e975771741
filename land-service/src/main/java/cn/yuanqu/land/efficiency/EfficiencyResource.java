package cn.yuanqu.land.efficiency;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.land.parcel.EnterpriseIdsRequest;
import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.Problem;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.paging.Page;
import cn.yuanqu.platform.paging.PageRequest;
import cn.yuanqu.platform.rest.IfMatch;
import cn.yuanqu.platform.rest.QueryParams;

/** REST API of 亩产效益 (亩均效益评价): schemes, evaluations, results, D-class candidates and the batched look-up. */
@Path("/api/efficiency")
@Tag(name = "亩产效益 Per-mu efficiency", description = "亩均效益评价办法、年度评价、A/B/C/D分类与低效用地候选 / schemes, yearly evaluations, classes and candidates")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EfficiencyResource {

    private final EfficiencyService service;

    public EfficiencyResource(EfficiencyService service) {
        this.service = service;
    }

    @GET
    @Path("/schemes/{year}")
    @Operation(summary = "某年度适用的评价办法 / the scheme in force for a year",
            description = "该年度设定的办法；未设定时沿用本园区最近一年的办法，再无则为系统默认办法（RULES.md 的权重，基准值取园区平均，A前25%、B次45%、D末5%）。"
                    + " / The year's scheme, else the park's latest earlier one, else the built-in one.")
    public Uni<SchemeView> scheme(@PathParam("year") int year, @QueryParam("park") String park) {
        return service.scheme(park, year);
    }

    @PUT
    @Path("/schemes/{year}")
    @Operation(summary = "设定某年度评价办法 / set a year's scheme",
            description = "各评价对象的权重合计100；基准值为空时取园区平均；按排名比例或得分线分类。修改已设定的办法时带 If-Match。"
                    + " / Weights sum to 100 per population; empty references use the park's average; If-Match when changing.")
    @APIResponse(responseCode = "200", description = "已设定 / set", content = @Content(schema = @Schema(implementation = SchemeView.class)))
    @APIResponse(responseCode = "409", description = "版本冲突 / changed by someone else",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<SchemeView>> setScheme(@PathParam("year") int year, @QueryParam("park") String park,
            @HeaderParam("If-Match") String ifMatch, Scheme scheme) {
        return service.setScheme(park, year, scheme, ifMatch == null ? null : IfMatch.version(ifMatch))
                .map(v -> RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(Long.toString(v.version()))).build());
    }

    @POST
    @Path("/evaluations")
    @Operation(summary = "年度评价 / evaluate a year",
            description = "对已结束的年度：取12月31日持有土地的企业，经企业服务批量读取全年营业收入、税收、增加值、能耗、研发与人数（使用本服务自身的客户端凭证），"
                    + "按适用办法打分分类，整体写入；重复评价则替换该年度结果。每年3月1日也自动评价上一年度。"
                    + " / For a year that is over: the land holders on 31 December, their year read in batches with this service's own token,"
                    + " scored and classed, written as a whole; again replaces the year's results. Also run each 1 March for the year before.")
    @APIResponse(responseCode = "200", description = "评价结果汇总 / the evaluation", content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "422", description = "年度未结束 / the year is not over",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "企业服务不可用，未写入 / enterprises-service unavailable, nothing written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<EvaluationView> evaluate(@NotNull @Valid EvaluateInput input) {
        return service.evaluate(input);
    }

    @GET
    @Path("/evaluations/{year}")
    @Operation(summary = "年度评价汇总 / a year's evaluation", description = "所用办法与A/B/C/D分布。 / The scheme applied and the distribution.")
    @APIResponse(responseCode = "404", description = "该年度未评价 / not evaluated",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<EvaluationView> evaluation(@PathParam("year") int year, @QueryParam("park") String park) {
        return service.evaluation(park, year);
    }

    @GET
    @Path("/results")
    @Operation(summary = "评价结果 / a year's results",
            description = "按评价对象、名次排序；可按分类、评价对象筛选；企业用户只见本企业。 / By population and rank; enterprise users see their own.")
    public Uni<Page<ResultView>> results(@QueryParam("park") String park, @QueryParam("year") String year,
            @QueryParam("grade") String grade, @QueryParam("population") String population, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        List<Violation> bad = new ArrayList<>();
        Integer y = QueryParams.integer("year", year, 2000, 2999, bad);
        Grade g = QueryParams.enumValue(Grade.class, "grade", grade, bad);
        Population pop = QueryParams.enumValue(Population.class, "population", population, bad);
        Integer p = QueryParams.integer("page", page, 0, Integer.MAX_VALUE, bad);
        Integer z = QueryParams.integer("size", size, 1, PageRequest.MAX_SIZE, bad);
        if (y == null && bad.stream().noneMatch(v -> v.field().equals("year"))) {
            bad.add(new Violation("year", "Required", "请给出评价年度", "year is required"));
        }
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.results(park, y, g, pop, PageRequest.of(p, z, null));
    }

    @GET
    @Path("/candidates")
    @Operation(summary = "低效用地处置候选 / candidates for inefficient-land cases",
            description = "该年度D类企业及其使用中、尚无在办案件的宗地，供立案（低效）时选用。 / Class-D enterprises of the year and their parcels without an open case.")
    public Uni<List<InefficientCandidate>> candidates(@QueryParam("park") String park, @QueryParam("year") String year) {
        List<Violation> bad = new ArrayList<>();
        Integer y = QueryParams.integer("year", year, 2000, 2999, bad);
        if (y == null && bad.isEmpty()) {
            bad.add(new Violation("year", "Required", "请给出评价年度", "year is required"));
        }
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.candidates(park, y);
    }

    @POST
    @Path("/by-enterprises")
    @Operation(summary = "按企业批量查询最近一次评价结果 / the latest results of many enterprises in one call",
            description = "按请求顺序返回，一次最多500个企业；未参评为空。 / In the order asked, at most 500; empty where never evaluated.")
    public Uni<List<EnterpriseEfficiency>> byEnterprises(@NotNull @Valid EnterpriseIdsRequest request) {
        return service.ofEnterprises(request.enterpriseIds()).map(list -> IntStream.range(0, list.size())
                .mapToObj(i -> new EnterpriseEfficiency(request.enterpriseIds().get(i), list.get(i))).toList());
    }
}
