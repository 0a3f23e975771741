package cn.yuanqu.projects.scheduling;

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

import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.Problem;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.rest.IfMatch;
import cn.yuanqu.platform.rest.QueryParams;

/** REST API of the issues raised for projects: the 问题清单 and its resolution. */
@Path("/api/issues")
@Tag(name = "项目问题 Issues", description = "会议交办问题清单、超期问题、解决情况 / issues raised for projects")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class IssueResource {

    private final SchedulingService service;

    public IssueResource(SchedulingService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "问题清单 / the issue list",
            description = "overdue=true 为今天超期未解决的问题，按时限先后。 / overdue=true lists open issues past their deadline; by deadline.")
    public Uni<List<IssueView>> list(@QueryParam("park") String park, @QueryParam("projectId") String projectId,
            @QueryParam("status") String status, @QueryParam("category") String category,
            @QueryParam("overdue") String overdue) {
        List<Violation> bad = new ArrayList<>();
        IssueStatus s = QueryParams.enumValue(IssueStatus.class, "status", status, bad);
        IssueCategory c = QueryParams.enumValue(IssueCategory.class, "category", category, bad);
        Boolean o = QueryParams.bool("overdue", overdue, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.issues(park, projectId, null, s, c, o);
    }

    @POST
    @Path("/{id}/resolution")
    @Operation(summary = "问题解决 / record how an issue was resolved", description = "需 If-Match。 / Requires If-Match.")
    @APIResponse(responseCode = "409", description = "版本冲突 / stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "已解决或日期早于会议 / already resolved or before the meeting",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<IssueView>> resolve(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ResolutionInput input) {
        return service.resolve(id, IfMatch.version(ifMatch), input)
                .map(v -> RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(Long.toString(v.version()))).build());
    }
}
