package cn.yuanqu.enterprises.visit;

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

/** REST API of cadre visits (包保走访). */
@Path("/api/visits")
@Tag(name = "包保走访 Visits", description = "干部走访企业及收集的诉求 / cadre visits and the requests raised")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class VisitResource {

    private final VisitService service;

    public VisitResource(VisitService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "走访记录 / visits, newest first")
    public Uni<Page<VisitView>> list(@QueryParam("park") String park, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("visitor") String visitor,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        List<Violation> bad = new ArrayList<>();
        LocalDate f = QueryParams.date("from", from, bad);
        LocalDate t = QueryParams.date("to", to, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.list(park, enterpriseId, f, t, visitor, PageRequest.of(page, size, null));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "走访记录 / one visit")
    public Uni<RestResponse<VisitView>> get(@PathParam("id") String id) {
        return service.get(id).map(VisitResource::withEtag);
    }

    @POST
    @Operation(summary = "登记走访及收集的诉求 / record a visit and the requests raised")
    @APIResponse(responseCode = "201", description = "已登记 / recorded", content = @Content(schema = @Schema(implementation = VisitView.class)))
    public Uni<RestResponse<VisitView>> record(@QueryParam("park") String park, @NotNull @Valid VisitInput input) {
        return service.record(park, input).map(v -> RestResponse.ResponseBuilder
                .<VisitView> created(URI.create("/api/visits/" + v.id())).entity(v)
                .tag(new EntityTag(Long.toString(v.version()))).build());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "更正走访记录 / correct a visit", description = "需 If-Match。 / Requires If-Match.")
    public Uni<RestResponse<VisitView>> correct(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid VisitUpdate update) {
        return service.correct(id, IfMatch.version(ifMatch), update).map(VisitResource::withEtag);
    }

    private static RestResponse<VisitView> withEtag(VisitView v) {
        return RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(Long.toString(v.version()))).build();
    }
}
