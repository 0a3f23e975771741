package cn.yuanqu.gateway.safety;

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
 * safety-service's other ledgers for the front ends — campaigns, environmental monitoring, responsibility
 * letters, trainings, drills and inspection-feedback items — and their workflow mutations, forwarded to its
 * subgraph. Thin: delegates to {@link SafetyGateway}; roles as the service's own GraphQL API has them.
 */
@GraphQLApi
public class SafetyRecordsGraphQLApi {

    private final SafetyGateway gateway;

    public SafetyRecordsGraphQLApi(SafetyGateway gateway) {
        this.gateway = gateway;
    }

    // ---- campaigns ----

    @Query("campaigns")
    @Description("专项行动及成果 / campaigns and their results")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<List<@NonNull Campaign>> campaigns(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park) {
        return gateway.campaigns(park);
    }

    @Mutation("recordCampaign")
    @Description("登记专项行动 / record a campaign")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull Campaign> recordCampaign(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @NonNull @Description("专项行动 / the campaign") CampaignInput input) {
        return gateway.recordCampaign(park, input);
    }

    @Mutation("setCampaignResults")
    @Description("专项行动成果（整体替换；传入读取时的版本号） / set a campaign's counted results; pass the version read")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull Campaign> setCampaignResults(@NonNull @Id @Description("专项行动ID / campaign id") String id,
            @NonNull @Description("版本号（乐观锁） / version read") Long version,
            @NonNull @Description("成果（替换原有） / the results, replacing the former ones") List<@NonNull CampaignResultInput> results) {
        return gateway.setCampaignResults(id, version, results);
    }

    // ---- environmental monitoring ----

    @Query("monitoringPoints")
    @Description("监测点（含限值） / monitoring points with their limits")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<@NonNull MonitoringPoint>> monitoringPoints(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Id @Description("所属企业ID / enterprise id") String enterpriseId,
            @Description("监测点类型 / kind") PointKind kind) {
        return gateway.monitoringPoints(park, enterpriseId, kind);
    }

    @Query("monitoringPoint")
    @Description("监测点详情（含限值） / one monitoring point with its limits")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<MonitoringPoint> monitoringPoint(@NonNull @Id @Description("监测点ID / point id") String id) {
        return gateway.monitoringPoint(id);
    }

    @Query("samples")
    @Description("监测数据（按采样时间倒序，分页） / samples, newest first, paged")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<MonitoringSamplePage> samples(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Id @Description("监测点ID / point id") String pointId,
            @Description("是否超标 / exceeded") Boolean exceeded,
            @Description("采样日期起 / from day") LocalDate from,
            @Description("采样日期止 / to day") LocalDate to,
            @Description("页码，从0开始 / page from 0") @DefaultValue("0") Integer page,
            @Description("每页条数 / page size") @DefaultValue("20") Integer size) {
        return gateway.samples(park, pointId, exceeded, from, to, page, size);
    }

    @Mutation("createMonitoringPoint")
    @Description("新建监测点（限值按所选标准生成） / create a monitoring point, limits seeded from its standard")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull MonitoringPoint> createMonitoringPoint(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @NonNull @Description("监测点 / the point") MonitoringPointInput input) {
        return gateway.createMonitoringPoint(park, input);
    }

    @Mutation("setPointLimits")
    @Description("调整监测点限值（整体替换；传入读取时的版本号） / replace a point's limits; pass the version read")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull MonitoringPoint> setPointLimits(@NonNull @Id @Description("监测点ID / point id") String id,
            @NonNull @Description("版本号（乐观锁） / version read") Long version,
            @NonNull @Description("限值 / the limits") List<@NonNull PointLimitInput> limits) {
        return gateway.setPointLimits(id, version, limits);
    }

    // ---- responsibility letters, trainings, drills ----

    @Query("responsibilityLetters")
    @Description("安全生产责任状（某年度） / the responsibility letters of a year")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<List<@NonNull ResponsibilityLetter>> responsibilityLetters(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @NonNull @Description("年度 / year") Integer year) {
        return gateway.responsibilityLetters(park, year);
    }

    @Query("enterprisesWithoutLetter")
    @Description("未签责任状的在营企业 / operating enterprises without a letter for the year")
    @RolesAllowed({ "leader", "safety-officer", "admin" })
    public Uni<List<@NonNull SafetyUnmetDuty>> enterprisesWithoutLetter(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @NonNull @Description("年度 / year") Integer year) {
        return gateway.enterprisesWithoutLetter(park, year);
    }

    @Query("trainings")
    @Description("培训与警示教育（日期范围内） / trainings and warning-education sessions between two dates")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<List<@NonNull SafetyTraining>> trainings(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @NonNull @Description("起始日期 / from") LocalDate from, @NonNull @Description("截止日期 / to") LocalDate to) {
        return gateway.trainings(park, from, to);
    }

    @Query("untrainedEnterprises")
    @Description("新入园未培训企业 / new enterprises not trained since they settled")
    @RolesAllowed({ "leader", "safety-officer", "admin" })
    public Uni<List<@NonNull SafetyUnmetDuty>> untrainedEnterprises(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @NonNull @Description("入园日期不早于 / settled since") LocalDate since) {
        return gateway.untrainedEnterprises(park, since);
    }

    @Query("drills")
    @Description("应急演练（日期范围内） / emergency drills between two dates")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<List<@NonNull SafetyDrill>> drills(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @NonNull @Description("起始日期 / from") LocalDate from, @NonNull @Description("截止日期 / to") LocalDate to) {
        return gateway.drills(park, from, to);
    }

    @Mutation("signResponsibilityLetter")
    @Description("记录责任状（每企业每年一份） / record a responsibility letter, one per enterprise and year")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull ResponsibilityLetter> signResponsibilityLetter(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @NonNull @Description("责任状 / the letter") LetterInput input) {
        return gateway.signResponsibilityLetter(park, input);
    }

    @Mutation("recordTraining")
    @Description("记录培训或警示教育 / record a training session")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull SafetyTraining> recordTraining(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @NonNull @Description("培训 / the session") TrainingInput input) {
        return gateway.recordTraining(park, input);
    }

    @Mutation("recordDrill")
    @Description("记录应急演练 / record a drill")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull SafetyDrill> recordDrill(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @NonNull @Description("演练 / the drill") DrillInput input) {
        return gateway.recordDrill(park, input);
    }

    // ---- inspection-feedback items ----

    @Query("feedbackItems")
    @Description("督察反馈问题清单 / inspection-feedback items")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<List<@NonNull FeedbackItem>> feedbackItems(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("状态 / status") FeedbackStatus status, @Description("来源 / source") FeedbackSource source,
            @Description("今天逾期未销号 / overdue today") Boolean overdue) {
        return gateway.feedbackItems(park, status, source, overdue);
    }

    @Mutation("recordFeedbackItem")
    @Description("登记督察反馈问题 / record a feedback item")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull FeedbackItem> recordFeedbackItem(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @NonNull @Description("反馈问题 / the item") FeedbackInput input) {
        return gateway.recordFeedbackItem(park, input);
    }

    @Mutation("moveFeedbackItem")
    @Description("已整改、销号或退回（传入读取时的版本号） / rectified, closed or sent back; pass the version read")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull FeedbackItem> moveFeedbackItem(@NonNull @Id @Description("问题ID / item id") String id,
            @NonNull @Description("版本号（乐观锁） / version read") Long version,
            @NonNull @Description("处置 / the step") FeedbackStepInput step) {
        return gateway.moveFeedbackItem(id, version, step);
    }
}
