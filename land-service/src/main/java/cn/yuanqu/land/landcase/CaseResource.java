package cn.yuanqu.land.landcase;

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

/** REST API of idle and inefficient land cases (闲置低效用地处置). */
@Path("/api/land-cases")
@Tag(name = "处置案件 Land cases", description = "调查 → 认定 → 告知 → 处置决定 → 执行 → 已处置（或撤销），文书编号与53号令建议 / the disposal procedure")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CaseResource {

    private final CaseService service;
    private final TargetService targets;

    public CaseResource(CaseService service, TargetService targets) {
        this.service = service;
        this.targets = targets;
    }

    @GET
    @Path("/targets/{year}")
    @Operation(summary = "年度处置目标 / a year's disposal target", description = "年初闲置低效存量的处置比例。 / The share of the stock at the start of the year.")
    @APIResponse(responseCode = "404", description = "未设定 / not set",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<TargetView>> target(@PathParam("year") int year, @QueryParam("park") String park) {
        return targets.get(park, year).map(CaseResource::withEtag);
    }

    @PUT
    @Path("/targets/{year}")
    @Operation(summary = "设定年度处置目标 / set a year's disposal target",
            description = "如年底前处置存量的60%（clearedShare 0.6）；修改时带 If-Match。 / E.g. 60% of the stock by year end; If-Match when changing.")
    @APIResponse(responseCode = "409", description = "版本冲突 / changed by someone else",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<TargetView>> setTarget(@PathParam("year") int year, @QueryParam("park") String park,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid TargetInput input) {
        return targets.set(park, year, input, ifMatch == null ? null : IfMatch.version(ifMatch)).map(CaseResource::withEtag);
    }

    private static RestResponse<TargetView> withEtag(TargetView v) {
        return RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(Long.toString(v.version()))).build();
    }

    @GET
    @Operation(summary = "处置案件 / the cases", description = "立案日期倒序。 / Newest first.")
    public Uni<Page<CaseView>> list(@QueryParam("park") String park, @QueryParam("status") String status,
            @QueryParam("kind") String kind, @QueryParam("parcelId") String parcelId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        List<Violation> bad = new ArrayList<>();
        CaseStatus s = QueryParams.enumValue(CaseStatus.class, "status", status, bad);
        CaseKind k = QueryParams.enumValue(CaseKind.class, "kind", kind, bad);
        Integer p = QueryParams.integer("page", page, 0, Integer.MAX_VALUE, bad);
        Integer z = QueryParams.integer("size", size, 1, PageRequest.MAX_SIZE, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.list(park, s, k, parcelId, PageRequest.of(p, z, null));
    }

    @GET
    @Path("/candidates")
    @Operation(summary = "应立案调查的宗地 / parcels to investigate now",
            description = "截至 asOf（默认今天）按53号令已构成闲置、尚无在办案件的宗地及其认定建议。"
                    + " / Parcels idle under Order No. 53 on asOf (today by default) without an open case, with their assessment.")
    public Uni<List<Candidate>> candidates(@QueryParam("park") String park, @QueryParam("asOf") String asOf) {
        List<Violation> bad = new ArrayList<>();
        LocalDate day = QueryParams.date("asOf", asOf, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.toInvestigate(park, day);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "处置案件 / one case")
    public Uni<RestResponse<CaseView>> get(@PathParam("id") String id) {
        return service.get(id).map(CaseResource::withEtag);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "办理记录与文书 / the steps and documents, oldest first")
    public Uni<List<CaseEventView>> history(@PathParam("id") String id) {
        return service.history(id);
    }

    @POST
    @Operation(summary = "立案调查 / open a case", description = "下发调查通知书；一宗地同时只有一个在办案件。 / With the notice of investigation; one open case per parcel.")
    @APIResponse(responseCode = "201", description = "已立案 / opened", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "已有在办案件或文书编号重复 / an open case exists, or the number is used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<CaseView>> open(@QueryParam("park") String park, @NotNull @Valid OpenCaseInput input) {
        return service.open(park, input).map(v -> RestResponse.ResponseBuilder
                .<CaseView> created(URI.create("/api/land-cases/" + v.id())).entity(v)
                .tag(new EntityTag(Long.toString(v.version()))).build());
    }

    @POST
    @Path("/{id}/transitions")
    @Operation(summary = "办理下一步 / the next step",
            description = "认定（认定书；闲置须明确原因）、告知（告知书）、处置决定（处置决定书与方式，闲置土地须为53号令下依法可选的方式）、执行、已处置（面积、承接企业、金额）、撤销（原因）。需 If-Match。"
                    + " / Each step with its document; an idle case's method must be lawful on its date. Requires If-Match.")
    @APIResponse(responseCode = "422", description = "非法步骤或不合规定 / illegal step or rule broken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<CaseView>> move(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseStepInput step) {
        return service.move(id, IfMatch.version(ifMatch), step).map(CaseResource::withEtag);
    }

    private static RestResponse<CaseView> withEtag(CaseView v) {
        return RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(Long.toString(v.version()))).build();
    }
}
