package cn.yuanqu.safety.hazard;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.error.Problem;

/** REST API of the major-hazard criteria checklist. */
@Path("/api/major-criteria")
@Tag(name = "重大隐患判定标准 Major-hazard criteria", description = "工贸企业重大事故隐患判定标准（2023），园区可增补或停用 / the 2023 criteria, per park")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CriteriaResource {

    private final CriteriaService service;

    public CriteriaResource(CriteriaService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "园区适用的重大隐患判定标准 / the criteria in force for the park")
    public Uni<List<CriterionView>> list(@QueryParam("park") String park) {
        return service.list(park);
    }

    @PUT
    @Operation(summary = "增补或覆盖判定标准 / add or override a criterion",
            description = "仅管理员；与国家标准同编号即覆盖（如停用）。 / Admin only; the same code as a national one overrides it.")
    public Uni<CriterionView> put(@QueryParam("park") String park, @NotNull @Valid CriterionInput input) {
        return service.put(park, input);
    }
}
