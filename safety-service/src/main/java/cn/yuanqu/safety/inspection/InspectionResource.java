package cn.yuanqu.safety.inspection;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.Problem;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.paging.Page;
import cn.yuanqu.platform.paging.PageRequest;
import cn.yuanqu.platform.rest.QueryParams;

/** REST API of inspections (检查). */
@Path("/api/inspections")
@Tag(name = "检查 Inspections", description = "日常检查、专项整治、联合执法、夜查、回头看、第三方 / inspections")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class InspectionResource {

    private final InspectionService service;

    public InspectionResource(InspectionService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "检查台账 / the inspection ledger",
            description = "按类型、领域、企业、专项行动、日期筛选，最近的在前；企业用户只见本企业。 / Newest first; an enterprise user sees its own.")
    public Uni<Page<InspectionView>> list(@QueryParam("park") String park, @QueryParam("type") String type,
            @QueryParam("domain") String domain, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("campaignId") String campaignId, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        List<Violation> bad = new ArrayList<>();
        InspectionType t = QueryParams.enumValue(InspectionType.class, "type", type, bad);
        SafetyDomain d = QueryParams.enumValue(SafetyDomain.class, "domain", domain, bad);
        LocalDate f = QueryParams.date("from", from, bad);
        LocalDate u = QueryParams.date("to", to, bad);
        Integer p = QueryParams.integer("page", page, 0, Integer.MAX_VALUE, bad);
        Integer s = QueryParams.integer("size", size, 1, PageRequest.MAX_SIZE, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.list(park, t, d, enterpriseId, campaignId, f, u, PageRequest.of(p, s, null));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "检查记录 / one inspection")
    public Uni<InspectionView> get(@PathParam("id") String id) {
        return service.get(id);
    }

    @POST
    @Operation(summary = "登记检查 / record an inspection",
            description = "被检查企业经企业服务核验（超时3秒、重试2次）。 / The enterprise is checked in enterprises-service.")
    @APIResponse(responseCode = "201", description = "已登记 / recorded", content = @Content(schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "422", description = "企业不存在等 / no such enterprise or another rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "企业服务不可用 / enterprises-service cannot be reached",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<InspectionView>> record(@QueryParam("park") String park, @NotNull @Valid InspectionInput input) {
        return service.record(park, input).map(v -> RestResponse.ResponseBuilder
                .<InspectionView> created(URI.create("/api/inspections/" + v.id())).entity(v).build());
    }

    @POST
    @Path("/by-enterprises")
    @Operation(summary = "按企业批量查询检查记录 / inspections of several enterprises",
            description = "与 enterpriseIds 同序；不可见的企业返回空列表。 / In the order asked; enterprises not visible get an empty list.")
    public Uni<List<EnterpriseInspections>> byEnterprises(@NotNull @Valid EnterpriseIdsRequest request) {
        return service.ofEnterprises(request.enterpriseIds()).map(lists -> {
            List<EnterpriseInspections> out = new ArrayList<>(lists.size());
            for (int i = 0; i < lists.size(); i++) {
                out.add(new EnterpriseInspections(request.enterpriseIds().get(i), lists.get(i)));
            }
            return out;
        });
    }
}
