package cn.yuanqu.safety.hazard;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.Problem;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.paging.Page;
import cn.yuanqu.platform.paging.PageRequest;
import cn.yuanqu.platform.rest.IfMatch;
import cn.yuanqu.platform.rest.QueryParams;
import cn.yuanqu.safety.inspection.EnterpriseIdsRequest;

/** REST API of hazards (隐患) and their rectification loop. */
@Path("/api/hazards")
@Tag(name = "隐患 Hazards", description = "待整改 → 整改中 → 待复查 → 已销号；治理方案、整改、复查、销号审批、升级措施 / the rectification loop")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class HazardResource {

    private final HazardService service;
    private final EvidenceService evidence;

    public HazardResource(HazardService service, EvidenceService evidence) {
        this.service = service;
        this.evidence = evidence;
    }

    @GET
    @Operation(summary = "隐患台账 / the hazard ledger",
            description = "overdue=true 为今天逾期未销号的隐患，按整改期限先后；企业用户只见本企业。 / overdue=true lists hazards past their deadline today; an enterprise user sees its own.")
    public Uni<Page<HazardView>> list(@QueryParam("park") String park, @QueryParam("status") String status,
            @QueryParam("level") String level, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("inspectionId") String inspectionId, @QueryParam("overdue") String overdue,
            @QueryParam("foundFrom") String foundFrom, @QueryParam("foundTo") String foundTo,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        List<Violation> bad = new ArrayList<>();
        HazardStatus s = QueryParams.enumValue(HazardStatus.class, "status", status, bad);
        HazardLevel l = QueryParams.enumValue(HazardLevel.class, "level", level, bad);
        Boolean o = QueryParams.bool("overdue", overdue, bad);
        LocalDate f = QueryParams.date("foundFrom", foundFrom, bad);
        LocalDate t = QueryParams.date("foundTo", foundTo, bad);
        Integer p = QueryParams.integer("page", page, 0, Integer.MAX_VALUE, bad);
        Integer z = QueryParams.integer("size", size, 1, PageRequest.MAX_SIZE, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.list(park, new HazardFilter(s, l, enterpriseId, inspectionId, o, f, t), PageRequest.of(p, z, null));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "隐患 / one hazard")
    public Uni<RestResponse<HazardView>> get(@PathParam("id") String id) {
        return service.get(id).map(HazardResource::withEtag);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "处置记录 / the recorded steps, oldest first")
    public Uni<List<HazardEventView>> history(@PathParam("id") String id) {
        return service.history(id);
    }

    @POST
    @Operation(summary = "登记隐患 / record a hazard found in an inspection",
            description = "命中启用的重大隐患判定标准即为重大隐患（挂牌督办）。 / Matching an active major-hazard criterion makes it major.")
    @APIResponse(responseCode = "201", description = "已登记 / recorded", content = @Content(schema = @Schema(implementation = HazardView.class)))
    @APIResponse(responseCode = "409", description = "文书编号重复 / notice number used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<HazardView>> raise(@NotNull @Valid HazardInput input) {
        return service.raise(input).map(v -> RestResponse.ResponseBuilder
                .<HazardView> created(URI.create("/api/hazards/" + v.id())).entity(v)
                .tag(new EntityTag(Long.toString(v.version()))).build());
    }

    @PUT
    @Path("/{id}/plan")
    @Operation(summary = "治理方案 / the remediation plan",
            description = "企业（仅本企业）或安全环保干部；重大隐患整改前必须制定。需 If-Match。 / Required before a major hazard's rectification. Requires If-Match.")
    public Uni<RestResponse<HazardView>> plan(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PlanInput plan) {
        return service.plan(id, IfMatch.version(ifMatch), plan).map(HazardResource::withEtag);
    }

    @GET
    @Path("/{id}/rectifications")
    @Operation(summary = "整改情况 / the rectification records")
    public Uni<List<RectificationView>> rectifications(@PathParam("id") String id) {
        return service.rectifications(id);
    }

    @POST
    @Path("/{id}/rectifications")
    @Operation(summary = "登记整改 / record a rectification",
            description = "企业（仅本企业）或代为登记的干部；completed=true 即申请复查。需 If-Match。 / completed=true asks for review. Requires If-Match.")
    @APIResponse(responseCode = "422", description = "状态不允许或缺少治理方案 / wrong status or no plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<HazardView>> rectify(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RectificationInput input) {
        return service.rectify(id, IfMatch.version(ifMatch), input).map(HazardResource::withEtag);
    }

    @POST
    @Path("/{id}/reviews")
    @Operation(summary = "复查 / review the rectification",
            description = "仅安全环保干部；未通过退回整改中；重大隐患须现场复查，通过后待另一名干部或领导审批销号。需 If-Match。"
                    + " / Officers only; a failed review sends it back; a major hazard then awaits a second approval.")
    public Uni<RestResponse<HazardView>> review(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ReviewInput input) {
        return service.review(id, IfMatch.version(ifMatch), input).map(HazardResource::withEtag);
    }

    @POST
    @Path("/{id}/closing-approval")
    @Operation(summary = "重大隐患销号审批 / approve the closing of a major hazard",
            description = "另一名安全环保干部或领导，不能是复查人。需 If-Match。 / A second officer or a leader, never the reviewer.")
    public Uni<RestResponse<HazardView>> approveClosing(@PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ClosingApprovalInput input) {
        return service.approveClosing(id, IfMatch.version(ifMatch), input).map(HazardResource::withEtag);
    }

    @POST
    @Path("/{id}/rectifications/{rectificationId}/files")
    @Consumes({ "image/jpeg", "image/png", "application/pdf" })
    @Operation(summary = "上传整改佐证文件 / upload an evidence file",
            description = "请求体为文件本身（JPEG、PNG 或 PDF，按内容核验，最大10MB）；name 为文件名。同一文件重复上传只保存一次。"
                    + " / The body is the file (JPEG, PNG or PDF, checked by content, at most 10 MB); the same file is kept once.")
    @APIResponse(responseCode = "201", description = "已上传 / uploaded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvidenceFileView.class)))
    @APIResponse(responseCode = "413", description = "超过10MB / larger than 10 MB")
    @APIResponse(responseCode = "422", description = "类型不符或为空 / wrong type or empty",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<EvidenceFileView>> upload(@PathParam("id") String id,
            @PathParam("rectificationId") String rectificationId, @QueryParam("name") String name,
            @HeaderParam("Content-Type") String contentType, byte[] content) {
        return evidence.upload(id, rectificationId, name, contentType, content).map(v -> RestResponse.ResponseBuilder
                .<EvidenceFileView> created(URI.create("/api/hazards/" + id + "/files/" + v.id())).entity(v).build());
    }

    @GET
    @Path("/{id}/files")
    @Operation(summary = "整改佐证文件 / the evidence files of a hazard")
    public Uni<List<EvidenceFileView>> files(@PathParam("id") String id) {
        return evidence.list(id);
    }

    @GET
    @Path("/{id}/files/{fileId}")
    @Produces({ "image/jpeg", "image/png", "application/pdf" })
    @Operation(summary = "下载佐证文件 / download an evidence file")
    @APIResponse(responseCode = "200", description = "文件 / the file")
    public Uni<Response> file(@PathParam("id") String id, @PathParam("fileId") String fileId) {
        return evidence.download(id, fileId).map(f -> Response
                .ok(new ByteArrayInputStream(f.getContent()), f.getContentType())
                .header("Content-Length", f.getSizeBytes())
                .header("Content-Disposition", "inline; filename*=UTF-8''" + URLEncoder
                        .encode(f.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .build());
    }

    @GET
    @Path("/{id}/escalations")
    @Operation(summary = "升级措施 / escalations")
    public Uni<List<EscalationView>> escalations(@PathParam("id") String id) {
        return service.escalations(id);
    }

    @POST
    @Path("/{id}/escalations")
    @Operation(summary = "记录升级措施 / record an escalation", description = "通报主管部门、约谈、行政处罚（含金额）。 / With the amount for a penalty.")
    @APIResponse(responseCode = "201", description = "已记录 / recorded", content = @Content(schema = @Schema(implementation = EscalationView.class)))
    public Uni<RestResponse<EscalationView>> escalate(@PathParam("id") String id, @NotNull @Valid EscalationInput input) {
        return service.escalate(id, input).map(v -> RestResponse.ResponseBuilder
                .<EscalationView> created(URI.create("/api/hazards/" + id + "/escalations")).entity(v).build());
    }

    @POST
    @Path("/by-enterprises")
    @Operation(summary = "按企业批量查询隐患 / hazards of several enterprises",
            description = "与 enterpriseIds 同序；不可见的企业返回空列表。 / In the order asked; enterprises not visible get an empty list.")
    public Uni<List<EnterpriseHazards>> byEnterprises(@NotNull @Valid EnterpriseIdsRequest request) {
        return service.ofEnterprises(request.enterpriseIds()).map(lists -> {
            List<EnterpriseHazards> out = new ArrayList<>(lists.size());
            for (int i = 0; i < lists.size(); i++) {
                out.add(new EnterpriseHazards(request.enterpriseIds().get(i), lists.get(i)));
            }
            return out;
        });
    }

    private static RestResponse<HazardView> withEtag(HazardView v) {
        return RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(Long.toString(v.version()))).build();
    }
}
