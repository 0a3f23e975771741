package cn.yuanqu.safety.campaign;

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

import cn.yuanqu.platform.error.Problem;
import cn.yuanqu.platform.rest.IfMatch;

/** REST API of campaigns (专项行动) and their counted results. */
@Path("/api/campaigns")
@Tag(name = "专项行动 Campaigns", description = "专项行动及其成果（事项、单位、数量） / campaigns and their counted results")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CampaignResource {

    private final CampaignService service;

    public CampaignResource(CampaignService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "专项行动 / the park's campaigns", description = "最近的在前。 / Newest first.")
    public Uni<List<CampaignView>> list(@QueryParam("park") String park) {
        return service.list(park);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "专项行动 / one campaign")
    public Uni<RestResponse<CampaignView>> get(@PathParam("id") String id) {
        return service.get(id).map(CampaignResource::withEtag);
    }

    @POST
    @Operation(summary = "登记专项行动 / record a campaign")
    @APIResponse(responseCode = "201", description = "已登记 / recorded", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    public Uni<RestResponse<CampaignView>> record(@QueryParam("park") String park, @NotNull @Valid CampaignInput input) {
        return service.record(park, input).map(v -> RestResponse.ResponseBuilder
                .<CampaignView> created(URI.create("/api/campaigns/" + v.id())).entity(v)
                .tag(new EntityTag(Long.toString(v.version()))).build());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "修改专项行动 / correct a campaign", description = "需 If-Match。 / Requires If-Match.")
    @APIResponse(responseCode = "409", description = "版本冲突 / stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<CampaignView>> update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CampaignInput input) {
        return service.update(id, IfMatch.version(ifMatch), input).map(CampaignResource::withEtag);
    }

    @PUT
    @Path("/{id}/results")
    @Operation(summary = "专项行动成果 / set a campaign's counted results",
            description = "整体替换，如 拆除防盗网 334 套。需 If-Match。 / Replaces the list. Requires If-Match.")
    public Uni<RestResponse<CampaignView>> results(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull List<@NotNull @Valid ResultInput> results) {
        return service.results(id, IfMatch.version(ifMatch), results).map(CampaignResource::withEtag);
    }

    private static RestResponse<CampaignView> withEtag(CampaignView v) {
        return RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(Long.toString(v.version()))).build();
    }
}
