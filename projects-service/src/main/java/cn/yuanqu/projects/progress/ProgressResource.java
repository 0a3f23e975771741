package cn.yuanqu.projects.progress;

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

import cn.yuanqu.platform.error.Problem;
import cn.yuanqu.platform.rest.IfMatch;

/** REST API of a project's progress reports (进度填报). */
@Path("/api/projects/{id}/progress")
@Tag(name = "进度填报 Progress", description = "累计投资、形象进度、实物工程量 / cumulative investment, physical progress and quantities")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ProgressResource {

    private final ProgressService service;

    public ProgressResource(ProgressService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "项目进度填报 / a project's progress reports", description = "按日期先后。 / Oldest first.")
    public Uni<List<ProgressView>> list(@PathParam("id") String id) {
        return service.ofProject(id);
    }

    @POST
    @Operation(summary = "填报进度 / report progress",
            description = "每个项目每日一份；累计数不能低于上次、不能高于之后的填报。 / One per project and date; cumulative figures never go backwards.")
    @APIResponse(responseCode = "201", description = "已填报 / reported", content = @Content(schema = @Schema(implementation = ProgressView.class)))
    @APIResponse(responseCode = "409", description = "当日已有填报 / a report exists for that date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "累计数倒退等 / a cumulative figure going backwards or another rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<ProgressView>> report(@PathParam("id") String id, @NotNull @Valid ProgressInput input) {
        return service.report(id, input).map(v -> RestResponse.ResponseBuilder
                .<ProgressView> created(URI.create("/api/projects/" + id + "/progress/" + v.id())).entity(v)
                .tag(new EntityTag(Long.toString(v.version()))).build());
    }

    @PUT
    @Path("/{reportId}")
    @Operation(summary = "更正进度填报 / correct a progress report", description = "需 If-Match。 / Requires If-Match.")
    @APIResponse(responseCode = "409", description = "版本冲突 / stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<ProgressView>> correct(@PathParam("id") String id, @PathParam("reportId") String reportId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ProgressInput input) {
        return service.correct(id, reportId, IfMatch.version(ifMatch), input)
                .map(v -> RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(Long.toString(v.version()))).build());
    }
}
