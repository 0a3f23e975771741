package cn.yuanqu.land.parcel;

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
import cn.yuanqu.land.idle.Assessment;
import cn.yuanqu.platform.graphql.OneQueryAtATime;
import cn.yuanqu.platform.paging.PageRequest;

/** Parcels in the subgraph, and Enterprise.parcels resolved in one batch. Thin: delegates to {@link ParcelService}. */
@GraphQLApi
@OneQueryAtATime
public class ParcelGraphQLApi {

    private final ParcelService service;

    public ParcelGraphQLApi(ParcelService service) {
        this.service = service;
    }

    @Query("parcels")
    @Description("宗地台账 / the parcel ledger")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull ParcelPage> parcels(String park, ParcelStatus status, @Id String holderId,
            @DefaultValue("0") Integer page, @DefaultValue("20") Integer size) {
        return service.list(park, status, holderId, PageRequest.of(page, size, null)).map(ParcelPage::of);
    }

    @Query("parcel")
    @Description("宗地 / one parcel")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull ParcelView> parcel(@NonNull @Id String id) {
        return service.get(id);
    }

    @Query("parcelHistory")
    @Description("宗地状态变更记录 / a parcel's status changes")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull ParcelEventView>> parcelHistory(@NonNull @Id String id) {
        return service.history(id);
    }

    @Query("idleAssessment")
    @Description("闲置认定与处置建议（53号令） / the idle-land assessment of a parcel")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull Assessment> idleAssessment(@NonNull @Id String parcelId,
            @Description("评估日期（默认今天） / as of, today by default") LocalDate asOf) {
        return service.assessment(parcelId, asOf);
    }

    @Query("parcelsByCodes")
    @Description("按园区与宗地编号批量查询（与 refs 同序，一次最多500个；无此宗地或无权查看处为 null） / parcels by park and code, in the order asked (at most 500), null where unknown or not visible")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull List<ParcelView>> parcelsByCodes(@NonNull List<@NonNull @Valid ParcelRef> refs) {
        return service.byCodes(refs);
    }

    @Mutation("registerParcel")
    @Description("登记宗地 / register a parcel")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull ParcelView> registerParcel(String park, @NonNull @Valid ParcelInput input) {
        return service.register(park, input);
    }

    @Mutation("correctParcel")
    @Description("更正宗地情况 / correct a parcel's facts")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull ParcelView> correctParcel(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid ParcelFactsInput facts) {
        return service.correct(id, version, facts);
    }

    @Mutation("moveParcel")
    @Description("宗地状态变更 / change a parcel's status")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull ParcelView> moveParcel(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid ParcelStepInput step) {
        return service.move(id, version, step);
    }

    @Name("parcels")
    @Description("企业使用的宗地（批量解析） / the enterprise's parcels, resolved in one batch")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<List<ParcelView>>> enterpriseParcels(@Source List<EnterpriseRef> enterprises) {
        return service.ofEnterprises(enterprises.stream().map(EnterpriseRef::id).toList());
    }
}
