package cn.yuanqu.enterprises.request;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.Problem;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.paging.Page;
import cn.yuanqu.platform.paging.PageRequest;
import cn.yuanqu.platform.rest.IfMatch;
import cn.yuanqu.platform.rest.QueryParams;

/** REST API of enterprises' requests (诉求). */
@Path("/api/requests")
@Tag(name = "企业诉求 Requests", description = "已提交 → 已受理 → 办理中 → 已办结 → 已评价（或退回） / enterprises' requests")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RequestResource {

    private final RequestService service;

    public RequestResource(RequestService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "诉求台账 / the request ledger",
            description = "overdue=true 为今天超期未办结的诉求。排序字段 submittedOn, deadline, status, category, updatedAt。"
                    + " / overdue=true lists requests past their deadline today. Sort fields as listed.")
    public Uni<Page<RequestView>> list(@QueryParam("park") String park, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("category") String category, @QueryParam("status") String status,
            @QueryParam("assignee") String assignee, @QueryParam("submittedFrom") String submittedFrom,
            @QueryParam("submittedTo") String submittedTo, @QueryParam("overdue") String overdue,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        List<Violation> bad = new ArrayList<>();
        LocalDate fromDate = QueryParams.date("submittedFrom", submittedFrom, bad);
        LocalDate toDate = QueryParams.date("submittedTo", submittedTo, bad);
        var filter = new RequestFilter(enterpriseId, QueryParams.enumValue(RequestCategory.class, "category", category, bad),
                QueryParams.enumValue(RequestStatus.class, "status", status, bad), assignee, fromDate, toDate,
                QueryParams.bool("overdue", overdue, bad));
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.list(park, filter, PageRequest.of(page, size, sort == null ? "submittedOn,desc" : sort));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "诉求 / one request")
    public Uni<RestResponse<RequestView>> get(@PathParam("id") String id) {
        return service.get(id).map(RequestResource::withEtag);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "办理记录 / the steps, oldest first")
    public Uni<List<RequestEventView>> history(@PathParam("id") String id) {
        return service.history(id);
    }

    @POST
    @Operation(summary = "提交诉求 / submit a request",
            description = "企业用户只能为本企业提交；部门转办默认来源为部门转办。 / An enterprise user submits for their own enterprise.")
    @APIResponse(responseCode = "201", description = "已提交 / submitted", content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "422", description = "企业不存在等 / no such enterprise or another rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<RequestView>> submit(@QueryParam("park") String park, @NotNull @Valid RequestInput input) {
        return service.submit(park, input).map(v -> RestResponse.ResponseBuilder
                .<RequestView> created(URI.create("/api/requests/" + v.id())).entity(v)
                .tag(new EntityTag(Long.toString(v.version()))).build());
    }

    @POST
    @Path("/{id}/transitions")
    @Operation(summary = "办理步骤：受理、办理、办结、退回 / accept, start, close or return",
            description = "仅企业服务干部。需 If-Match。 / Officers only. Requires If-Match.")
    @APIResponse(responseCode = "422", description = "非法状态变更或缺少必填项 / illegal transition or a missing field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<RequestView>> move(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RequestTransitionInput step) {
        return service.move(id, IfMatch.version(ifMatch), step).map(RequestResource::withEtag);
    }

    @POST
    @Path("/{id}/rating")
    @Operation(summary = "满意度评价 / rate a closed request",
            description = "企业对本企业已办结诉求评价（干部可代为记录电话回访结果）。需 If-Match。 / Requires If-Match.")
    public Uni<RestResponse<RequestView>> rate(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RatingInput rating) {
        return service.rate(id, IfMatch.version(ifMatch), rating).map(RequestResource::withEtag);
    }

    @POST
    @Path("/by-enterprises")
    @Operation(summary = "按企业批量查询诉求 / requests of several enterprises",
            description = "与 enterpriseIds 同序；不可见的企业返回空列表。 / In the order asked; enterprises not visible get an empty list.")
    public Uni<List<EnterpriseRequests>> byEnterprises(@NotNull @Valid EnterpriseIdsRequest request) {
        return service.ofEnterprises(request.enterpriseIds())
                .map(lists -> ByEnterprises.answer(request.enterpriseIds(), lists, EnterpriseRequests::new));
    }

    private static RestResponse<RequestView> withEtag(RequestView v) {
        return RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(Long.toString(v.version()))).build();
    }
}
