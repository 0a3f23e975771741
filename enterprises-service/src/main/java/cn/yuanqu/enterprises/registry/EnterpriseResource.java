package cn.yuanqu.enterprises.registry;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.audit.AuditRecord;
import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.Problem;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.paging.Page;
import cn.yuanqu.platform.paging.PageRequest;
import cn.yuanqu.platform.rest.IfMatch;
import cn.yuanqu.platform.rest.QueryParams;

/**
 * REST API of the enterprise registry, for county departments and other services. Who may call
 * which path and method is decided by Keycloak Authorization Services (the realm), not here.
 */
@Path("/api/enterprises")
@Tag(name = "企业档案 Enterprises", description = "企业登记、查询、状态与规上变更（一企一档） / enterprise registry")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "未登录 / no or invalid token")
@APIResponse(responseCode = "403", description = "无权限或园区不可见 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EnterpriseResource {

    private final EnterpriseService service;

    public EnterpriseResource(EnterpriseService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "企业列表 / list enterprises",
            description = "按园区列出企业，支持筛选、分页与排序。排序字段：name, creditCode, industryChain, status, aboveScaleSince, settledOn, createdAt, updatedAt（如 name,asc;createdAt,desc）。"
                    + " / Lists a park's enterprises with filters, paging and sorting.")
    public Uni<Page<EnterpriseView>> list(
            @Parameter(description = "园区ID；令牌只含一个园区时可省略 / park id, optional when the token allows one park") @QueryParam("park") String park,
            @Parameter(description = "名称包含 / name contains") @QueryParam("name") String name,
            @Parameter(description = "信用代码前缀 / credit code prefix") @QueryParam("creditCode") String creditCode,
            @Parameter(description = "产业链 / industry chain") @QueryParam("chain") String chain,
            @Parameter(description = "经营状态 / status", schema = @Schema(implementation = EnterpriseStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "是否规上 / above scale") @QueryParam("aboveScale") Boolean aboveScale,
            @Parameter(description = "网格 / grid") @QueryParam("grid") String grid,
            @Parameter(description = "包保干部 / cadre") @QueryParam("cadre") String cadre,
            @Parameter(description = "页码，从0开始 / page, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "每页条数 1–200，默认20 / page size 1–200, default 20") @QueryParam("size") Integer size,
            @Parameter(description = "排序 / sort, e.g. name,asc") @QueryParam("sort") String sort) {
        List<Violation> bad = new java.util.ArrayList<>();
        var filter = new EnterpriseFilter(name, creditCode, chain,
                QueryParams.enumValue(EnterpriseStatus.class, "status", status, bad), aboveScale, grid, cadre);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.list(park, filter, PageRequest.of(page, size, sort == null ? "name,asc" : sort));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "企业详情 / get an enterprise", description = "响应头 ETag 为版本号，更新时放入 If-Match。 / The ETag header carries the version for If-Match.")
    @APIResponse(responseCode = "200", description = "企业 / the enterprise",
            content = @Content(schema = @Schema(implementation = EnterpriseView.class)))
    @APIResponse(responseCode = "404", description = "不存在或不可见 / not found or not visible",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<EnterpriseView>> get(@PathParam("id") String id) {
        return service.get(id).map(EnterpriseResource::withEtag);
    }

    @GET
    @Path("/by-credit-code/{creditCode}")
    @Operation(summary = "按统一社会信用代码查询 / get by credit code")
    @APIResponse(responseCode = "200", description = "企业 / the enterprise",
            content = @Content(schema = @Schema(implementation = EnterpriseView.class)))
    public Uni<RestResponse<EnterpriseView>> byCreditCode(@QueryParam("park") String park,
            @PathParam("creditCode") String creditCode) {
        return service.getByCreditCode(park, creditCode).map(EnterpriseResource::withEtag);
    }

    @POST
    @Path("/lookup")
    @Operation(summary = "按ID批量查询 / batched look-up by ids",
            description = "返回与 ids 同序的列表，不存在或不可见的位置为 null。 / Returns a list in the order of ids, null where unknown or not visible.")
    public Uni<List<EnterpriseView>> lookup(@NotNull @Valid LookupRequest request) {
        return service.byIds(request.ids());
    }

    @POST
    @Operation(summary = "登记企业 / register an enterprise",
            description = "企业ID由园区与统一社会信用代码确定（UUID v5）。 / The id derives from park and credit code (UUID v5).")
    @APIResponse(responseCode = "201", description = "已登记 / registered",
            content = @Content(schema = @Schema(implementation = EnterpriseView.class)))
    @APIResponse(responseCode = "409", description = "信用代码在本园区已存在 / credit code already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<EnterpriseView>> register(@QueryParam("park") String park,
            @NotNull @Valid EnterpriseInput input) {
        return service.register(park, input).map(view -> RestResponse.ResponseBuilder
                .<EnterpriseView> created(URI.create("/api/enterprises/" + view.id()))
                .entity(view).tag(etag(view)).build());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "修改企业信息 / update an enterprise",
            description = "必须带 If-Match: \"<version>\"；版本过期返回 409。 / Requires If-Match with the version read; a stale version gets 409.")
    @APIResponse(responseCode = "200", description = "已更新 / updated",
            content = @Content(schema = @Schema(implementation = EnterpriseView.class)))
    @APIResponse(responseCode = "409", description = "版本过期或信用代码冲突 / stale version or duplicate credit code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<EnterpriseView>> update(@PathParam("id") String id,
            @Parameter(description = "读取时的版本号（ETag） / the version read (ETag)", required = true,
                    schema = @Schema(type = SchemaType.STRING, example = "\"3\""))
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid EnterpriseInput input) {
        return service.update(id, IfMatch.version(ifMatch), input).map(EnterpriseResource::withEtag);
    }

    @POST
    @Path("/{id}/status-changes")
    @Operation(summary = "变更经营状态 / change operating status",
            description = "按状态机变更（在营、半停产、停产、僵尸企业、迁出/注销），记录生效日期、操作人与原因。 / A recorded transition of the status machine.")
    @APIResponse(responseCode = "200", description = "已变更 / changed",
            content = @Content(schema = @Schema(implementation = EnterpriseView.class)))
    @APIResponse(responseCode = "422", description = "非法状态变更 / illegal transition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<EnterpriseView>> changeStatus(@PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid StatusChange change) {
        return service.changeStatus(id, IfMatch.version(ifMatch), change).map(EnterpriseResource::withEtag);
    }

    @POST
    @Path("/{id}/scale-changes")
    @Operation(summary = "入规/退规 / enter or leave above-scale status",
            description = "记录入规或退规日期；规上企业数按这些记录计算。 / Records the date of entering or leaving 规上; counts are computed from these records.")
    @APIResponse(responseCode = "200", description = "已变更 / changed",
            content = @Content(schema = @Schema(implementation = EnterpriseView.class)))
    public Uni<RestResponse<EnterpriseView>> changeScale(@PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ScaleChange change) {
        return service.changeScale(id, IfMatch.version(ifMatch), change).map(EnterpriseResource::withEtag);
    }

    @GET
    @Path("/{id}/transitions")
    @Operation(summary = "状态变更记录 / recorded status and scale changes")
    public Uni<List<TransitionView>> transitions(@PathParam("id") String id) {
        return service.transitions(id);
    }

    @GET
    @Path("/{id}/audit")
    @Operation(summary = "修改留痕 / audit trail of the record")
    public Uni<List<AuditRecord>> audit(@PathParam("id") String id) {
        return service.audit(id);
    }

    private static RestResponse<EnterpriseView> withEtag(EnterpriseView view) {
        return RestResponse.ResponseBuilder.ok(view).tag(etag(view)).build();
    }

    private static EntityTag etag(EnterpriseView view) {
        return new EntityTag(Long.toString(view.version()));
    }
}
