package cn.yuanqu.gateway.projects;

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
 * 招商引资: the lead ledger with its state machine (线索 → 洽谈 → 签约, or 放弃) and promotion activities. Thin:
 * delegates to {@link ProjectGateway}; roles as projects-service's.
 */
@GraphQLApi
public class PromotionGraphQLApi {

    private final ProjectGateway gateway;

    public PromotionGraphQLApi(ProjectGateway gateway) {
        this.gateway = gateway;
    }

    @Query("leads")
    @Description("招商线索台账（筛选、分页、排序；排序字段 firstContactOn, company, status, intendedInvestment, updatedAt） / the lead ledger")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<LeadPage> leads(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("筛选条件 / filters") LeadFilter filter,
            @Description("页码，从0开始 / page from 0") @DefaultValue("0") Integer page,
            @Description("每页条数 1–200 / page size 1–200") @DefaultValue("20") Integer size,
            @Description("排序，如 firstContactOn,desc / sort") @DefaultValue("firstContactOn,desc") String sort) {
        return gateway.leads(park, filter, page, size, sort);
    }

    @Query("lead")
    @Description("招商线索详情 / one lead")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<Lead> lead(@Description("线索ID / lead id") @NonNull @Id String id) {
        return gateway.lead(id);
    }

    @Query("leadLog")
    @Description("线索跟进记录 / a lead's follow-up log")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<List<@NonNull LeadEvent>> leadLog(@Description("线索ID / lead id") @NonNull @Id String id) {
        return gateway.leadLog(id);
    }

    @Query("promotionActivities")
    @Description("招商活动（最近的在前，筛选、分页） / promotion activities, newest first, filtered and paged")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<ActivityPage> promotionActivities(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("活动类型 / kind") ActivityKind kind,
            @Description("开始日期不早于 / starting on or after") LocalDate from,
            @Description("开始日期不晚于 / starting on or before") LocalDate to,
            @Description("页码，从0开始 / page from 0") @DefaultValue("0") Integer page,
            @Description("每页条数 1–200 / page size 1–200") @DefaultValue("20") Integer size) {
        return gateway.activities(park, kind, from, to, page, size);
    }

    @Mutation("recordLead")
    @Description("登记线索 / record a lead")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull Lead> recordLead(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("线索 / the lead") @NonNull LeadInput input) {
        return gateway.recordLead(park, input);
    }

    @Mutation("updateLead")
    @Description("修改线索（传入读取时的版本号） / correct a lead; pass the version read")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull Lead> updateLead(@Description("线索ID / lead id") @NonNull @Id String id,
            @Description("读取时的版本号 / the version read") @NonNull Long version,
            @Description("线索 / the lead") @NonNull LeadInput input) {
        return gateway.updateLead(id, version, input);
    }

    @Mutation("moveLead")
    @Description("线索进入洽谈或放弃（签约用 signLead） / a lead into talks or abandoned; signing is signLead")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull Lead> moveLead(@Description("线索ID / lead id") @NonNull @Id String id,
            @Description("读取时的版本号 / the version read") @NonNull Long version,
            @Description("状态变更 / the step") @NonNull LeadTransitionInput step) {
        return gateway.moveLead(id, version, step);
    }

    @Mutation("followUpLead")
    @Description("记录线索跟进 / record a follow-up on a lead")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull LeadEvent> followUpLead(@Description("线索ID / lead id") @NonNull @Id String id,
            @Description("跟进 / the follow-up") @NonNull FollowUpInput input) {
        return gateway.followUpLead(id, input);
    }

    @Mutation("signLead")
    @Description("线索签约并登记项目（洽谈→签约） / sign a lead in talks and record its project")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull SignedLead> signLead(@Description("线索ID / lead id") @NonNull @Id String id,
            @Description("读取时的版本号 / the version read") @NonNull Long version,
            @Description("签约形成的项目 / the project it becomes") @NonNull SigningInput input) {
        return gateway.signLead(id, version, input);
    }

    @Mutation("recordPromotionActivity")
    @Description("记录招商活动 / record a promotion activity")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull PromotionActivity> recordPromotionActivity(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("招商活动 / the activity") @NonNull ActivityInput input) {
        return gateway.recordActivity(park, input);
    }

    @Mutation("updatePromotionActivity")
    @Description("修改招商活动（传入读取时的版本号） / correct a promotion activity; pass the version read")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull PromotionActivity> updatePromotionActivity(
            @Description("活动ID / activity id") @NonNull @Id String id,
            @Description("读取时的版本号 / the version read") @NonNull Long version,
            @Description("招商活动 / the activity") @NonNull ActivityInput input) {
        return gateway.updateActivity(id, version, input);
    }
}
