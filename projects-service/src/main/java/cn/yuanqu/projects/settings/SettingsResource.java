package cn.yuanqu.projects.settings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import cn.yuanqu.platform.rest.IfMatch;

/** REST API of the per-park project settings. */
@Path("/api/settings")
@Tag(name = "参数 Settings", description = "停滞天数、签约至开工目标 / per-park project settings")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SettingsResource {

    private final SettingsService service;

    public SettingsResource(SettingsService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "园区项目参数 / the park's project settings", description = "未设置时为默认值。 / Defaults unless the park set its own.")
    public Uni<SettingsView> get(@QueryParam("park") String park) {
        return service.get(park);
    }

    @PUT
    @Operation(summary = "设置园区项目参数 / set the park's project settings",
            description = "仅管理员。园区已有自定参数时需 If-Match。 / Admin only; If-Match once the park has its own.")
    @APIResponse(responseCode = "409", description = "版本冲突 / stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<SettingsView> set(@QueryParam("park") String park, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid SettingsInput input) {
        return service.set(park, ifMatch == null ? null : IfMatch.version(ifMatch), input);
    }
}
