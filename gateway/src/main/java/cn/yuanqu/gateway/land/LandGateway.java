package cn.yuanqu.gateway.land;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.support.CallerToken;
import cn.yuanqu.gateway.support.Downstream;

/**
 * The gateway's application layer for land-service's ledgers and workflow: forwards the caller's token and reports
 * an unreachable land-service as {@code service-unavailable} naming it, for the fields that need it only.
 */
@ApplicationScoped
public class LandGateway {

    static final String SERVICE = "land-service";
    static final String SERVICE_ZH = "土地服务";

    private final LandLedgerClient client;
    private final CallerToken token;

    public LandGateway(LandLedgerClient client, CallerToken token) {
        this.client = client;
        this.token = token;
    }

    public Uni<ParcelPage> parcels(String park, ParcelStatus status, String holderId, Integer page, Integer size) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.parcels(auth, park, status, holderId, page, size));
    }

    public Uni<Parcel> parcel(String id) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.parcel(auth, id));
    }

    public Uni<List<ParcelEvent>> parcelHistory(String id) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.parcelHistory(auth, id));
    }

    public Uni<IdleAssessment> idleAssessment(String parcelId, LocalDate asOf) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.idleAssessment(auth, parcelId, asOf));
    }

    public Uni<List<Parcel>> parcelsByCodes(List<ParcelRefInput> refs) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.parcelsByCodes(auth, refs));
    }

    public Uni<Parcel> registerParcel(String park, ParcelInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.registerParcel(auth, park, input));
    }

    public Uni<Parcel> correctParcel(String id, long version, ParcelFactsInput facts) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.correctParcel(auth, id, version, facts));
    }

    public Uni<Parcel> moveParcel(String id, long version, ParcelStepInput step) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.moveParcel(auth, id, version, step));
    }

    public Uni<LandCasePage> landCases(String park, LandCaseStatus status, LandCaseKind kind, String parcelId,
            Integer page, Integer size) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.landCases(auth, park, status, kind, parcelId,
            page, size));
    }

    public Uni<LandCase> landCase(String id) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.landCase(auth, id));
    }

    public Uni<List<LandCaseEvent>> landCaseHistory(String id) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.landCaseHistory(auth, id));
    }

    public Uni<List<IdleCandidate>> idleCandidates(String park, LocalDate asOf) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.idleCandidates(auth, park, asOf));
    }

    public Uni<DisposalTarget> disposalTarget(String park, Integer year) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.disposalTarget(auth, park, year));
    }

    public Uni<LandCase> openLandCase(String park, OpenLandCaseInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.openLandCase(auth, park, input));
    }

    public Uni<LandCase> moveLandCase(String id, long version, LandCaseStepInput step) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.moveLandCase(auth, id, version, step));
    }

    public Uni<DisposalTarget> setDisposalTarget(String park, Integer year, DisposalTargetInput input, Long version) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.setDisposalTarget(auth, park, year, input, version));
    }

    public Uni<List<FactoryBuilding>> factoryBuildings(String park) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.factoryBuildings(auth, park));
    }

    public Uni<LeasePage> leases(String park, String enterpriseId, Boolean active, Integer page, Integer size) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.leases(auth, park, enterpriseId, active, page, size));
    }

    public Uni<LeaseLedger> leaseLedger(String id) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.leaseLedger(auth, id));
    }

    public Uni<List<Lease>> leaseArrears(String park, LocalDate asOf) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.leaseArrears(auth, park, asOf));
    }

    public Uni<FactoryBuilding> registerFactoryBuilding(String park, FactoryBuildingInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.registerFactoryBuilding(auth, park, input));
    }

    public Uni<Lease> signLease(String park, LeaseInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.signLease(auth, park, input));
    }

    public Uni<LeasePayment> recordLeasePayment(String leaseId, LeasePaymentInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.recordLeasePayment(auth, leaseId, input));
    }

    public Uni<Lease> endLease(String id, long version, LeaseEndInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.endLease(auth, id, version, input));
    }

    public Uni<EfficiencyResultPage> efficiencyResults(String park, Integer year, EfficiencyGrade grade,
            EfficiencyPopulation population, Integer page, Integer size) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.efficiencyResults(auth, park, year, grade,
            population, page, size));
    }

    public Uni<EfficiencySchemeInForce> efficiencyScheme(String park, Integer year) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.efficiencyScheme(auth, park, year));
    }

    public Uni<EfficiencyEvaluation> efficiencyEvaluation(String park, Integer year) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.efficiencyEvaluation(auth, park, year));
    }

    public Uni<List<InefficientCandidate>> inefficientCandidates(String park, Integer year) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.inefficientCandidates(auth, park, year));
    }

    public Uni<EfficiencySchemeInForce> setEfficiencyScheme(String park, Integer year,
            EfficiencySchemeInput scheme, Long version) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.setEfficiencyScheme(auth, park, year, scheme,
            version));
    }

    public Uni<EfficiencyEvaluation> evaluateEfficiency(EfficiencyEvaluateInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.evaluateEfficiency(auth, input));
    }
}
