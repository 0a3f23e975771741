package cn.yuanqu.gateway.safety;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.support.ByEnterprise;
import cn.yuanqu.gateway.support.Downstream;
import cn.yuanqu.gateway.support.DownstreamRejection;

/**
 * Calls to safety-service with fault tolerance: every call is time-limited and behind a circuit breaker; reads
 * (the subgraph's queries and the REST look-ups by enterprise) are retried on failures that are not the
 * service's own refusal; writes (mutations) never are. The subgraph's GraphQL errors become
 * {@link DownstreamRejection}s with the same code and message ({@link Downstream#rejection}); a look-up's 4xx
 * answer becomes one by status ({@link Downstream#restRejection}). Limits can be tuned per method through
 * MicroProfile config ({@code cn.yuanqu.gateway.safety.SafetyClient/hazards/Timeout/value=…}).
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 100, abortOn = DownstreamRejection.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
        skipOn = DownstreamRejection.class)
public class SafetyClient {

    private final SafetyLedgerApi api;
    private final SafetyApi lookups;

    SafetyClient(SafetyLedgerApi api, @RestClient SafetyApi lookups) {
        this.api = api;
        this.lookups = lookups;
    }

    public Uni<HazardPage> hazards(String authorization, String park, HazardFilter filter, Integer page, Integer size) {
        return api.hazards(authorization, park, filter, page, size).onFailure().transform(Downstream::rejection);
    }

    public Uni<Hazard> hazard(String authorization, String id) {
        return api.hazard(authorization, id).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<HazardEvent>> hazardHistory(String authorization, String id) {
        return api.hazardHistory(authorization, id).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<HazardRectification>> hazardRectifications(String authorization, String id) {
        return api.hazardRectifications(authorization, id).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<HazardEvidenceFile>> hazardFiles(String authorization, String id) {
        return api.hazardFiles(authorization, id).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<MajorCriterion>> majorCriteria(String authorization, String park) {
        return api.majorCriteria(authorization, park).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Hazard> raiseHazard(String authorization, HazardInput input) {
        return api.raiseHazard(authorization, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Hazard> planHazard(String authorization, String id, Long version, PlanInput plan) {
        return api.planHazard(authorization, id, version, plan).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Hazard> rectifyHazard(String authorization, String id, Long version, RectificationInput input) {
        return api.rectifyHazard(authorization, id, version, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Hazard> reviewHazard(String authorization, String id, Long version, ReviewInput input) {
        return api.reviewHazard(authorization, id, version, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Hazard> approveHazardClosing(String authorization, String id, Long version, ClosingApprovalInput input) {
        return api.approveHazardClosing(authorization, id, version, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<HazardEscalation> escalateHazard(String authorization, String id, EscalationInput input) {
        return api.escalateHazard(authorization, id, input).onFailure().transform(Downstream::rejection);
    }

    public Uni<InspectionPage> inspections(String authorization, String park, InspectionType type, SafetyDomain domain, String enterpriseId, String campaignId, LocalDate from, LocalDate to, Integer page, Integer size) {
        return api.inspections(authorization, park, type, domain, enterpriseId, campaignId, from, to, page, size).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Inspection> recordInspection(String authorization, String park, InspectionInput input) {
        return api.recordInspection(authorization, park, input).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<Campaign>> campaigns(String authorization, String park) {
        return api.campaigns(authorization, park).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Campaign> recordCampaign(String authorization, String park, CampaignInput input) {
        return api.recordCampaign(authorization, park, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Campaign> setCampaignResults(String authorization, String id, Long version, List<CampaignResultInput> results) {
        return api.setCampaignResults(authorization, id, version, results).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<MonitoringPoint>> monitoringPoints(String authorization, String park, String enterpriseId, PointKind kind) {
        return api.monitoringPoints(authorization, park, enterpriseId, kind).onFailure().transform(Downstream::rejection);
    }

    public Uni<MonitoringPoint> monitoringPoint(String authorization, String id) {
        return api.monitoringPoint(authorization, id).onFailure().transform(Downstream::rejection);
    }

    public Uni<MonitoringSamplePage> samples(String authorization, String park, String pointId, Boolean exceeded, LocalDate from, LocalDate to, Integer page, Integer size) {
        return api.samples(authorization, park, pointId, exceeded, from, to, page, size).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<MonitoringPoint> createMonitoringPoint(String authorization, String park, MonitoringPointInput input) {
        return api.createMonitoringPoint(authorization, park, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<MonitoringPoint> setPointLimits(String authorization, String id, Long version, List<PointLimitInput> limits) {
        return api.setPointLimits(authorization, id, version, limits).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<ResponsibilityLetter>> responsibilityLetters(String authorization, String park, Integer year) {
        return api.responsibilityLetters(authorization, park, year).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<SafetyUnmetDuty>> enterprisesWithoutLetter(String authorization, String park, Integer year) {
        return api.enterprisesWithoutLetter(authorization, park, year).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<SafetyTraining>> trainings(String authorization, String park, LocalDate from, LocalDate to) {
        return api.trainings(authorization, park, from, to).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<SafetyUnmetDuty>> untrainedEnterprises(String authorization, String park, LocalDate since) {
        return api.untrainedEnterprises(authorization, park, since).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<SafetyDrill>> drills(String authorization, String park, LocalDate from, LocalDate to) {
        return api.drills(authorization, park, from, to).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<ResponsibilityLetter> signResponsibilityLetter(String authorization, String park, LetterInput input) {
        return api.signResponsibilityLetter(authorization, park, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<SafetyTraining> recordTraining(String authorization, String park, TrainingInput input) {
        return api.recordTraining(authorization, park, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<SafetyDrill> recordDrill(String authorization, String park, DrillInput input) {
        return api.recordDrill(authorization, park, input).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<FeedbackItem>> feedbackItems(String authorization, String park, FeedbackStatus status, FeedbackSource source, Boolean overdue) {
        return api.feedbackItems(authorization, park, status, source, overdue).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<FeedbackItem> recordFeedbackItem(String authorization, String park, FeedbackInput input) {
        return api.recordFeedbackItem(authorization, park, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<FeedbackItem> moveFeedbackItem(String authorization, String id, Long version, FeedbackStepInput step) {
        return api.moveFeedbackItem(authorization, id, version, step).onFailure().transform(Downstream::rejection);
    }

    // ---- REST look-ups by enterprise (joins of 一企一档) ----

    public Uni<List<SafetyApi.Hazards>> hazardsOf(String authorization, List<String> enterpriseIds) {
        return lookups.hazards(authorization, ByEnterprise.body(enterpriseIds)).onFailure().transform(Downstream::restRejection)
                .map(json -> ByEnterprise.rows(json, SafetyApi.Hazards.class));
    }

    public Uni<List<SafetyApi.Inspections>> inspectionsOf(String authorization, List<String> enterpriseIds) {
        return lookups.inspections(authorization, ByEnterprise.body(enterpriseIds)).onFailure().transform(Downstream::restRejection)
                .map(json -> ByEnterprise.rows(json, SafetyApi.Inspections.class));
    }
}
