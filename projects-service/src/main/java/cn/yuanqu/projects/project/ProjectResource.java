package cn.yuanqu.projects.project;

import java.net.URI;
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

/** REST API of projects (项目台账) and their stage machine. */
@Path("/api/projects")
@Tag(name = "项目 Projects", description = "项目台账、阶段变更、签约未开工与停滞项目 / the project ledger, stages and lists")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ProjectResource {

    private final ProjectService service;

    public ProjectResource(ProjectService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "项目台账 / the project ledger",
            description = "按类别、阶段、产业链、包挂领导、重点级别、投资主体筛选。排序字段 name, signedOn, startedOn, stage, totalInvestment, updatedAt。"
                    + " / Filter by category, stage, chain, leader, key level, investor; sort fields as listed.")
    public Uni<Page<ProjectView>> list(@QueryParam("park") String park, @QueryParam("category") String category,
            @QueryParam("stage") String stage, @QueryParam("industryChain") String industryChain,
            @QueryParam("leader") String leader, @QueryParam("keyLevel") String keyLevel,
            @QueryParam("investorId") String investorId, @QueryParam("name") String name,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        List<Violation> bad = new ArrayList<>();
        var filter = new ProjectFilter(QueryParams.enumValue(ProjectCategory.class, "category", category, bad),
                QueryParams.enumValue(ProjectStage.class, "stage", stage, bad), industryChain, leader,
                QueryParams.enumValue(KeyLevel.class, "keyLevel", keyLevel, bad), investorId, name);
        Integer p = QueryParams.integer("page", page, 0, Integer.MAX_VALUE, bad);
        Integer s = QueryParams.integer("size", size, 1, PageRequest.MAX_SIZE, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.list(park, filter, PageRequest.of(p, s, sort == null ? "signedOn,desc" : sort));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "项目 / one project")
    public Uni<RestResponse<ProjectView>> get(@PathParam("id") String id) {
        return service.get(id).map(ProjectResource::withEtag);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "阶段记录 / the recorded steps, oldest first")
    public Uni<List<StageEventView>> history(@PathParam("id") String id) {
        return service.history(id);
    }

    @POST
    @Operation(summary = "登记项目 / record a project",
            description = "产业、技改项目须指定投资主体，由企业服务核验（超时3秒、重试2次）。 / Industrial and renovation projects name their investor, checked in enterprises-service.")
    @APIResponse(responseCode = "201", description = "已登记 / recorded", content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "409", description = "同名项目 / a project of that name exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "投资主体不存在等 / no such investor or another rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "企业服务不可用 / enterprises-service cannot be reached",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<ProjectView>> create(@QueryParam("park") String park, @NotNull @Valid ProjectInput input) {
        return service.create(park, input).map(v -> RestResponse.ResponseBuilder
                .<ProjectView> created(URI.create("/api/projects/" + v.id())).entity(v)
                .tag(new EntityTag(Long.toString(v.version()))).build());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "修改项目信息 / correct a project's record",
            description = "需 If-Match；类别与签约日期不能修改，阶段通过阶段变更推进。 / Requires If-Match; category and signing date are fixed.")
    @APIResponse(responseCode = "409", description = "版本冲突或同名 / stale version or duplicate name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<ProjectView>> update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ProjectInput input) {
        return service.update(id, IfMatch.version(ifMatch), input).map(ProjectResource::withEtag);
    }

    @POST
    @Path("/{id}/transitions")
    @Operation(summary = "阶段变更 / move a project to its next stage, suspend, resume or terminate",
            description = "逐级推进不可跳过、不可回退；停缓建后只能恢复到原阶段；终止为最终状态。需 If-Match。"
                    + " / One stage at a time; a suspended project resumes where it left off; terminated is final. Requires If-Match.")
    @APIResponse(responseCode = "422", description = "非法阶段变更 / illegal transition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<ProjectView>> move(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid StageTransitionInput step) {
        return service.move(id, IfMatch.version(ifMatch), step).map(ProjectResource::withEtag);
    }

    @GET
    @Path("/signed-not-started")
    @Operation(summary = "签约未开工 / signed and not started",
            description = "签约至今的工作日数（园区工作日历）与目标对比。 / Working days since signing in the park's calendar against the target.")
    public Uni<List<SignedNotStarted>> signedNotStarted(@QueryParam("park") String park) {
        return service.signedNotStarted(park);
    }

    @GET
    @Path("/stalled")
    @Operation(summary = "停滞项目 / stalled projects",
            description = "在建项目超过规定天数未填报进度；days 可临时覆盖园区设置。 / Under construction without a progress report for too long.")
    public Uni<List<StalledProject>> stalled(@QueryParam("park") String park, @QueryParam("days") String days) {
        List<Violation> bad = new ArrayList<>();
        Integer d = QueryParams.integer("days", days, 1, 365, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.stalled(park, d);
    }

    @POST
    @Path("/by-enterprises")
    @Operation(summary = "按企业批量查询项目 / projects of several enterprises",
            description = "与 enterpriseIds 同序；不可见的企业返回空列表。 / In the order asked; enterprises not visible get an empty list.")
    public Uni<List<EnterpriseProjects>> byEnterprises(@NotNull @Valid EnterpriseIdsRequest request) {
        return service.ofEnterprises(request.enterpriseIds()).map(lists -> {
            List<EnterpriseProjects> out = new ArrayList<>(lists.size());
            for (int i = 0; i < lists.size(); i++) {
                out.add(new EnterpriseProjects(request.enterpriseIds().get(i), lists.get(i)));
            }
            return out;
        });
    }

    private static RestResponse<ProjectView> withEtag(ProjectView v) {
        return RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(Long.toString(v.version()))).build();
    }
}
