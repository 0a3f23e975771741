package cn.yuanqu.enterprises.qualification;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.audit.AuditRecord;
import cn.yuanqu.enterprises.lookup.ByEnterprises;
import cn.yuanqu.enterprises.lookup.EnterpriseIdsRequest;
import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.Problem;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.paging.Page;
import cn.yuanqu.platform.paging.PageRequest;
import cn.yuanqu.platform.rest.IfMatch;
import cn.yuanqu.platform.rest.QueryParams;

/** REST API of the qualification ledger (资质荣誉台账). Who may call what is decided by the realm. */
@Path("/api/qualifications")
@Tag(name = "资质荣誉 Qualifications", description = "科技型中小企业、专精特新、高新技术企业等资质认定与有效期 / qualifications and their validity")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "未登录 / no or invalid token")
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class QualificationResource {

    private final QualificationService service;

    public QualificationResource(QualificationService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "资质荣誉台账 / list qualifications",
            description = "按类型、级别、某日有效、认定期间、N天内到期筛选；排序字段 awardedOn, validUntil, type, level, updatedAt。 / Filters: type, level, in force on a date, awarded in a period, expiring within N days.")
    public Uni<Page<QualificationView>> list(
            @Parameter(description = "园区ID / park id") @QueryParam("park") String park,
            @Parameter(description = "企业ID / enterprise id") @QueryParam("enterpriseId") String enterpriseId,
            @Parameter(description = "类型 / type", schema = @Schema(implementation = QualificationType.class)) @QueryParam("type") String type,
            @Parameter(description = "级别 / level", schema = @Schema(implementation = QualificationLevel.class)) @QueryParam("level") String level,
            @Parameter(description = "在该日有效 yyyy-MM-dd / in force on") @QueryParam("validOn") String validOn,
            @Parameter(description = "认定日期起 / awarded from") @QueryParam("awardedFrom") String awardedFrom,
            @Parameter(description = "认定日期止 / awarded to") @QueryParam("awardedTo") String awardedTo,
            @Parameter(description = "N天内到期 / expiring within N days") @QueryParam("expiringWithinDays") Integer expiringWithinDays,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        List<Violation> bad = new ArrayList<>();
        var filter = new QualificationFilter(enterpriseId, QueryParams.enumValue(QualificationType.class, "type", type, bad),
                QueryParams.enumValue(QualificationLevel.class, "level", level, bad), QueryParams.date("validOn", validOn, bad),
                QueryParams.date("awardedFrom", awardedFrom, bad), QueryParams.date("awardedTo", awardedTo, bad), expiringWithinDays);
        if (expiringWithinDays != null && (expiringWithinDays < 0 || expiringWithinDays > 3650)) {
            bad.add(new Violation("expiringWithinDays", "Range", "应在 0 到 3650 之间", "must be between 0 and 3650"));
        }
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.list(park, filter, PageRequest.of(page, size, sort == null ? "awardedOn,desc" : sort));
    }

    @GET
    @Path("/counts")
    @Operation(summary = "有效资质统计 / qualifications in force by type and level",
            description = "某日（默认今天）有效的资质数，按类型和级别。 / Counts in force on a date (default today).")
    public Uni<List<QualificationCount>> counts(@QueryParam("park") String park, @QueryParam("validOn") String validOn) {
        List<Violation> bad = new ArrayList<>();
        LocalDate date = QueryParams.date("validOn", validOn, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.counts(park, date);
    }

    @POST
    @Path("/by-enterprises")
    @Operation(summary = "按企业批量查询资质 / qualifications of several enterprises",
            description = "与 enterpriseIds 同序；不可见的企业返回空列表。 / In the order asked; enterprises not visible get an empty list.")
    public Uni<List<EnterpriseQualifications>> byEnterprises(@NotNull @Valid EnterpriseIdsRequest request) {
        return service.ofEnterprises(request.enterpriseIds())
                .map(lists -> ByEnterprises.answer(request.enterpriseIds(), lists, EnterpriseQualifications::new));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "资质详情 / get a qualification")
    @APIResponse(responseCode = "200", description = "资质 / the qualification",
            content = @Content(schema = @Schema(implementation = QualificationView.class)))
    public Uni<RestResponse<QualificationView>> get(@PathParam("id") String id) {
        return service.get(id).map(QualificationResource::withEtag);
    }

    @POST
    @Operation(summary = "登记资质认定 / record an award",
            description = "有效期不填按类型默认（高新技术企业、专精特新等3年）。 / Validity defaults by type.")
    @APIResponse(responseCode = "201", description = "已登记 / recorded",
            content = @Content(schema = @Schema(implementation = QualificationView.class)))
    @APIResponse(responseCode = "409", description = "同一企业同类同级同日已认定 / already recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "企业不在本园区或日期不合理 / enterprise not in the park or bad dates",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<QualificationView>> award(@QueryParam("park") String park,
            @NotNull @Valid QualificationInput input) {
        return service.award(park, input).map(v -> RestResponse.ResponseBuilder
                .<QualificationView> created(URI.create("/api/qualifications/" + v.id())).entity(v)
                .tag(new EntityTag(Long.toString(v.version()))).build());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "更正资质信息 / correct an award", description = "需 If-Match 版本号。 / Requires If-Match.")
    public Uni<RestResponse<QualificationView>> update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid QualificationInput input) {
        return service.update(id, IfMatch.version(ifMatch), input).map(QualificationResource::withEtag);
    }

    @POST
    @Path("/{id}/revocation")
    @Operation(summary = "撤销资质 / revoke an award", description = "需 If-Match 版本号；已撤销的不能再撤销。 / Requires If-Match; only once.")
    @APIResponse(responseCode = "422", description = "已撤销或日期早于认定 / already revoked or date before award",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<QualificationView>> revoke(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RevocationInput revocation) {
        return service.revoke(id, IfMatch.version(ifMatch), revocation).map(QualificationResource::withEtag);
    }

    @GET
    @Path("/{id}/audit")
    @Operation(summary = "修改留痕 / audit trail")
    public Uni<List<AuditRecord>> audit(@PathParam("id") String id) {
        return service.audit(id);
    }

    private static RestResponse<QualificationView> withEtag(QualificationView v) {
        return RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(Long.toString(v.version()))).build();
    }
}
