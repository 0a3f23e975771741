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

/** REST API of promotion activities (外出招商, 接待客商, 推介会). */
@Path("/api/activities")
@Tag(name = "招商活动 Activities", description = "外出招商、接待客商、推介会 / promotion trips, receptions and events")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ActivityResource {

    private final PromotionService service;

    public ActivityResource(PromotionService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "招商活动 / promotion activities", description = "按类型与开始日期筛选，最近的在前。 / Filter by kind and start date, newest first.")
    public Uni<Page<ActivityView>> list(@QueryParam("park") String park, @QueryParam("kind") String kind,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        List<Violation> bad = new ArrayList<>();
        ActivityKind k = QueryParams.enumValue(ActivityKind.class, "kind", kind, bad);
        LocalDate f = QueryParams.date("from", from, bad);
        LocalDate t = QueryParams.date("to", to, bad);
        Integer p = QueryParams.integer("page", page, 0, Integer.MAX_VALUE, bad);
        Integer z = QueryParams.integer("size", size, 1, PageRequest.MAX_SIZE, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.activities(park, k, f, t, PageRequest.of(p, z, null));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "招商活动 / one activity")
    public Uni<RestResponse<ActivityView>> get(@PathParam("id") String id) {
        return service.activity(id).map(ActivityResource::withEtag);
    }

    @POST
    @Operation(summary = "记录招商活动 / record an activity", description = "leadIds 为涉及的本园区线索。 / leadIds: the park's leads it touched.")
    @APIResponse(responseCode = "201", description = "已记录 / recorded", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "422", description = "线索不存在等 / no such lead or another rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<ActivityView>> record(@QueryParam("park") String park, @NotNull @Valid ActivityInput input) {
        return service.recordActivity(park, input).map(v -> RestResponse.ResponseBuilder
                .<ActivityView> created(URI.create("/api/activities/" + v.id())).entity(v)
                .tag(new EntityTag(Long.toString(v.version()))).build());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "修改招商活动 / correct an activity", description = "需 If-Match。 / Requires If-Match.")
    @APIResponse(responseCode = "409", description = "版本冲突 / stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<ActivityView>> update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ActivityInput input) {
        return service.updateActivity(id, IfMatch.version(ifMatch), input).map(ActivityResource::withEtag);
    }

    private static RestResponse<ActivityView> withEtag(ActivityView v) {
        return RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(Long.toString(v.version()))).build();
    }
}
