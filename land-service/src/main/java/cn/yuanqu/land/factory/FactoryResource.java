package cn.yuanqu.land.factory;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

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

import cn.yuanqu.land.parcel.EnterpriseIdsRequest;
import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.Problem;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.paging.Page;
import cn.yuanqu.platform.paging.PageRequest;
import cn.yuanqu.platform.rest.IfMatch;
import cn.yuanqu.platform.rest.QueryParams;

/** REST API of standard factories (标准厂房): buildings, leases, the payment ledger, arrears and clearances. */
@Path("/api")
@Tag(name = "标准厂房 Factories", description = "厂房与单元、租赁、租金保证金物业费台账、欠缴、清退腾退 / buildings, leases, the ledger and clearances")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class FactoryResource {

    private final FactoryService factories;
    private final LeaseService leases;

    public FactoryResource(FactoryService factories, LeaseService leases) {
        this.factories = factories;
        this.leases = leases;
    }

    @GET
    @Path("/factories")
    @Operation(summary = "标准厂房 / the factory buildings", description = "含单元及今日出租、空置面积。 / With units, let and vacant area today.")
    public Uni<List<BuildingView>> buildings(@QueryParam("park") String park) {
        return factories.list(park);
    }

    @GET
    @Path("/factories/{id}")
    @Operation(summary = "标准厂房 / one building")
    public Uni<BuildingView> building(@PathParam("id") String id) {
        return factories.get(id);
    }

    @POST
    @Path("/factories")
    @Operation(summary = "登记标准厂房 / register a building with its units")
    @APIResponse(responseCode = "201", description = "已登记 / registered", content = @Content(schema = @Schema(implementation = BuildingView.class)))
    @APIResponse(responseCode = "409", description = "编号重复 / code used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<BuildingView>> register(@QueryParam("park") String park, @NotNull @Valid BuildingInput input) {
        return factories.register(park, input).map(v -> RestResponse.ResponseBuilder
                .<BuildingView> created(URI.create("/api/factories/" + v.id())).entity(v).build());
    }

    @GET
    @Path("/leases")
    @Operation(summary = "厂房租赁 / the leases", description = "active=true 为今日在租；企业用户只见本企业的。 / active=true: let today; an enterprise user sees its own.")
    public Uni<Page<LeaseView>> list(@QueryParam("park") String park, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("active") String active, @QueryParam("page") String page, @QueryParam("size") String size) {
        List<Violation> bad = new ArrayList<>();
        Boolean a = QueryParams.bool("active", active, bad);
        Integer p = QueryParams.integer("page", page, 0, Integer.MAX_VALUE, bad);
        Integer z = QueryParams.integer("size", size, 1, PageRequest.MAX_SIZE, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return leases.list(park, enterpriseId, a, PageRequest.of(p, z, null));
    }

    @GET
    @Path("/leases/arrears")
    @Operation(summary = "欠缴清单 / leases in arrears", description = "截至 asOf（默认今天），欠缴多的在前。 / As of asOf (today by default), largest first.")
    public Uni<List<LeaseView>> arrears(@QueryParam("park") String park, @QueryParam("asOf") String asOf) {
        List<Violation> bad = new ArrayList<>();
        LocalDate day = QueryParams.date("asOf", asOf, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return leases.arrears(park, day);
    }

    @GET
    @Path("/leases/{id}")
    @Operation(summary = "厂房租赁 / one lease")
    public Uni<RestResponse<LeaseView>> lease(@PathParam("id") String id) {
        return leases.get(id).map(FactoryResource::withEtag);
    }

    @GET
    @Path("/leases/{id}/ledger")
    @Operation(summary = "收费台账 / the lease's dues and payments")
    public Uni<LedgerView> ledger(@PathParam("id") String id) {
        return leases.ledger(id);
    }

    @POST
    @Path("/leases")
    @Operation(summary = "签订租赁 / sign a lease",
            description = "所租单元在租期内须空置；承租企业经企业服务核验；保证金与按月租金、物业费（不足月按天折算）自动生成应收。"
                    + " / The units must be vacant in the term; the tenant is checked; the dues are generated (partial months prorated).")
    @APIResponse(responseCode = "201", description = "已签订 / signed", content = @Content(schema = @Schema(implementation = LeaseView.class)))
    @APIResponse(responseCode = "409", description = "单元已出租或合同编号重复 / a unit is let, or the number is used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<LeaseView>> sign(@QueryParam("park") String park, @NotNull @Valid LeaseInput input) {
        return leases.sign(park, input).map(v -> RestResponse.ResponseBuilder
                .<LeaseView> created(URI.create("/api/leases/" + v.id())).entity(v)
                .tag(new EntityTag(Long.toString(v.version()))).build());
    }

    @POST
    @Path("/leases/{id}/payments")
    @Operation(summary = "收款 / record a payment", description = "须对应一笔应收，且不超过未收金额。 / Against a due, never more than is outstanding.")
    @APIResponse(responseCode = "201", description = "已记录 / recorded", content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "409", description = "收据编号重复 / receipt used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<PaymentView>> pay(@PathParam("id") String id, @NotNull @Valid PaymentInput input) {
        return leases.pay(id, input).map(v -> RestResponse.ResponseBuilder
                .<PaymentView> created(URI.create("/api/leases/" + id + "/ledger")).entity(v).build());
    }

    @POST
    @Path("/leases/{id}/end")
    @Operation(summary = "租赁终止（到期、清退、腾退） / end a lease",
            description = "终止日为最后一天；其后未收应收取消，当月按天折算。需 If-Match。 / Unpaid dues after the last day are dropped. Requires If-Match.")
    @APIResponse(responseCode = "422", description = "已终止或日期不在租期内 / ended already, or outside the term",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<LeaseView>> end(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid LeaseEndInput input) {
        return leases.end(id, IfMatch.version(ifMatch), input).map(FactoryResource::withEtag);
    }

    @POST
    @Path("/leases/by-enterprises")
    @Operation(summary = "按企业批量查询租赁 / the leases of many enterprises in one call",
            description = "按请求顺序返回，一次最多500个企业。 / In the order asked, at most 500 enterprises.")
    public Uni<List<EnterpriseLeases>> byEnterprises(@NotNull @Valid EnterpriseIdsRequest request) {
        return leases.ofEnterprises(request.enterpriseIds()).map(lists -> IntStream.range(0, lists.size())
                .mapToObj(i -> new EnterpriseLeases(request.enterpriseIds().get(i), lists.get(i))).toList());
    }

    private static RestResponse<LeaseView> withEtag(LeaseView v) {
        return RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(Long.toString(v.version()))).build();
    }
}
