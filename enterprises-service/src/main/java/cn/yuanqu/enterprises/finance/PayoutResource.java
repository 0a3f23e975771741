package cn.yuanqu.enterprises.finance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.Problem;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.paging.Page;
import cn.yuanqu.platform.paging.PageRequest;
import cn.yuanqu.platform.rest.QueryParams;

/** REST API of policy payouts (惠企政策兑现). */
@Path("/api/payouts")
@Tag(name = "政策兑现 Payouts", description = "惠企政策兑现 / policy payouts")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PayoutResource {

    private final FinanceService service;

    public PayoutResource(FinanceService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "政策兑现台账 / payouts, newest first")
    public Uni<Page<PayoutView>> list(@QueryParam("park") String park, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("policy") String policy,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        List<Violation> bad = new ArrayList<>();
        LocalDate f = QueryParams.date("from", from, bad);
        LocalDate t = QueryParams.date("to", to, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.payouts(park, enterpriseId, f, t, policy, PageRequest.of(page, size, null));
    }

    @POST
    @Operation(summary = "登记政策兑现 / record a payout",
            description = "按兑现凭证号幂等：重复推送相同内容返回 200；内容不同返回 409。 / Idempotent by reference.")
    @APIResponse(responseCode = "201", description = "已登记 / recorded", content = @Content(schema = @Schema(implementation = PayoutView.class)))
    @APIResponse(responseCode = "200", description = "已存在，未改变 / already recorded, unchanged", content = @Content(schema = @Schema(implementation = PayoutView.class)))
    @APIResponse(responseCode = "409", description = "同一凭证号内容不同 / the reference is recorded with other figures",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<PayoutView>> pay(@QueryParam("park") String park, @NotNull @Valid PayoutInput input) {
        return service.pay(park, input).map(p -> p.created() ? RestResponse.status(RestResponse.Status.CREATED, p.view())
                : RestResponse.ok(p.view()));
    }
}
