package cn.yuanqu.gateway.safety;

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
 * safety-service's subgraph (ledgers and workflow) as a typed GraphQL client, its argument names and types
 * mirrored exactly. Package-private: only {@link SafetyClient} (fault tolerance, error mapping) uses it. Every
 * call carries the caller's {@code Authorization} header.
 */
@GraphQLClientApi(configKey = "safety-ledger")
interface SafetyLedgerApi {

    // ---- hazards ----

    @Query("hazards")
    Uni<HazardPage> hazards(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("filter") HazardFilter filter, @Name("page") Integer page, @Name("size") Integer size);

    @Query("hazard")
    Uni<Hazard> hazard(@Header(name = "Authorization") String authorization, @Name("id") @NonNull @Id String id);

    @Query("hazardHistory")
    Uni<List<HazardEvent>> hazardHistory(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id);

    @Query("hazardRectifications")
    Uni<List<HazardRectification>> hazardRectifications(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id);

    @Query("hazardFiles")
    Uni<List<HazardEvidenceFile>> hazardFiles(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id);

    @Query("majorCriteria")
    Uni<List<MajorCriterion>> majorCriteria(@Header(name = "Authorization") String authorization, @Name("park") String park);

    @Mutation("raiseHazard")
    Uni<Hazard> raiseHazard(@Header(name = "Authorization") String authorization, @Name("input") @NonNull HazardInput input);

    @Mutation("planHazard")
    Uni<Hazard> planHazard(@Header(name = "Authorization") String authorization, @Name("id") @NonNull @Id String id,
            @Name("version") @NonNull Long version, @Name("plan") @NonNull PlanInput plan);

    @Mutation("rectifyHazard")
    Uni<Hazard> rectifyHazard(@Header(name = "Authorization") String authorization, @Name("id") @NonNull @Id String id,
            @Name("version") @NonNull Long version, @Name("input") @NonNull RectificationInput input);

    @Mutation("reviewHazard")
    Uni<Hazard> reviewHazard(@Header(name = "Authorization") String authorization, @Name("id") @NonNull @Id String id,
            @Name("version") @NonNull Long version, @Name("input") @NonNull ReviewInput input);

    @Mutation("approveHazardClosing")
    Uni<Hazard> approveHazardClosing(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id, @Name("version") @NonNull Long version,
            @Name("input") @NonNull ClosingApprovalInput input);

    @Mutation("escalateHazard")
    Uni<HazardEscalation> escalateHazard(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id, @Name("input") @NonNull EscalationInput input);

    // ---- inspections and campaigns ----

    @Query("inspections")
    Uni<InspectionPage> inspections(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("type") InspectionType type, @Name("domain") SafetyDomain domain,
            @Name("enterpriseId") @Id String enterpriseId, @Name("campaignId") @Id String campaignId,
            @Name("from") LocalDate from, @Name("to") LocalDate to, @Name("page") Integer page, @Name("size") Integer size);

    @Mutation("recordInspection")
    Uni<Inspection> recordInspection(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("input") @NonNull InspectionInput input);

    @Query("campaigns")
    Uni<List<Campaign>> campaigns(@Header(name = "Authorization") String authorization, @Name("park") String park);

    @Mutation("recordCampaign")
    Uni<Campaign> recordCampaign(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("input") @NonNull CampaignInput input);

    @Mutation("setCampaignResults")
    Uni<Campaign> setCampaignResults(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id, @Name("version") @NonNull Long version,
            @Name("results") @NonNull List<@NonNull CampaignResultInput> results);

    // ---- monitoring ----

    @Query("monitoringPoints")
    Uni<List<MonitoringPoint>> monitoringPoints(@Header(name = "Authorization") String authorization,
            @Name("park") String park, @Name("enterpriseId") @Id String enterpriseId, @Name("kind") PointKind kind);

    @Query("monitoringPoint")
    Uni<MonitoringPoint> monitoringPoint(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id);

    @Query("samples")
    Uni<MonitoringSamplePage> samples(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("pointId") @Id String pointId, @Name("exceeded") Boolean exceeded, @Name("from") LocalDate from,
            @Name("to") LocalDate to, @Name("page") Integer page, @Name("size") Integer size);

    @Mutation("createMonitoringPoint")
    Uni<MonitoringPoint> createMonitoringPoint(@Header(name = "Authorization") String authorization,
            @Name("park") String park, @Name("input") @NonNull MonitoringPointInput input);

    @Mutation("setPointLimits")
    Uni<MonitoringPoint> setPointLimits(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id, @Name("version") @NonNull Long version,
            @Name("limits") @NonNull List<@NonNull PointLimitInput> limits);

    // ---- duties: letters, trainings, drills ----

    @Query("responsibilityLetters")
    Uni<List<ResponsibilityLetter>> responsibilityLetters(@Header(name = "Authorization") String authorization,
            @Name("park") String park, @Name("year") @NonNull Integer year);

    @Query("enterprisesWithoutLetter")
    Uni<List<SafetyUnmetDuty>> enterprisesWithoutLetter(@Header(name = "Authorization") String authorization,
            @Name("park") String park, @Name("year") @NonNull Integer year);

    @Query("trainings")
    Uni<List<SafetyTraining>> trainings(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("from") @NonNull LocalDate from, @Name("to") @NonNull LocalDate to);

    @Query("untrainedEnterprises")
    Uni<List<SafetyUnmetDuty>> untrainedEnterprises(@Header(name = "Authorization") String authorization,
            @Name("park") String park, @Name("since") @NonNull LocalDate since);

    @Query("drills")
    Uni<List<SafetyDrill>> drills(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("from") @NonNull LocalDate from, @Name("to") @NonNull LocalDate to);

    @Mutation("signResponsibilityLetter")
    Uni<ResponsibilityLetter> signResponsibilityLetter(@Header(name = "Authorization") String authorization,
            @Name("park") String park, @Name("input") @NonNull LetterInput input);

    @Mutation("recordTraining")
    Uni<SafetyTraining> recordTraining(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("input") @NonNull TrainingInput input);

    @Mutation("recordDrill")
    Uni<SafetyDrill> recordDrill(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("input") @NonNull DrillInput input);

    // ---- feedback items ----

    @Query("feedbackItems")
    Uni<List<FeedbackItem>> feedbackItems(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("status") FeedbackStatus status, @Name("source") FeedbackSource source, @Name("overdue") Boolean overdue);

    @Mutation("recordFeedbackItem")
    Uni<FeedbackItem> recordFeedbackItem(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("input") @NonNull FeedbackInput input);

    @Mutation("moveFeedbackItem")
    Uni<FeedbackItem> moveFeedbackItem(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id, @Name("version") @NonNull Long version,
            @Name("step") @NonNull FeedbackStepInput step);
}
