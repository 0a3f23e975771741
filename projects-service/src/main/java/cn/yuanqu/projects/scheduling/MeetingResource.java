package cn.yuanqu.projects.scheduling;

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
import cn.yuanqu.platform.rest.QueryParams;
import cn.yuanqu.projects.project.ProjectView;

/** REST API of scheduling meetings, the issues they raise and the joint review's approvals. */
@Path("/api/meetings")
@Tag(name = "调度会议 Meetings", description = "每日通报、每周调度、每月现场办公、联审会议 / scheduling meetings and the joint review")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MeetingResource {

    private final SchedulingService service;

    public MeetingResource(SchedulingService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "会议记录 / meetings", description = "按类型与日期筛选，最近的在前。 / Filter by kind and dates, newest first.")
    public Uni<Page<MeetingView>> list(@QueryParam("park") String park, @QueryParam("kind") String kind,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        List<Violation> bad = new ArrayList<>();
        MeetingKind k = QueryParams.enumValue(MeetingKind.class, "kind", kind, bad);
        LocalDate f = QueryParams.date("from", from, bad);
        LocalDate t = QueryParams.date("to", to, bad);
        Integer p = QueryParams.integer("page", page, 0, Integer.MAX_VALUE, bad);
        Integer s = QueryParams.integer("size", size, 1, PageRequest.MAX_SIZE, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.meetings(park, k, f, t, PageRequest.of(p, s, null));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "会议 / one meeting")
    public Uni<MeetingView> get(@PathParam("id") String id) {
        return service.meeting(id);
    }

    @POST
    @Operation(summary = "记录会议 / record a meeting")
    @APIResponse(responseCode = "201", description = "已记录 / recorded", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    public Uni<RestResponse<MeetingView>> record(@QueryParam("park") String park, @NotNull @Valid MeetingInput input) {
        return service.record(park, input).map(v -> RestResponse.ResponseBuilder
                .<MeetingView> created(URI.create("/api/meetings/" + v.id())).entity(v).build());
    }

    @GET
    @Path("/{id}/issues")
    @Operation(summary = "会议交办的问题 / the issues a meeting raised")
    public Uni<List<IssueView>> issues(@PathParam("id") String id) {
        return service.meeting(id).flatMap(m -> service.issues(m.park(), null, id, null, null, null));
    }

    @POST
    @Path("/{id}/issues")
    @Operation(summary = "交办问题 / raise an issue for a project",
            description = "用地、水电路网气、手续、资金、征迁等，明确责任单位与时限。 / With the unit responsible and a deadline.")
    @APIResponse(responseCode = "201", description = "已交办 / raised", content = @Content(schema = @Schema(implementation = IssueView.class)))
    @APIResponse(responseCode = "422", description = "项目不在本园区等 / a rule is broken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<IssueView>> raise(@PathParam("id") String id, @NotNull @Valid IssueInput input) {
        return service.raise(id, input).map(v -> RestResponse.ResponseBuilder
                .<IssueView> created(URI.create("/api/issues/" + v.id())).entity(v)
                .tag(new EntityTag(Long.toString(v.version()))).build());
    }

    @POST
    @Path("/{id}/approvals")
    @Operation(summary = "联审通过 / the joint review approves a project",
            description = "仅联审会议；项目须处于签约阶段，变更为联审通过，日期为会议日期。 / Joint-review meetings only; the project moves from 签约 to 联审通过 on the meeting's date.")
    @APIResponse(responseCode = "422", description = "非联审会议或项目不在签约阶段 / not a joint review, or the project is not at 签约",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "项目版本冲突 / stale project version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<ProjectView>> approve(@PathParam("id") String id, @NotNull @Valid ApprovalInput input) {
        return service.approve(id, input)
                .map(v -> RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(Long.toString(v.version()))).build());
    }
}
