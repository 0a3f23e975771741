package cn.yuanqu.enterprises.cultivation;

import java.net.URI;
import java.util.ArrayList;
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

import cn.yuanqu.enterprises.lookup.ByEnterprises;
import cn.yuanqu.enterprises.lookup.EnterpriseIdsRequest;
import cn.yuanqu.enterprises.qualification.QualificationType;
import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.Problem;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.paging.Page;
import cn.yuanqu.platform.paging.PageRequest;
import cn.yuanqu.platform.rest.IfMatch;
import cn.yuanqu.platform.rest.QueryParams;

/** REST API of the cultivation pool (培育库, 一企一策). */
@Path("/api/cultivation")
@Tag(name = "培育库 Cultivation", description = "入规与资质培育：储备 → 培育中 → 已申报 → 已认定 / 退出 / cultivation pool")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CultivationResource {

    private final CultivationService service;

    public CultivationResource(CultivationService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "培育库 / list the pool", description = "排序字段 expectedMonth, status, cadre, updatedAt。 / Sort fields.")
    public Uni<Page<CultivationView>> list(@QueryParam("park") String park, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("target") String target, @QueryParam("targetType") String targetType,
            @QueryParam("status") String status, @QueryParam("cadre") String cadre,
            @QueryParam("expectedFrom") String expectedFrom, @QueryParam("expectedTo") String expectedTo,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        List<Violation> bad = new ArrayList<>();
        var filter = new CultivationFilter(enterpriseId, QueryParams.enumValue(CultivationTarget.class, "target", target, bad),
                QueryParams.enumValue(QualificationType.class, "targetType", targetType, bad),
                QueryParams.enumValue(CultivationStatus.class, "status", status, bad), cadre, expectedFrom, expectedTo);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.list(park, filter, PageRequest.of(page, size, sort == null ? "expectedMonth,asc" : sort));
    }

    @POST
    @Path("/by-enterprises")
    @Operation(summary = "按企业批量查询培育库条目 / cultivation entries of several enterprises",
            description = "与 enterpriseIds 同序（各状态）；不可见的企业返回空列表。 / In the order asked, every status; enterprises not visible get an empty list.")
    public Uni<List<EnterpriseCultivation>> byEnterprises(@NotNull @Valid EnterpriseIdsRequest request) {
        return service.ofEnterprises(request.enterpriseIds())
                .map(lists -> ByEnterprises.answer(request.enterpriseIds(), lists, EnterpriseCultivation::new));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "培育条目 / one entry")
    public Uni<RestResponse<CultivationView>> get(@PathParam("id") String id) {
        return service.get(id).map(CultivationResource::withEtag);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "状态变更与帮扶措施 / transitions and measures, oldest first")
    public Uni<List<CultivationEventView>> history(@PathParam("id") String id) {
        return service.history(id);
    }

    @POST
    @Operation(summary = "纳入培育库 / put an enterprise into the pool")
    @APIResponse(responseCode = "201", description = "已纳入 / entered", content = @Content(schema = @Schema(implementation = CultivationView.class)))
    @APIResponse(responseCode = "409", description = "已有同一目标的在培条目 / already in the pool for this goal",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<CultivationView>> open(@QueryParam("park") String park, @NotNull @Valid CultivationInput input) {
        return service.open(park, input).map(v -> RestResponse.ResponseBuilder
                .<CultivationView> created(URI.create("/api/cultivation/" + v.id())).entity(v)
                .tag(new EntityTag(Long.toString(v.version()))).build());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "调整培育计划 / change the plan", description = "需 If-Match。 / Requires If-Match.")
    public Uni<RestResponse<CultivationView>> replan(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CultivationPlanInput plan) {
        return service.replan(id, IfMatch.version(ifMatch), plan).map(CultivationResource::withEtag);
    }

    @POST
    @Path("/{id}/transitions")
    @Operation(summary = "培育状态变更 / a step of the state machine",
            description = "已认定时同时记录入规日期或资质认定。需 If-Match。 / Achieving records the 入规 date or the award. Requires If-Match.")
    @APIResponse(responseCode = "422", description = "非法状态变更 / illegal transition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<CultivationView>> move(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CultivationTransitionInput step) {
        return service.move(id, IfMatch.version(ifMatch), step).map(CultivationResource::withEtag);
    }

    @POST
    @Path("/{id}/measures")
    @Operation(summary = "记录帮扶措施 / log a measure")
    public Uni<RestResponse<CultivationEventView>> addMeasure(@PathParam("id") String id, @NotNull @Valid MeasureInput measure) {
        return service.addMeasure(id, measure).map(m -> RestResponse.status(RestResponse.Status.CREATED, m));
    }

    private static RestResponse<CultivationView> withEtag(CultivationView v) {
        return RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(Long.toString(v.version()))).build();
    }
}
