package cn.yuanqu.enterprises.finance;

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

/** REST API of loans under park schemes (财园信贷通 …). */
@Path("/api/loans")
@Tag(name = "园区贷款 Loans", description = "财园信贷通等：发放、结清、不良、追偿 / loans under park schemes")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class LoanResource {

    private final FinanceService service;

    public LoanResource(FinanceService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "贷款台账 / the loan ledger",
            description = "overdue=true 为今天逾期的在贷贷款。排序字段 issuedOn, dueOn, amount, status, bank。 / overdue=true lists loans past due today.")
    public Uni<Page<LoanView>> list(@QueryParam("park") String park, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("scheme") String scheme, @QueryParam("status") String status,
            @QueryParam("issuedFrom") String issuedFrom, @QueryParam("issuedTo") String issuedTo,
            @QueryParam("overdue") String overdue, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") String sort) {
        List<Violation> bad = new ArrayList<>();
        LoanScheme sc = QueryParams.enumValue(LoanScheme.class, "scheme", scheme, bad);
        LoanStatus st = QueryParams.enumValue(LoanStatus.class, "status", status, bad);
        LocalDate f = QueryParams.date("issuedFrom", issuedFrom, bad);
        LocalDate t = QueryParams.date("issuedTo", issuedTo, bad);
        Boolean o = QueryParams.bool("overdue", overdue, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.loans(park, enterpriseId, sc, st, f, t, o,
                PageRequest.of(page, size, sort == null ? "issuedOn,desc" : sort));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "贷款 / one loan with its recoveries")
    public Uni<RestResponse<LoanView>> get(@PathParam("id") String id) {
        return service.loan(id).map(LoanResource::withEtag);
    }

    @POST
    @Operation(summary = "登记贷款发放 / record a loan",
            description = "按银行+合同号幂等：重复推送相同内容返回 200 且不改变任何数据；内容不同返回 409。"
                    + " / Idempotent by bank and contract number: the same push again returns 200 and changes nothing; other figures get 409.")
    @APIResponse(responseCode = "201", description = "已登记 / recorded", content = @Content(schema = @Schema(implementation = LoanView.class)))
    @APIResponse(responseCode = "200", description = "已存在，未改变 / already recorded, unchanged", content = @Content(schema = @Schema(implementation = LoanView.class)))
    @APIResponse(responseCode = "409", description = "同一合同号内容不同 / the contract is recorded with other figures",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<LoanView>> issue(@QueryParam("park") String park, @NotNull @Valid LoanInput input) {
        return service.issue(park, input).map(p -> p.created()
                ? RestResponse.ResponseBuilder.<LoanView> created(URI.create("/api/loans/" + p.view().id()))
                        .entity(p.view()).tag(new EntityTag(Long.toString(p.view().version()))).build()
                : withEtag(p.view()));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "更正在贷贷款 / correct an outstanding loan", description = "需 If-Match。 / Requires If-Match.")
    public Uni<RestResponse<LoanView>> correct(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid LoanInput input) {
        return service.correct(id, IfMatch.version(ifMatch), input).map(LoanResource::withEtag);
    }

    @POST
    @Path("/{id}/transitions")
    @Operation(summary = "结清、转不良、追偿终结 / repaid, non-performing, recovery settled", description = "需 If-Match。 / Requires If-Match.")
    @APIResponse(responseCode = "422", description = "非法状态变更 / illegal transition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<LoanView>> move(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid LoanTransitionInput step) {
        return service.move(id, IfMatch.version(ifMatch), step).map(LoanResource::withEtag);
    }

    @POST
    @Path("/{id}/recoveries")
    @Operation(summary = "登记追偿回款 / record an amount recovered", description = "仅不良贷款；累计不超过贷款金额。 / Non-performing loans only; never more than the loan.")
    @APIResponse(responseCode = "422", description = "非不良贷款或超过贷款金额 / not non-performing, or more than the loan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<LoanView>> recover(@PathParam("id") String id, @NotNull @Valid RecoveryInput input) {
        return service.recover(id, input).map(v -> RestResponse.ResponseBuilder.<LoanView> create(RestResponse.Status.CREATED)
                .entity(v).tag(new EntityTag(Long.toString(v.version()))).build());
    }

    private static RestResponse<LoanView> withEtag(LoanView v) {
        return RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(Long.toString(v.version()))).build();
    }
}
