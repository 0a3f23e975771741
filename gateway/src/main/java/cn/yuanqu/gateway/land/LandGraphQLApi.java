package cn.yuanqu.gateway.land;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

/**
 * land-service's ledgers and workflow (土地与厂房) for the web and mobile front ends: parcels, idle and inefficient
 * land cases, standard factories and leases, per-mu efficiency. Thin: delegates to {@link LandGateway}. Roles are
 * the subgraph's own, checked here before any call; land-service applies parks and the enterprise user's
 * own-enterprise rule to the forwarded token. Root fields are nullable so that land-service being down leaves the
 * rest of a query's answer intact (partial results with an error).
 */
@GraphQLApi
public class LandGraphQLApi {

    private final LandGateway gateway;

    public LandGraphQLApi(LandGateway gateway) {
        this.gateway = gateway;
    }

    // 宗地台账 parcels

    @Query("parcels")
    @Description("宗地台账（按宗地编号排序） / the parcel ledger, by code")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<ParcelPage> parcels(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("状态 / status") ParcelStatus status,
            @Description("使用权企业ID / holder enterprise id") @Id String holderId,
            @Description("页码，从0开始 / page from 0") @DefaultValue("0") Integer page,
            @Description("每页条数 1–200 / page size 1–200") @DefaultValue("20") Integer size) {
        return gateway.parcels(park, status, holderId, page, size);
    }

    @Query("parcel")
    @Description("宗地 / one parcel")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<Parcel> parcel(@NonNull @Id @Description("宗地ID / parcel id") String id) {
        return gateway.parcel(id);
    }

    @Query("parcelHistory")
    @Description("宗地状态变更记录 / a parcel's status changes")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<@NonNull ParcelEvent>> parcelHistory(@NonNull @Id @Description("宗地ID / parcel id") String id) {
        return gateway.parcelHistory(id);
    }

    @Query("idleAssessment")
    @Description("闲置认定与处置建议（53号令） / the idle-land assessment of a parcel")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<IdleAssessment> idleAssessment(@NonNull @Id @Description("宗地ID / parcel id") String parcelId,
            @Description("评估日期（默认今天） / as of, today by default") LocalDate asOf) {
        return gateway.idleAssessment(parcelId, asOf);
    }

    @Mutation("registerParcel")
    @Description("登记宗地（按当前状态） / register a parcel in its current status")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull Parcel> registerParcel(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @NonNull @Description("宗地 / the parcel") ParcelInput input) {
        return gateway.registerParcel(park, input);
    }

    @Mutation("correctParcel")
    @Description("更正宗地情况（传入读取时的版本号） / correct a parcel's facts; pass the version read")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull Parcel> correctParcel(@NonNull @Id @Description("宗地ID / parcel id") String id,
            @NonNull @Description("读取到的版本号 / version read") Long version,
            @NonNull @Description("宗地情况 / the facts") ParcelFactsInput facts) {
        return gateway.correctParcel(id, version, facts);
    }

    @Mutation("moveParcel")
    @Description("宗地状态变更（按状态表；传入读取时的版本号） / change a parcel's status by its table; pass the version read")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull Parcel> moveParcel(@NonNull @Id @Description("宗地ID / parcel id") String id,
            @NonNull @Description("读取到的版本号 / version read") Long version,
            @NonNull @Description("状态变更 / the change") ParcelStepInput step) {
        return gateway.moveParcel(id, version, step);
    }

    // 闲置低效用地处置 land cases

    @Query("landCases")
    @Description("闲置低效用地处置案件 / idle and inefficient land cases")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<LandCasePage> landCases(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("状态 / status") LandCaseStatus status,
            @Description("类型 / kind") LandCaseKind kind,
            @Description("宗地ID / parcel id") @Id String parcelId,
            @Description("页码，从0开始 / page from 0") @DefaultValue("0") Integer page,
            @Description("每页条数 1–200 / page size 1–200") @DefaultValue("20") Integer size) {
        return gateway.landCases(park, status, kind, parcelId, page, size);
    }

