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
 * The hazard loop (隐患排查治理) and the inspection ledger for the web and mobile front ends, forwarded to
 * safety-service's subgraph. Thin: delegates to {@link SafetyGateway}. Roles are checked here, as the service's
 * own GraphQL API checks them; safety-service applies parks, the enterprise user's own-enterprise rule, the
 * transitions, versions and the four-eyes closing of a major hazard to the forwarded token. Root fields are
 * nullable so that one unavailable service leaves the rest of a query's answer intact.
 */
@GraphQLApi
public class SafetyGraphQLApi {

    private final SafetyGateway gateway;

    public SafetyGraphQLApi(SafetyGateway gateway) {
        this.gateway = gateway;
    }

    // ---- hazards ----

    @Query("hazards")
    @Description("隐患台账（筛选、分页；overdue 为今天逾期未销号的） / the hazard ledger, filtered and paged")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<HazardPage> hazards(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("筛选条件 / filters") HazardFilter filter,
            @Description("页码，从0开始 / page from 0") @DefaultValue("0") Integer page,
            @Description("每页条数 / page size") @DefaultValue("20") Integer size) {
        return gateway.hazards(park, filter, page, size);
    }

    @Query("hazard")
    @Description("隐患详情 / one hazard")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<Hazard> hazard(@NonNull @Id @Description("隐患ID / hazard id") String id) {
        return gateway.hazard(id);
    }

    @Query("hazardHistory")
    @Description("隐患处置记录 / the recorded steps of a hazard")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<@NonNull HazardEvent>> hazardHistory(@NonNull @Id @Description("隐患ID / hazard id") String id) {
        return gateway.hazardHistory(id);
    }

    @Query("hazardRectifications")
    @Description("隐患整改情况 / the rectification records of a hazard")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<@NonNull HazardRectification>> hazardRectifications(
            @NonNull @Id @Description("隐患ID / hazard id") String id) {
        return gateway.hazardRectifications(id);
    }

    @Query("hazardFiles")
    @Description("整改佐证文件（上传与下载仍经安全环保服务 REST 接口） / evidence files; upload and download stay on safety-service's REST API")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<@NonNull HazardEvidenceFile>> hazardFiles(@NonNull @Id @Description("隐患ID / hazard id") String id) {
        return gateway.hazardFiles(id);
    }

    @Query("majorCriteria")
    @Description("园区适用的重大隐患判定标准 / the major-hazard criteria in force for the park")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<@NonNull MajorCriterion>> majorCriteria(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park) {
        return gateway.majorCriteria(park);
    }

    @Mutation("raiseHazard")
    @Description("登记检查中发现的隐患（命中重大隐患判定标准即为重大隐患） / record a hazard found in an inspection")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull Hazard> raiseHazard(@NonNull @Description("隐患登记 / the hazard") HazardInput input) {
        return gateway.raiseHazard(input);
    }

    @Mutation("planHazard")
    @Description("治理方案（重大隐患整改前必须；传入读取时的版本号） / a hazard's remediation plan; pass the version read")
    @RolesAllowed({ "safety-officer", "admin", "enterprise-user" })
    public Uni<@NonNull Hazard> planHazard(@NonNull @Id @Description("隐患ID / hazard id") String id,
            @NonNull @Description("版本号（乐观锁） / version read") Long version,
            @NonNull @Description("治理方案 / the plan") PlanInput plan) {
        return gateway.planHazard(id, version, plan);
    }

    @Mutation("rectifyHazard")
    @Description("登记整改（completed 即申请复查；佐证文件经 REST 上传；传入读取时的版本号） / record a rectification; completed asks for review; evidence files are uploaded over REST")
    @RolesAllowed({ "safety-officer", "admin", "enterprise-user" })
    public Uni<@NonNull Hazard> rectifyHazard(@NonNull @Id @Description("隐患ID / hazard id") String id,
            @NonNull @Description("版本号（乐观锁） / version read") Long version,
            @NonNull @Description("整改情况 / the rectification") RectificationInput input) {
        return gateway.rectifyHazard(id, version, input);
    }

    @Mutation("reviewHazard")
    @Description("复查（未通过退回整改中；一般隐患通过即销号，重大隐患现场复查通过后待另一名干部或领导审批） / review a rectification")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull Hazard> reviewHazard(@NonNull @Id @Description("隐患ID / hazard id") String id,
            @NonNull @Description("版本号（乐观锁） / version read") Long version,
            @NonNull @Description("复查 / the review") ReviewInput input) {
        return gateway.reviewHazard(id, version, input);
    }

    @Mutation("approveHazardClosing")
    @Description("重大隐患销号审批（另一名安全环保干部或领导，不能是复查人） / approve the closing of a major hazard: a second officer or a leader, never its reviewer")
    @RolesAllowed({ "safety-officer", "leader", "admin" })
    public Uni<@NonNull Hazard> approveHazardClosing(@NonNull @Id @Description("隐患ID / hazard id") String id,
            @NonNull @Description("版本号（乐观锁） / version read") Long version,
            @NonNull @Description("销号审批 / the approval") ClosingApprovalInput input) {
        return gateway.approveHazardClosing(id, version, input);
    }

    @Mutation("escalateHazard")
    @Description("记录升级措施（通报、约谈、行政处罚） / record an escalation")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull HazardEscalation> escalateHazard(@NonNull @Id @Description("隐患ID / hazard id") String id,
            @NonNull @Description("升级措施 / the escalation") EscalationInput input) {
        return gateway.escalateHazard(id, input);
    }

    // ---- inspections ----

    @Query("inspections")
    @Description("检查台账（筛选、分页，最近的在前） / the inspection ledger, newest first, filtered and paged")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<InspectionPage> inspections(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("检查类型 / type") InspectionType type,
            @Description("检查领域 / domain") SafetyDomain domain,
            @Id @Description("企业ID / enterprise id") String enterpriseId,
            @Id @Description("专项行动ID / campaign id") String campaignId,
            @Description("检查日期起 / inspected from") LocalDate from,
            @Description("检查日期止 / inspected to") LocalDate to,
            @Description("页码，从0开始 / page from 0") @DefaultValue("0") Integer page,
            @Description("每页条数 / page size") @DefaultValue("20") Integer size) {
        return gateway.inspections(park, type, domain, enterpriseId, campaignId, from, to, page, size);
    }

    @Mutation("recordInspection")
    @Description("登记检查 / record an inspection")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull Inspection> recordInspection(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @NonNull @Description("检查记录 / the inspection") InspectionInput input) {
        return gateway.recordInspection(park, input);
    }
}
