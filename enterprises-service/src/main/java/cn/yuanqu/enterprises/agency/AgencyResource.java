package cn.yuanqu.enterprises.agency;

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

/** REST API of matters handled on enterprises' behalf (帮代办). */
@Path("/api/agency-matters")
@Tag(name = "帮代办 Agency matters", description = "园区事园区办：受理 → 办结 / 终止 / matters handled on enterprises' behalf")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AgencyResource {

    private final AgencyService service;

    public AgencyResource(AgencyService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "帮代办台账 / the ledger", description = "from/to 为受理日期。排序字段 receivedOn, promisedOn, status, kind, handler。 / from/to filter the day received.")
    public Uni<Page<AgencyView>> list(@QueryParam("park") String park, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("kind") String kind, @QueryParam("status") String status, @QueryParam("handler") String handler,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        List<Violation> bad = new ArrayList<>();
        AgencyKind k = QueryParams.enumValue(AgencyKind.class, "kind", kind, bad);
        AgencyStatus s = QueryParams.enumValue(AgencyStatus.class, "status", status, bad);
        LocalDate f = QueryParams.date("from", from, bad);
        LocalDate t = QueryParams.date("to", to, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.list(park, enterpriseId, k, s, handler, f, t,
                PageRequest.of(page, size, sort == null ? "receivedOn,desc" : sort));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "帮代办事项 / one matter")
    public Uni<RestResponse<AgencyView>> get(@PathParam("id") String id) {
        return service.get(id).map(AgencyResource::withEtag);
    }

    @POST
    @Operation(summary = "受理帮代办事项 / receive a matter")
    @APIResponse(responseCode = "201", description = "已受理 / received", content = @Content(schema = @Schema(implementation = AgencyView.class)))
    public Uni<RestResponse<AgencyView>> receive(@QueryParam("park") String park, @NotNull @Valid AgencyInput input) {
        return service.receive(park, input).map(v -> RestResponse.ResponseBuilder
                .<AgencyView> created(URI.create("/api/agency-matters/" + v.id())).entity(v)
                .tag(new EntityTag(Long.toString(v.version()))).build());
    }

    @POST
    @Path("/{id}/closing")
    @Operation(summary = "办结或终止 / close or terminate", description = "需 If-Match。 / Requires If-Match.")
    @APIResponse(responseCode = "422", description = "已办结或已终止 / already ended",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<AgencyView>> finish(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AgencyCloseInput step) {
        return service.finish(id, IfMatch.version(ifMatch), step).map(AgencyResource::withEtag);
    }

    private static RestResponse<AgencyView> withEtag(AgencyView v) {
        return RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(Long.toString(v.version()))).build();
    }
}
