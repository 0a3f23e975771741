package cn.yuanqu.gateway.land;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.support.Downstream;
import cn.yuanqu.gateway.support.DownstreamRejection;

/**
 * Calls to land-service's subgraph (ledgers and workflow) with fault tolerance: every call is time-limited and
 * behind a circuit breaker; reads are retried on failures that are not the service's own refusal; writes never
 * are. The service's GraphQL errors become {@link DownstreamRejection}s (same code and message).
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 100, abortOn = DownstreamRejection.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
        skipOn = DownstreamRejection.class)
public class LandLedgerClient {

    private final LandLedgerApi api;

    LandLedgerClient(LandLedgerApi api) {
        this.api = api;
    }

    public Uni<ParcelPage> parcels(String authorization, String park, ParcelStatus status, String holderId,
            Integer page, Integer size) {
        return api.parcels(authorization, park, status, holderId, page,
            size).onFailure().transform(Downstream::rejection);
    }

    public Uni<Parcel> parcel(String authorization, String id) {
        return api.parcel(authorization, id).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<ParcelEvent>> parcelHistory(String authorization, String id) {
        return api.parcelHistory(authorization, id).onFailure().transform(Downstream::rejection);
    }

    public Uni<IdleAssessment> idleAssessment(String authorization, String parcelId, LocalDate asOf) {
        return api.idleAssessment(authorization, parcelId, asOf).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<Parcel>> parcelsByCodes(String authorization, List<ParcelRefInput> refs) {
        return api.parcelsByCodes(authorization, refs).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Parcel> registerParcel(String authorization, String park, ParcelInput input) {
        return api.registerParcel(authorization, park, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Parcel> correctParcel(String authorization, String id, long version, ParcelFactsInput facts) {
        return api.correctParcel(authorization, id, version, facts).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Parcel> moveParcel(String authorization, String id, long version, ParcelStepInput step) {
        return api.moveParcel(authorization, id, version, step).onFailure().transform(Downstream::rejection);
    }

    public Uni<LandCasePage> landCases(String authorization, String park, LandCaseStatus status,
            LandCaseKind kind, String parcelId, Integer page, Integer size) {
        return api.landCases(authorization, park, CaseStatus.of(status), CaseKind.of(kind), parcelId, page, size)
                .onFailure().transform(Downstream::rejection);
    }

    public Uni<LandCase> landCase(String authorization, String id) {
        return api.landCase(authorization, id).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<LandCaseEvent>> landCaseHistory(String authorization, String id) {
        return api.landCaseHistory(authorization, id).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<IdleCandidate>> idleCandidates(String authorization, String park, LocalDate asOf) {
        return api.idleCandidates(authorization, park, asOf).onFailure().transform(Downstream::rejection);
    }

    public Uni<DisposalTarget> disposalTarget(String authorization, String park, Integer year) {
        return api.disposalTarget(authorization, park, year).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<LandCase> openLandCase(String authorization, String park, OpenLandCaseInput input) {
        return api.openLandCase(authorization, park, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<LandCase> moveLandCase(String authorization, String id, long version, LandCaseStepInput step) {
        return api.moveLandCase(authorization, id, version, step).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<DisposalTarget> setDisposalTarget(String authorization, String park, Integer year,
            DisposalTargetInput input, Long version) {
        return api.setDisposalTarget(authorization, park, year, input,
            version).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<FactoryBuilding>> factoryBuildings(String authorization, String park) {
        return api.factoryBuildings(authorization, park).onFailure().transform(Downstream::rejection);
    }

    public Uni<LeasePage> leases(String authorization, String park, String enterpriseId, Boolean active,
            Integer page, Integer size) {
        return api.leases(authorization, park, enterpriseId, active, page,
            size).onFailure().transform(Downstream::rejection);
    }

    public Uni<LeaseLedger> leaseLedger(String authorization, String id) {
        return api.leaseLedger(authorization, id).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<Lease>> leaseArrears(String authorization, String park, LocalDate asOf) {
        return api.leaseArrears(authorization, park, asOf).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<FactoryBuilding> registerFactoryBuilding(String authorization, String park, FactoryBuildingInput input) {
        return api.registerFactoryBuilding(authorization, park, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Lease> signLease(String authorization, String park, LeaseInput input) {
        return api.signLease(authorization, park, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<LeasePayment> recordLeasePayment(String authorization, String leaseId, LeasePaymentInput input) {
        return api.recordLeasePayment(authorization, leaseId, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Lease> endLease(String authorization, String id, long version, LeaseEndInput input) {
        return api.endLease(authorization, id, version, input).onFailure().transform(Downstream::rejection);
    }

    public Uni<EfficiencyResultPage> efficiencyResults(String authorization, String park, Integer year,
            EfficiencyGrade grade, EfficiencyPopulation population, Integer page, Integer size) {
        return api.efficiencyResults(authorization, park, year, grade, population, page,
            size).onFailure().transform(Downstream::rejection);
    }

    public Uni<EfficiencySchemeInForce> efficiencyScheme(String authorization, String park, Integer year) {
        return api.efficiencyScheme(authorization, park, year).onFailure().transform(Downstream::rejection);
    }

    public Uni<EfficiencyEvaluation> efficiencyEvaluation(String authorization, String park, Integer year) {
        return api.efficiencyEvaluation(authorization, park, year).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<InefficientCandidate>> inefficientCandidates(String authorization, String park, Integer year) {
        return api.inefficientCandidates(authorization, park, year).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<EfficiencySchemeInForce> setEfficiencyScheme(String authorization, String park, Integer year,
            EfficiencySchemeInput scheme, Long version) {
        return api.setEfficiencyScheme(authorization, park, year, scheme,
            version).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<EfficiencyEvaluation> evaluateEfficiency(String authorization, EfficiencyEvaluateInput input) {
        return api.evaluateEfficiency(authorization, input).onFailure().transform(Downstream::rejection);
    }
}
