package cn.yuanqu.land.parcel;

import java.net.URI;
import java.time.LocalDate;
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

import cn.yuanqu.land.idle.Assessment;
import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.Problem;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.paging.Page;
import cn.yuanqu.platform.paging.PageRequest;
import cn.yuanqu.platform.rest.IfMatch;
import cn.yuanqu.platform.rest.QueryParams;

/** REST API of the parcel ledger (宗地台账). */
@Path("/api/parcels")
@Tag(name = "宗地 Parcels", description = "宗地台账、状态变更与53号令闲置认定 / parcels, their status and the idle-land assessment")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ParcelResource {

    private final ParcelService service;

    public ParcelResource(ParcelService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "宗地台账 / the parcel ledger", description = "按编号排序；企业用户只见本企业使用的宗地。 / By code; an enterprise user sees the parcels it holds.")
    public Uni<Page<ParcelView>> list(@QueryParam("park") String park, @QueryParam("status") String status,
            @QueryParam("holderId") String holderId, @QueryParam("page") String page, @QueryParam("size") String size) {
        List<Violation> bad = new ArrayList<>();
        ParcelStatus s = QueryParams.enumValue(ParcelStatus.class, "status", status, bad);
        Integer p = QueryParams.integer("page", page, 0, Integer.MAX_VALUE, bad);
        Integer z = QueryParams.integer("size", size, 1, PageRequest.MAX_SIZE, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.list(park, s, holderId, PageRequest.of(p, z, null));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "宗地 / one parcel")
    public Uni<RestResponse<ParcelView>> get(@PathParam("id") String id) {
        return service.get(id).map(ParcelResource::withEtag);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "状态变更记录 / the parcel's status changes, oldest first")
    public Uni<List<ParcelEventView>> history(@PathParam("id") String id) {
        return service.history(id);
    }

    @GET
    @Path("/{id}/idle-assessment")
    @Operation(summary = "闲置认定与处置建议 / the 53号令 assessment",
            description = "按宗地登记情况，截至 asOf（默认今天）：是否闲置、起算日与闲置起始日、原因、依法可选处置方式、闲置费（价款20%）。建议供干部决定。"
                    + " / As of asOf (today by default): idle or not, since when, whose cause, the lawful options and the idle fee.")
    public Uni<Assessment> assessment(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        List<Violation> bad = new ArrayList<>();
        LocalDate day = QueryParams.date("asOf", asOf, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.assessment(id, day);
    }

    @POST
    @Operation(summary = "登记宗地 / register a parcel",
            description = "已供应的宗地须有使用权企业（经企业服务核验）、供地方式和约定动工日期；界址为 GeoJSON 文本时按球面计算面积。"
                    + " / A supplied parcel names its holder (checked in enterprises-service), supply method and agreed start.")
    @APIResponse(responseCode = "201", description = "已登记 / registered", content = @Content(schema = @Schema(implementation = ParcelView.class)))
    @APIResponse(responseCode = "409", description = "编号重复 / code used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "与状态不符或企业不存在 / inconsistent with the status, or no such enterprise",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<ParcelView>> register(@QueryParam("park") String park, @NotNull @Valid ParcelInput input) {
        return service.register(park, input).map(v -> RestResponse.ResponseBuilder
                .<ParcelView> created(URI.create("/api/parcels/" + v.id())).entity(v)
                .tag(new EntityTag(Long.toString(v.version()))).build());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "更正宗地情况 / correct the parcel's facts", description = "需 If-Match。 / Requires If-Match.")
    public Uni<RestResponse<ParcelView>> correct(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ParcelFactsInput facts) {
        return service.correct(id, IfMatch.version(ifMatch), facts).map(ParcelResource::withEtag);
    }

    @POST
    @Path("/{id}/transitions")
    @Operation(summary = "状态变更 / change the status",
            description = "按宗地状态表；日期不早于当前状态起始日期。需 If-Match。 / Along the transition table. Requires If-Match.")
    @APIResponse(responseCode = "422", description = "非法状态变更 / illegal transition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<ParcelView>> move(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ParcelStepInput step) {
        return service.move(id, IfMatch.version(ifMatch), step).map(ParcelResource::withEtag);
    }

    @POST
    @Path("/by-enterprises")
    @Operation(summary = "按企业批量查询宗地 / the parcels of many enterprises in one call",
            description = "按请求顺序返回，一次最多500个企业。 / In the order asked, at most 500 enterprises.")
    public Uni<List<EnterpriseParcels>> byEnterprises(@NotNull @Valid EnterpriseIdsRequest request) {
        return service.ofEnterprises(request.enterpriseIds()).map(lists -> IntStream.range(0, lists.size())
                .mapToObj(i -> new EnterpriseParcels(request.enterpriseIds().get(i), lists.get(i))).toList());
    }

    @POST
    @Path("/by-codes")
    @Operation(summary = "按园区与宗地编号批量查询宗地 / parcels by park and code in one call",
            description = "按请求顺序返回，一次最多500个；无此宗地或无权查看（其他园区；企业用户：非本企业使用的宗地）时 parcel 为空。"
                    + " / In the order asked, at most 500; parcel is null when the park has no such parcel or the caller may"
                    + " not see it (another park; an enterprise user: a parcel it does not hold).")
    public Uni<List<ParcelByCode>> byCodes(@NotNull @Valid ParcelRefsRequest request) {
        return service.byCodes(request.refs()).map(found -> IntStream.range(0, found.size())
                .mapToObj(i -> new ParcelByCode(request.refs().get(i).park(), request.refs().get(i).code(), found.get(i)))
                .toList());
    }

    private static RestResponse<ParcelView> withEtag(ParcelView v) {
        return RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(Long.toString(v.version()))).build();
    }
}
