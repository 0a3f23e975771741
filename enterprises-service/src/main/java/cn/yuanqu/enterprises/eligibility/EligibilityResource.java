package cn.yuanqu.enterprises.eligibility;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.Problem;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.paging.Page;
import cn.yuanqu.platform.paging.PageRequest;
import cn.yuanqu.platform.rest.IfMatch;
import cn.yuanqu.platform.rest.QueryParams;

/** REST API of the eligibility pre-screen, its per-park thresholds and the enterprises' yearly facts. */
@Path("/api/eligibility")
@Tag(name = "预评 Eligibility", description = "入规、创新型中小企业、专精特新、高企预评 / eligibility pre-screen")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EligibilityResource {

    private final EligibilityService service;

    public EligibilityResource(EligibilityService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "园区企业预评 / screen the park's enterprises",
            description = "asOf 为规上滚动12个月的截止月份（默认上月）；年度条件用 asOf 所在完整年度（12月为当年，否则上年）。"
                    + "program + outcome 筛选候选企业，如 program=HIGH_TECH&outcome=ELIGIBLE。按企业名称排序。"
                    + " / asOf ends the trailing 12 months; annual conditions use the last complete year. Filter candidates by program and outcome.")
    public Uni<Page<EligibilityResult>> screen(@QueryParam("park") String park, @QueryParam("asOf") String asOf,
            @QueryParam("program") String program, @QueryParam("outcome") String outcome,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        List<Violation> bad = new ArrayList<>();
        Program p = QueryParams.enumValue(Program.class, "program", program, bad);
        Outcome o = QueryParams.enumValue(Outcome.class, "outcome", outcome, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.screen(park, asOf, p, o, PageRequest.of(page, size, null));
    }

    @GET
    @Path("/enterprises/{enterpriseId}")
    @Operation(summary = "单个企业预评 / one enterprise's screen", description = "企业用户可查看本企业。 / Enterprise users: their own.")
    public Uni<EligibilityResult> screenOne(@PathParam("enterpriseId") String enterpriseId, @QueryParam("asOf") String asOf) {
        return service.screenOne(enterpriseId, asOf);
    }

    @GET
    @Path("/settings")
    @Operation(summary = "园区预评门槛 / the park's thresholds", description = "未设置时为国家标准。 / National values unless the park set its own.")
    public Uni<SettingsView> settings(@QueryParam("park") String park) {
        return service.settings(park);
    }

    @PUT
    @Path("/settings")
    @Operation(summary = "设置园区预评门槛 / set the park's thresholds",
            description = "仅管理员。园区已有自定门槛时需 If-Match。 / Admin only; If-Match once the park has its own.")
    @APIResponse(responseCode = "409", description = "版本冲突 / stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<SettingsView> updateSettings(@QueryParam("park") String park, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Thresholds thresholds) {
        return service.updateSettings(park, ifMatch == null ? null : IfMatch.version(ifMatch), thresholds);
    }

    @GET
    @Path("/facts/{enterpriseId}/{year}")
    @Operation(summary = "企业年度申报要素 / an enterprise's facts for a year")
    public Uni<FactsView> facts(@PathParam("enterpriseId") String enterpriseId, @PathParam("year") String year) {
        return service.facts(enterpriseId, year(year));
    }

    @PUT
    @Path("/facts/{enterpriseId}/{year}")
    @Operation(summary = "填报企业年度申报要素 / record an enterprise's facts for a year",
            description = "企业填报本企业，或干部代填；If-Match 可选（更正时防止覆盖）。 / The enterprise for itself or an officer; optional If-Match.")
    public Uni<FactsView> putFacts(@PathParam("enterpriseId") String enterpriseId, @PathParam("year") String year,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid FactsInput facts) {
        return service.putFacts(enterpriseId, year(year), ifMatch == null ? null : IfMatch.version(ifMatch), facts);
    }

    /** The year in the path: a bad one is a 400 naming it, not a 404. */
    private static int year(String raw) {
        List<Violation> bad = new ArrayList<>();
        Integer year = QueryParams.integer("year", raw, 2000, 2100, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return year;
    }
}
