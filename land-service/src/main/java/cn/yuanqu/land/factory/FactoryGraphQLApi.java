package cn.yuanqu.land.factory;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.land.enterprise.EnterpriseRef;
import cn.yuanqu.platform.graphql.OneQueryAtATime;
import cn.yuanqu.platform.paging.PageRequest;

/** Standard factories and leases in the subgraph, and Enterprise.leases batched. Thin: delegates to the services. */
@GraphQLApi
@OneQueryAtATime
public class FactoryGraphQLApi {

    private final FactoryService factories;
    private final LeaseService leases;

    public FactoryGraphQLApi(FactoryService factories, LeaseService leases) {
        this.factories = factories;
        this.leases = leases;
    }

    @Query("factoryBuildings")
    @Description("标准厂房（含单元与今日出租情况） / factory buildings with their units")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull BuildingView>> factoryBuildings(String park) {
        return factories.list(park);
    }

    @Query("leases")
    @Description("厂房租赁 / leases")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull LeasePage> leases(String park, @Id String enterpriseId, Boolean active, @DefaultValue("0") Integer page,
            @DefaultValue("20") Integer size) {
        return leases.list(park, enterpriseId, active, PageRequest.of(page, size, null)).map(LeasePage::of);
    }

    @Query("leaseLedger")
    @Description("租赁收费台账 / a lease's dues and payments")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull LedgerView> leaseLedger(@NonNull @Id String id) {
        return leases.ledger(id);
    }

    @Query("leaseArrears")
    @Description("欠缴清单 / leases in arrears")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull LeaseView>> leaseArrears(String park, LocalDate asOf) {
        return leases.arrears(park, asOf);
    }

    @Mutation("registerFactoryBuilding")
    @Description("登记标准厂房 / register a building")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull BuildingView> registerFactoryBuilding(String park, @NonNull @Valid BuildingInput input) {
        return factories.register(park, input);
    }

    @Mutation("signLease")
    @Description("签订租赁 / sign a lease")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull LeaseView> signLease(String park, @NonNull @Valid LeaseInput input) {
        return leases.sign(park, input);
    }

    @Mutation("recordLeasePayment")
    @Description("收款 / record a payment")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull PaymentView> recordLeasePayment(@NonNull @Id String leaseId, @NonNull @Valid PaymentInput input) {
        return leases.pay(leaseId, input);
    }

    @Mutation("endLease")
    @Description("租赁终止（到期、清退、腾退） / end a lease")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull LeaseView> endLease(@NonNull @Id String id, @NonNull Long version, @NonNull @Valid LeaseEndInput input) {
        return leases.end(id, version, input);
    }

    @Name("leases")
    @Description("企业的厂房租赁（批量解析） / the enterprise's leases, resolved in one batch")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<List<LeaseView>>> enterpriseLeases(@Source List<EnterpriseRef> enterprises) {
        return leases.ofEnterprises(enterprises.stream().map(EnterpriseRef::id).toList());
    }
}
