package cn.yuanqu.projects.targets;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import cn.yuanqu.platform.rest.IfMatch;
import cn.yuanqu.platform.rest.QueryParams;

/** REST API of the parks' annual project targets. */
@Path("/api/targets")
@Tag(name = "年度目标 Targets", description = "新开工、竣工、固定资产投资、签约投资年度目标 / annual project targets")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TargetResource {

    private final TargetService service;

    public TargetResource(TargetService service) {
        this.service = service;
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "园区年度目标 / the park's targets of a year")
    @APIResponse(responseCode = "404", description = "未设定 / not set",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<TargetView>> get(@QueryParam("park") String park, @PathParam("year") String year) {
        return service.get(park, year(year))
                .map(v -> RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(Long.toString(v.version()))).build());
    }

    @PUT
    @Path("/{year}")
    @Operation(summary = "设定年度目标 / set the park's targets of a year",
            description = "项目办或管理员；已设定时需 If-Match。 / Project office or admin; If-Match once set.")
    @APIResponse(responseCode = "409", description = "版本冲突 / stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<TargetView>> set(@QueryParam("park") String park, @PathParam("year") String year,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid TargetInput input) {
        return service.set(park, year(year), ifMatch == null ? null : IfMatch.version(ifMatch), input)
                .map(v -> RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(Long.toString(v.version()))).build());
    }

    private static int year(String raw) {
        List<Violation> bad = new ArrayList<>();
        Integer y = QueryParams.integer("year", raw, 2000, 2100, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return y;
    }
}
