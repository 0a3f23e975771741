package cn.yuanqu.gateway.land;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import io.smallrye.mutiny.Uni;

/**
 * land-service's subgraph (ledgers and workflow) as a typed GraphQL client, its argument names and types mirrored
 * exactly: inputs carry the subgraph's names in {@code @Input}; the typed client names an enum argument by its Java
 * simple name, so the two enums the gateway renames ({@link LandCaseStatus}, {@link LandCaseKind}) travel as the
 * subgraph's {@link CaseStatus} and {@link CaseKind}. Package-private: only
 * {@link LandLedgerClient} (fault tolerance, error mapping) uses it. Every call carries the caller's
 * {@code Authorization} header.
 */
@GraphQLClientApi(configKey = "land-ledger")
interface LandLedgerApi {

    // 宗地 parcels

    @Query("parcels")
    Uni<ParcelPage> parcels(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("status") ParcelStatus status, @Name("holderId") @Id String holderId, @Name("page") Integer page,
            @Name("size") Integer size);

    @Query("parcel")
    Uni<Parcel> parcel(@Header(name = "Authorization") String authorization, @Name("id") @NonNull @Id String id);

    @Query("parcelHistory")
    Uni<List<ParcelEvent>> parcelHistory(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id);

    @Query("idleAssessment")
    Uni<IdleAssessment> idleAssessment(@Header(name = "Authorization") String authorization,
            @Name("parcelId") @NonNull @Id String parcelId, @Name("asOf") LocalDate asOf);

    @Query("parcelsByCodes")
    Uni<List<Parcel>> parcelsByCodes(@Header(name = "Authorization") String authorization,
            @Name("refs") @NonNull List<@NonNull ParcelRefInput> refs);

    @Mutation("registerParcel")
    Uni<Parcel> registerParcel(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("input") @NonNull ParcelInput input);

    @Mutation("correctParcel")
    Uni<Parcel> correctParcel(@Header(name = "Authorization") String authorization, @Name("id") @NonNull @Id String id,
            @Name("version") @NonNull Long version, @Name("facts") @NonNull ParcelFactsInput facts);

    @Mutation("moveParcel")
    Uni<Parcel> moveParcel(@Header(name = "Authorization") String authorization, @Name("id") @NonNull @Id String id,
            @Name("version") @NonNull Long version, @Name("step") @NonNull ParcelStepInput step);

    // 闲置低效用地处置 land cases

    @Query("landCases")
    Uni<LandCasePage> landCases(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("status") CaseStatus status, @Name("kind") CaseKind kind, @Name("parcelId") @Id String parcelId,
            @Name("page") Integer page, @Name("size") Integer size);

    @Query("landCase")
    Uni<LandCase> landCase(@Header(name = "Authorization") String authorization, @Name("id") @NonNull @Id String id);

    @Query("landCaseHistory")
    Uni<List<LandCaseEvent>> landCaseHistory(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id);

    @Query("idleCandidates")
    Uni<List<IdleCandidate>> idleCandidates(@Header(name = "Authorization") String authorization,
            @Name("park") String park, @Name("asOf") LocalDate asOf);

    @Query("disposalTarget")
    Uni<DisposalTarget> disposalTarget(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("year") @NonNull Integer year);

    @Mutation("openLandCase")
    Uni<LandCase> openLandCase(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("input") @NonNull OpenLandCaseInput input);

    @Mutation("moveLandCase")
    Uni<LandCase> moveLandCase(@Header(name = "Authorization") String authorization, @Name("id") @NonNull @Id String id,
            @Name("version") @NonNull Long version, @Name("step") @NonNull LandCaseStepInput step);

    @Mutation("setDisposalTarget")
    Uni<DisposalTarget> setDisposalTarget(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("year") @NonNull Integer year, @Name("input") @NonNull DisposalTargetInput input,
            @Name("version") Long version);

    // 标准厂房 factories and leases

    @Query("factoryBuildings")
    Uni<List<FactoryBuilding>> factoryBuildings(@Header(name = "Authorization") String authorization,
            @Name("park") String park);

    @Query("leases")
    Uni<LeasePage> leases(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("enterpriseId") @Id String enterpriseId, @Name("active") Boolean active, @Name("page") Integer page,
            @Name("size") Integer size);

    @Query("leaseLedger")
    Uni<LeaseLedger> leaseLedger(@Header(name = "Authorization") String authorization, @Name("id") @NonNull @Id String id);

    @Query("leaseArrears")
    Uni<List<Lease>> leaseArrears(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("asOf") LocalDate asOf);

    @Mutation("registerFactoryBuilding")
    Uni<FactoryBuilding> registerFactoryBuilding(@Header(name = "Authorization") String authorization,
            @Name("park") String park, @Name("input") @NonNull FactoryBuildingInput input);

    @Mutation("signLease")
    Uni<Lease> signLease(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("input") @NonNull LeaseInput input);

    @Mutation("recordLeasePayment")
    Uni<LeasePayment> recordLeasePayment(@Header(name = "Authorization") String authorization,
            @Name("leaseId") @NonNull @Id String leaseId, @Name("input") @NonNull LeasePaymentInput input);

    @Mutation("endLease")
    Uni<Lease> endLease(@Header(name = "Authorization") String authorization, @Name("id") @NonNull @Id String id,
            @Name("version") @NonNull Long version, @Name("input") @NonNull LeaseEndInput input);

    // 亩产效益 efficiency

    @Query("efficiencyResults")
    Uni<EfficiencyResultPage> efficiencyResults(@Header(name = "Authorization") String authorization,
            @Name("park") String park, @Name("year") @NonNull Integer year, @Name("grade") EfficiencyGrade grade,
            @Name("population") EfficiencyPopulation population, @Name("page") Integer page, @Name("size") Integer size);

    @Query("efficiencyScheme")
    Uni<EfficiencySchemeInForce> efficiencyScheme(@Header(name = "Authorization") String authorization,
            @Name("park") String park, @Name("year") @NonNull Integer year);

    @Query("efficiencyEvaluation")
    Uni<EfficiencyEvaluation> efficiencyEvaluation(@Header(name = "Authorization") String authorization,
            @Name("park") String park, @Name("year") @NonNull Integer year);

    @Query("inefficientCandidates")
    Uni<List<InefficientCandidate>> inefficientCandidates(@Header(name = "Authorization") String authorization,
            @Name("park") String park, @Name("year") @NonNull Integer year);

    @Mutation("setEfficiencyScheme")
    Uni<EfficiencySchemeInForce> setEfficiencyScheme(@Header(name = "Authorization") String authorization,
            @Name("park") String park, @Name("year") @NonNull Integer year, @Name("scheme") @NonNull EfficiencySchemeInput scheme,
            @Name("version") Long version);

    @Mutation("evaluateEfficiency")
    Uni<EfficiencyEvaluation> evaluateEfficiency(@Header(name = "Authorization") String authorization,
            @Name("input") @NonNull EfficiencyEvaluateInput input);
}
