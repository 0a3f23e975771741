package cn.yuanqu.gateway.safety;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.support.CallerToken;
import cn.yuanqu.gateway.support.Downstream;

/**
 * The gateway's application layer for safety-service (安全环保): forwards the caller's token and reports an
 * unreachable safety-service as {@code service-unavailable} naming it, for the fields that need it only (other
 * fields of the same query still answer). The service applies parks, roles and the enterprise user's
 * own-enterprise rule to the forwarded token.
 */
@ApplicationScoped
public class SafetyGateway {

    static final String SERVICE = "safety-service";
    static final String SERVICE_ZH = "安全环保服务";

    private final SafetyClient client;
    private final CallerToken token;

    public SafetyGateway(SafetyClient client, CallerToken token) {
        this.client = client;
        this.token = token;
    }

    public Uni<HazardPage> hazards(String park, HazardFilter filter, Integer page, Integer size) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.hazards(auth, park, filter, page, size));
    }

    public Uni<Hazard> hazard(String id) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.hazard(auth, id));
    }

    public Uni<List<HazardEvent>> hazardHistory(String id) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.hazardHistory(auth, id));
    }

    public Uni<List<HazardRectification>> hazardRectifications(String id) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.hazardRectifications(auth, id));
    }

    public Uni<List<HazardEvidenceFile>> hazardFiles(String id) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.hazardFiles(auth, id));
    }

    public Uni<List<MajorCriterion>> majorCriteria(String park) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.majorCriteria(auth, park));
    }

    public Uni<Hazard> raiseHazard(HazardInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.raiseHazard(auth, input));
    }

    public Uni<Hazard> planHazard(String id, Long version, PlanInput plan) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.planHazard(auth, id, version, plan));
    }

    public Uni<Hazard> rectifyHazard(String id, Long version, RectificationInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.rectifyHazard(auth, id, version, input));
    }

    public Uni<Hazard> reviewHazard(String id, Long version, ReviewInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.reviewHazard(auth, id, version, input));
    }

    public Uni<Hazard> approveHazardClosing(String id, Long version, ClosingApprovalInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.approveHazardClosing(auth, id, version, input));
    }

    public Uni<HazardEscalation> escalateHazard(String id, EscalationInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.escalateHazard(auth, id, input));
    }

    public Uni<InspectionPage> inspections(String park, InspectionType type, SafetyDomain domain, String enterpriseId, String campaignId, LocalDate from, LocalDate to, Integer page, Integer size) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.inspections(auth, park, type, domain, enterpriseId, campaignId, from, to, page, size));
    }

    public Uni<Inspection> recordInspection(String park, InspectionInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.recordInspection(auth, park, input));
    }

    public Uni<List<Campaign>> campaigns(String park) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.campaigns(auth, park));
    }

    public Uni<Campaign> recordCampaign(String park, CampaignInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.recordCampaign(auth, park, input));
    }

    public Uni<Campaign> setCampaignResults(String id, Long version, List<CampaignResultInput> results) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.setCampaignResults(auth, id, version, results));
    }

    public Uni<List<MonitoringPoint>> monitoringPoints(String park, String enterpriseId, PointKind kind) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.monitoringPoints(auth, park, enterpriseId, kind));
    }

    public Uni<MonitoringPoint> monitoringPoint(String id) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.monitoringPoint(auth, id));
    }

    public Uni<MonitoringSamplePage> samples(String park, String pointId, Boolean exceeded, LocalDate from, LocalDate to, Integer page, Integer size) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.samples(auth, park, pointId, exceeded, from, to, page, size));
    }

    public Uni<MonitoringPoint> createMonitoringPoint(String park, MonitoringPointInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.createMonitoringPoint(auth, park, input));
    }

    public Uni<MonitoringPoint> setPointLimits(String id, Long version, List<PointLimitInput> limits) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.setPointLimits(auth, id, version, limits));
    }

    public Uni<List<ResponsibilityLetter>> responsibilityLetters(String park, Integer year) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.responsibilityLetters(auth, park, year));
    }

    public Uni<List<SafetyUnmetDuty>> enterprisesWithoutLetter(String park, Integer year) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.enterprisesWithoutLetter(auth, park, year));
    }

    public Uni<List<SafetyTraining>> trainings(String park, LocalDate from, LocalDate to) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.trainings(auth, park, from, to));
    }

    public Uni<List<SafetyUnmetDuty>> untrainedEnterprises(String park, LocalDate since) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.untrainedEnterprises(auth, park, since));
    }

    public Uni<List<SafetyDrill>> drills(String park, LocalDate from, LocalDate to) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.drills(auth, park, from, to));
    }

    public Uni<ResponsibilityLetter> signResponsibilityLetter(String park, LetterInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.signResponsibilityLetter(auth, park, input));
    }

    public Uni<SafetyTraining> recordTraining(String park, TrainingInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.recordTraining(auth, park, input));
    }

    public Uni<SafetyDrill> recordDrill(String park, DrillInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.recordDrill(auth, park, input));
    }

    public Uni<List<FeedbackItem>> feedbackItems(String park, FeedbackStatus status, FeedbackSource source, Boolean overdue) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.feedbackItems(auth, park, status, source, overdue));
    }

    public Uni<FeedbackItem> recordFeedbackItem(String park, FeedbackInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.recordFeedbackItem(auth, park, input));
    }

    public Uni<FeedbackItem> moveFeedbackItem(String id, Long version, FeedbackStepInput step) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.moveFeedbackItem(auth, id, version, step));
    }
}