    @Query("landCase")
    @Description("处置案件 / one land case")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<LandCase> landCase(@NonNull @Id @Description("案件ID / case id") String id) {
        return gateway.landCase(id);
    }

    @Query("landCaseHistory")
    @Description("处置案件办理记录与文书 / the steps of a land case and their documents")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<List<@NonNull LandCaseEvent>> landCaseHistory(@NonNull @Id @Description("案件ID / case id") String id) {
        return gateway.landCaseHistory(id);
    }

    @Query("idleCandidates")
    @Description("应立案调查的宗地（53号令） / parcels to investigate now under Order No. 53")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<List<@NonNull IdleCandidate>> idleCandidates(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("评估日期（默认今天） / as of, today by default") LocalDate asOf) {
        return gateway.idleCandidates(park, asOf);
    }

    @Query("disposalTarget")
    @Description("年度闲置低效用地处置目标 / a year's disposal target")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<DisposalTarget> disposalTarget(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @NonNull @Description("年度 / year") Integer year) {
        return gateway.disposalTarget(park, year);
    }

    @Mutation("openLandCase")
    @Description("立案调查 / open a land case")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull LandCase> openLandCase(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @NonNull @Description("立案 / the case to open") OpenLandCaseInput input) {
        return gateway.openLandCase(park, input);
    }

    @Mutation("moveLandCase")
    @Description("处置案件下一步（按状态表；非法步骤以 illegal-transition 拒绝；传入读取时的版本号） / the next step of a land case; an illegal step is refused with illegal-transition; pass the version read")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull LandCase> moveLandCase(@NonNull @Id @Description("案件ID / case id") String id,
            @NonNull @Description("读取到的版本号 / version read") Long version,
            @NonNull @Description("步骤 / the step") LandCaseStepInput step) {
        return gateway.moveLandCase(id, version, step);
    }

    @Mutation("setDisposalTarget")
    @Description("设定年度处置目标（修改时带读取到的版本号） / set a year's disposal target; pass the version read when changing")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull DisposalTarget> setDisposalTarget(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @NonNull @Description("年度 / year") Integer year,
            @NonNull @Description("目标 / the target") DisposalTargetInput input,
            @Description("读取到的版本号（新设时省略） / version read, omitted when first set") Long version) {
        return gateway.setDisposalTarget(park, year, input, version);
    }

    // 标准厂房 factories and leases

    @Query("factoryBuildings")
    @Description("标准厂房（含单元与今日出租情况） / factory buildings with their units and today's letting")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<@NonNull FactoryBuilding>> factoryBuildings(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park) {
        return gateway.factoryBuildings(park);
    }

    @Query("leases")
    @Description("厂房租赁台账 / the factory lease ledger")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<LeasePage> leases(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("承租企业ID / tenant enterprise id") @Id String enterpriseId,
            @Description("今日是否在租 / let today") Boolean active,
            @Description("页码，从0开始 / page from 0") @DefaultValue("0") Integer page,
            @Description("每页条数 1–200 / page size 1–200") @DefaultValue("20") Integer size) {
        return gateway.leases(park, enterpriseId, active, page, size);
    }

    @Query("leaseLedger")
    @Description("租赁收费台账（应收与收款） / a lease's dues and payments")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<LeaseLedger> leaseLedger(@NonNull @Id @Description("租赁ID / lease id") String id) {
        return gateway.leaseLedger(id);
    }

    @Query("leaseArrears")
    @Description("欠缴清单 / leases in arrears")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<@NonNull Lease>> leaseArrears(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("截至日期（默认今天） / as of, today by default") LocalDate asOf) {
        return gateway.leaseArrears(park, asOf);
    }

