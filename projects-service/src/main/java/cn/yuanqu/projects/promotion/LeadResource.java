package cn.yuanqu.projects.promotion;

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

/** REST API of investment leads (招商线索). */
@Path("/api/leads")
@Tag(name = "招商线索 Leads", description = "线索 → 洽谈 → 签约 / 放弃，跟进记录 / investment leads and their follow-up")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class LeadResource {

    private final PromotionService service;

    public LeadResource(PromotionService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "招商线索台账 / the lead ledger",
            description = "排序字段 firstContactOn, company, status, intendedInvestment, updatedAt。 / Sort fields as listed.")
    public Uni<Page<LeadView>> list(@QueryParam("park") String park, @QueryParam("status") String status,
            @QueryParam("industryChain") String industryChain, @QueryParam("owner") String owner,
            @QueryParam("sourceRegion") String sourceRegion, @QueryParam("contactFrom") String contactFrom,
            @QueryParam("contactTo") String contactTo, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        List<Violation> bad = new ArrayList<>();
        LeadStatus s = QueryParams.enumValue(LeadStatus.class, "status", status, bad);
        LocalDate f = QueryParams.date("contactFrom", contactFrom, bad);
        LocalDate t = QueryParams.date("contactTo", contactTo, bad);
        Integer p = QueryParams.integer("page", page, 0, Integer.MAX_VALUE, bad);
        Integer z = QueryParams.integer("size", size, 1, PageRequest.MAX_SIZE, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.leads(park, new LeadFilter(s, industryChain, owner, sourceRegion, f, t),
                PageRequest.of(p, z, sort == null ? "firstContactOn,desc" : sort));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "招商线索 / one lead")
    public Uni<RestResponse<LeadView>> get(@PathParam("id") String id) {
        return service.lead(id).map(LeadResource::withEtag);
    }

    @GET
    @Path("/{id}/log")
    @Operation(summary = "跟进记录 / the follow-up log, oldest first")
    public Uni<List<LeadEventView>> log(@PathParam("id") String id) {
        return service.log(id);
    }

    @POST
    @Operation(summary = "登记线索 / record a lead")
    @APIResponse(responseCode = "201", description = "已登记 / recorded", content = @Content(schema = @Schema(implementation = LeadView.class)))
    public Uni<RestResponse<LeadView>> record(@QueryParam("park") String park, @NotNull @Valid LeadInput input) {
        return service.record(park, input).map(v -> RestResponse.ResponseBuilder
                .<LeadView> created(URI.create("/api/leads/" + v.id())).entity(v)
                .tag(new EntityTag(Long.toString(v.version()))).build());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "修改线索 / correct a lead", description = "需 If-Match。 / Requires If-Match.")
    @APIResponse(responseCode = "409", description = "版本冲突 / stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<LeadView>> update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid LeadInput input) {
        return service.update(id, IfMatch.version(ifMatch), input).map(LeadResource::withEtag);
    }

    @POST
    @Path("/{id}/transitions")
    @Operation(summary = "洽谈或放弃 / into talks or abandoned", description = "签约请用 signing。需 If-Match。 / Signing has its own operation. Requires If-Match.")
    @APIResponse(responseCode = "422", description = "非法状态变更 / illegal transition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<LeadView>> move(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid LeadTransitionInput step) {
        return service.move(id, IfMatch.version(ifMatch), step).map(LeadResource::withEtag);
    }

    @POST
    @Path("/{id}/follow-ups")
    @Operation(summary = "记录跟进 / record a follow-up")
    @APIResponse(responseCode = "201", description = "已记录 / recorded", content = @Content(schema = @Schema(implementation = LeadEventView.class)))
    public Uni<RestResponse<LeadEventView>> followUp(@PathParam("id") String id, @NotNull @Valid FollowUpInput input) {
        return service.followUp(id, input).map(v -> RestResponse.ResponseBuilder
                .<LeadEventView> created(URI.create("/api/leads/" + id + "/log")).entity(v).build());
    }

    @POST
    @Path("/{id}/signing")
    @Operation(summary = "签约：线索形成项目 / sign: the lead becomes a project",
            description = "洽谈中的线索签约，同时登记项目（投资主体经企业服务核验）。需 If-Match（线索版本）。"
                    + " / A lead in talks is signed and its project recorded in one step. Requires If-Match (the lead's version).")
    @APIResponse(responseCode = "422", description = "线索未在洽谈或项目不合规 / the lead is not in talks or the project breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "企业服务不可用 / enterprises-service cannot be reached",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<SignedLead> sign(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid SigningInput input) {
        return service.sign(id, IfMatch.version(ifMatch), input);
    }

    private static RestResponse<LeadView> withEtag(LeadView v) {
        return RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(Long.toString(v.version()))).build();
    }
}
