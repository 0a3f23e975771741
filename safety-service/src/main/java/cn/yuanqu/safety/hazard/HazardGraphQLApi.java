package cn.yuanqu.safety.hazard;

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

import cn.yuanqu.platform.graphql.OneQueryAtATime;
import cn.yuanqu.platform.paging.PageRequest;
import cn.yuanqu.safety.enterprise.EnterpriseRef;

/** Hazards and their rectification loop in the subgraph. Thin: delegates to {@link HazardService}. */
@GraphQLApi
@OneQueryAtATime
public class HazardGraphQLApi {

    private final HazardService service;
    private final CriteriaService criteria;
    private final EvidenceService evidence;

    public HazardGraphQLApi(HazardService service, CriteriaService criteria, EvidenceService evidence) {
        this.service = service;
        this.criteria = criteria;
        this.evidence = evidence;
    }

    @Query("hazards")
    @Description("隐患台账（overdue 为今天逾期未销号的） / the hazard ledger")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull HazardPage> hazards(String park, @Valid HazardFilter filter, @DefaultValue("0") Integer page,
            @DefaultValue("20") Integer size) {
        return service.list(park, filter, PageRequest.of(page, size, null)).map(HazardPage::of);
    }

    @Query("hazard")
    @Description("隐患 / one hazard")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull HazardView> hazard(@NonNull @Id String id) {
        return service.get(id);
    }

    @Query("hazardHistory")
    @Description("隐患处置记录 / the recorded steps of a hazard")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull HazardEventView>> hazardHistory(@NonNull @Id String id) {
        return service.history(id);
    }

    @Query("hazardRectifications")
    @Description("隐患整改情况 / the rectification records of a hazard")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull RectificationView>> hazardRectifications(@NonNull @Id String id) {
        return service.rectifications(id);
    }

    @Query("hazardFiles")
    @Description("整改佐证文件（内容经 REST 下载） / evidence files; the content is downloaded over REST")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull EvidenceFileView>> hazardFiles(@NonNull @Id String id) {
        return evidence.list(id);
    }

    @Query("majorCriteria")
    @Description("园区适用的重大隐患判定标准 / the major-hazard criteria in force for the park")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull CriterionView>> majorCriteria(String park) {
        return criteria.list(park);
    }

    /** The hazards of each enterprise of a result, in one query for all of them. */
    @Name("hazards")
    @Description("企业隐患 / the enterprise's hazards")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<List<HazardView>>> enterpriseHazards(@Source List<EnterpriseRef> enterprises) {
        return service.ofEnterprises(enterprises.stream().map(EnterpriseRef::id).toList());
    }

    @Mutation("raiseHazard")
    @Description("登记隐患 / record a hazard found in an inspection")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull HazardView> raiseHazard(@NonNull @Valid HazardInput input) {
        return service.raise(input);
    }

    @Mutation("planHazard")
    @Description("治理方案 / a hazard's remediation plan")
    @RolesAllowed({ "safety-officer", "admin", "enterprise-user" })
    public Uni<@NonNull HazardView> planHazard(@NonNull @Id String id, @NonNull Long version, @NonNull @Valid PlanInput plan) {
        return service.plan(id, version, plan);
    }

    @Mutation("rectifyHazard")
    @Description("登记整改（completed 即申请复查） / record a rectification; completed asks for review")
    @RolesAllowed({ "safety-officer", "admin", "enterprise-user" })
    public Uni<@NonNull HazardView> rectifyHazard(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid RectificationInput input) {
        return service.rectify(id, version, input);
    }

    @Mutation("reviewHazard")
    @Description("复查 / review a rectification")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull HazardView> reviewHazard(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid ReviewInput input) {
        return service.review(id, version, input);
    }

    @Mutation("approveHazardClosing")
    @Description("重大隐患销号审批（另一名干部或领导） / approve the closing of a major hazard")
    @RolesAllowed({ "safety-officer", "leader", "admin" })
    public Uni<@NonNull HazardView> approveHazardClosing(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid ClosingApprovalInput input) {
        return service.approveClosing(id, version, input);
    }

    @Mutation("escalateHazard")
    @Description("记录升级措施 / record an escalation")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull EscalationView> escalateHazard(@NonNull @Id String id, @NonNull @Valid EscalationInput input) {
        return service.escalate(id, input);
    }

    @Mutation("putMajorCriterion")
    @Description("增补或覆盖重大隐患判定标准（仅管理员） / add or override a criterion (admin)")
    @RolesAllowed("admin")
    public Uni<@NonNull CriterionView> putMajorCriterion(String park, @NonNull @Valid CriterionInput input) {
        return criteria.put(park, input);
    }
}