    @Mutation("registerFactoryBuilding")
    @Description("登记标准厂房 / register a factory building")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull FactoryBuilding> registerFactoryBuilding(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @NonNull @Description("厂房 / the building") FactoryBuildingInput input) {
        return gateway.registerFactoryBuilding(park, input);
    }

    @Mutation("signLease")
    @Description("签订厂房租赁 / sign a factory lease")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull Lease> signLease(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @NonNull @Description("租赁 / the lease") LeaseInput input) {
        return gateway.signLease(park, input);
    }

    @Mutation("recordLeasePayment")
    @Description("登记收款 / record a lease payment")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull LeasePayment> recordLeasePayment(@NonNull @Id @Description("租赁ID / lease id") String leaseId,
            @NonNull @Description("收款 / the payment") LeasePaymentInput input) {
        return gateway.recordLeasePayment(leaseId, input);
    }

    @Mutation("endLease")
    @Description("租赁终止（到期、清退、腾退；传入读取时的版本号） / end a lease (expired, cleared, vacated); pass the version read")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull Lease> endLease(@NonNull @Id @Description("租赁ID / lease id") String id,
            @NonNull @Description("读取到的版本号 / version read") Long version,
            @NonNull @Description("终止 / how and when") LeaseEndInput input) {
        return gateway.endLease(id, version, input);
    }

    // 亩产效益 per-mu efficiency

    @Query("efficiencyResults")
    @Description("年度亩产效益评价结果（按评价对象、名次；企业用户仅本企业） / a year's efficiency results, by population and rank")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<EfficiencyResultPage> efficiencyResults(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @NonNull @Description("年度 / year") Integer year,
            @Description("分类 / class") EfficiencyGrade grade,
            @Description("评价对象 / population") EfficiencyPopulation population,
            @Description("页码，从0开始 / page from 0") @DefaultValue("0") Integer page,
            @Description("每页条数 1–200 / page size 1–200") @DefaultValue("20") Integer size) {
        return gateway.efficiencyResults(park, year, grade, population, page, size);
    }

    @Query("efficiencyScheme")
    @Description("某年度适用的亩均效益评价办法 / the efficiency scheme in force for a year")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<EfficiencySchemeInForce> efficiencyScheme(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @NonNull @Description("年度 / year") Integer year) {
        return gateway.efficiencyScheme(park, year);
    }

    @Query("efficiencyEvaluation")
    @Description("年度评价汇总与A/B/C/D分布 / a year's evaluation and its class distribution")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<EfficiencyEvaluation> efficiencyEvaluation(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @NonNull @Description("年度 / year") Integer year) {
        return gateway.efficiencyEvaluation(park, year);
    }

    @Query("inefficientCandidates")
    @Description("低效用地处置候选：D类企业及其无在办案件的宗地 / class-D enterprises and their parcels without an open case")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<List<@NonNull InefficientCandidate>> inefficientCandidates(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @NonNull @Description("年度 / year") Integer year) {
        return gateway.inefficientCandidates(park, year);
    }

    @Mutation("setEfficiencyScheme")
    @Description("设定某年度评价办法（修改时带读取到的版本号） / set a year's scheme; pass the version read when changing")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull EfficiencySchemeInForce> setEfficiencyScheme(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @NonNull @Description("年度 / year") Integer year,
            @NonNull @Description("评价办法 / the scheme") EfficiencySchemeInput scheme,
            @Description("读取到的版本号（新设时省略） / version read, omitted when first set") Long version) {
        return gateway.setEfficiencyScheme(park, year, scheme, version);
    }

    @Mutation("evaluateEfficiency")
    @Description("对已结束年度进行亩产效益评价（重复评价替换结果） / evaluate a year that is over (again replaces the results)")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull EfficiencyEvaluation> evaluateEfficiency(
            @NonNull @Description("评价年度 / the year to evaluate") EfficiencyEvaluateInput input) {
        return gateway.evaluateEfficiency(input);
    }
}
