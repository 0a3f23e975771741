package cn.yuanqu.safety.monitoring;

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

/** REST API of environmental monitoring: points with their limits, and the samples departments push. */
@Path("/api")
@Tag(name = "环境监测 Monitoring", description = "监测点、限值与监测数据推送；超标自动生成环境隐患 / monitoring points, limits and pushed samples")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MonitoringResource {

    private final MonitoringService service;

    public MonitoringResource(MonitoringService service) {
        this.service = service;
    }

    @GET
    @Path("/monitoring-points")
    @Operation(summary = "监测点 / monitoring points", description = "含各自限值；企业用户只见本企业的。 / With their limits; an enterprise user sees its own.")
    public Uni<List<PointView>> points(@QueryParam("park") String park, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("kind") String kind) {
        List<Violation> bad = new ArrayList<>();
        PointKind k = QueryParams.enumValue(PointKind.class, "kind", kind, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.points(park, enterpriseId, k);
    }

    @GET
    @Path("/monitoring-points/{id}")
    @Operation(summary = "监测点 / one monitoring point")
    public Uni<RestResponse<PointView>> point(@PathParam("id") String id) {
        return service.point(id).map(MonitoringResource::withEtag);
    }

    @POST
    @Path("/monitoring-points")
    @Operation(summary = "新建监测点 / create a monitoring point",
            description = "限值按所选标准生成（GB 3838 Ⅳ/Ⅴ类或 GB 8978 一级），之后可单独调整。 / Limits are seeded from the standard and may be changed.")
    @APIResponse(responseCode = "201", description = "已建立 / created", content = @Content(schema = @Schema(implementation = PointView.class)))
    @APIResponse(responseCode = "409", description = "编号重复 / code used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<PointView>> create(@QueryParam("park") String park, @NotNull @Valid PointInput input) {
        return service.createPoint(park, input).map(v -> RestResponse.ResponseBuilder
                .<PointView> created(URI.create("/api/monitoring-points/" + v.id())).entity(v)
                .tag(new EntityTag(Long.toString(v.version()))).build());
    }

    @PUT
    @Path("/monitoring-points/{id}/limits")
    @Operation(summary = "调整限值 / replace the point's limits",
            description = "整体替换；此后的样品按新限值判定，已登记样品保留当时限值。需 If-Match。 / Later samples are judged by the new limits. Requires If-Match.")
    @APIResponse(responseCode = "409", description = "版本已变化 / stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<PointView>> setLimits(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull List<@NotNull @Valid LimitInput> limits) {
        return service.setLimits(id, IfMatch.version(ifMatch), limits).map(MonitoringResource::withEtag);
    }

    @GET
    @Path("/samples")
    @Operation(summary = "监测数据 / samples", description = "按采样时间倒序；from/to 为采样日期（含）。 / Newest first; from/to are sampling days, inclusive.")
    public Uni<Page<SampleView>> samples(@QueryParam("park") String park, @QueryParam("pointId") String pointId,
            @QueryParam("exceeded") String exceeded, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        List<Violation> bad = new ArrayList<>();
        Boolean e = QueryParams.bool("exceeded", exceeded, bad);
        LocalDate f = QueryParams.date("from", from, bad);
        LocalDate t = QueryParams.date("to", to, bad);
        Integer p = QueryParams.integer("page", page, 0, Integer.MAX_VALUE, bad);
        Integer z = QueryParams.integer("size", size, 1, PageRequest.MAX_SIZE, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.samples(park, pointId, e, f, t, PageRequest.of(p, z, null));
    }

    @GET
    @Path("/samples/{id}")
    @Operation(summary = "监测样品 / one sample")
    public Uni<SampleView> sample(@PathParam("id") String id) {
        return service.sample(id);
    }

    @POST
    @Path("/samples")
    @Operation(summary = "推送监测数据 / push a sample",
            description = "监测点+采样时间唯一：首次登记返回201；重复推送相同数值返回200与原记录，不重复生成隐患；数值不同返回409。"
                    + "任一指标超出限值即标记超标，并为监测点所属企业（或园区）生成一条环境隐患。"
                    + " / Point and sampled time identify a sample: 201 the first time, 200 with the recorded sample on a retry"
                    + " with the same values (no second hazard), 409 with different values. A value outside its limit marks the"
                    + " sample and raises one environmental hazard for the point's enterprise or the zone.")
    @APIResponse(responseCode = "201", description = "已登记 / recorded", content = @Content(schema = @Schema(implementation = SampleView.class)))
    @APIResponse(responseCode = "200", description = "已登记过（重复推送） / recorded before (a retry)",
            content = @Content(schema = @Schema(implementation = SampleView.class)))
    @APIResponse(responseCode = "409", description = "同一采样时间数值不同 / different values for a recorded sample",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "指标重复或采样时间在未来 / repeated indicator or future time",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<SampleView>> push(@NotNull @Valid SampleInput input) {
        return service.push(input).map(r -> r.created()
                ? RestResponse.ResponseBuilder.<SampleView> created(URI.create("/api/samples/" + r.sample().id()))
                        .entity(r.sample()).build()
                : RestResponse.ok(r.sample()));
    }

    private static RestResponse<PointView> withEtag(PointView v) {
        return RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(Long.toString(v.version()))).build();
    }
}
