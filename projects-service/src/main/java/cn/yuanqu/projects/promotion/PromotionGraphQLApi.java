package cn.yuanqu.projects.promotion;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.graphql.OneQueryAtATime;
import cn.yuanqu.platform.paging.PageRequest;

/** Leads and promotion activities in the subgraph. Thin: delegates to {@link PromotionService}. */
@GraphQLApi
@OneQueryAtATime
public class PromotionGraphQLApi {

    private final PromotionService service;

    public PromotionGraphQLApi(PromotionService service) {
        this.service = service;
    }

    @Query("leads")
    @Description("招商线索台账 / the lead ledger")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull LeadPage> leads(String park, @Valid LeadFilter filter, @DefaultValue("0") Integer page,
            @DefaultValue("20") Integer size, @DefaultValue("firstContactOn,desc") String sort) {
        return service.leads(park, filter, PageRequest.of(page, size, sort)).map(LeadPage::of);
    }

    @Query("lead")
    @Description("招商线索 / one lead")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull LeadView> lead(@NonNull @Id String id) {
        return service.lead(id);
    }

    @Query("leadLog")
    @Description("线索跟进记录 / a lead's follow-up log")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull LeadEventView>> leadLog(@NonNull @Id String id) {
        return service.log(id);
    }

    @Query("promotionActivities")
    @Description("招商活动（最近的在前） / promotion activities, newest first")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull ActivityPage> promotionActivities(String park, ActivityKind kind, LocalDate from, LocalDate to,
            @DefaultValue("0") Integer page, @DefaultValue("20") Integer size) {
        return service.activities(park, kind, from, to, PageRequest.of(page, size, null)).map(ActivityPage::of);
    }

    @Mutation("recordLead")
    @Description("登记线索 / record a lead")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull LeadView> recordLead(String park, @NonNull @Valid LeadInput input) {
        return service.record(park, input);
    }

    @Mutation("updateLead")
    @Description("修改线索（传入读取时的版本号） / correct a lead")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull LeadView> updateLead(@NonNull @Id String id, @NonNull Long version, @NonNull @Valid LeadInput input) {
        return service.update(id, version, input);
    }

    @Mutation("moveLead")
    @Description("线索进入洽谈或放弃 / a lead into talks or abandoned")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull LeadView> moveLead(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid LeadTransitionInput step) {
        return service.move(id, version, step);
    }

    @Mutation("followUpLead")
    @Description("记录线索跟进 / record a follow-up on a lead")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull LeadEventView> followUpLead(@NonNull @Id String id, @NonNull @Valid FollowUpInput input) {
        return service.followUp(id, input);
    }

    @Mutation("signLead")
    @Description("线索签约并登记项目 / sign a lead and record its project")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull SignedLead> signLead(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid SigningInput input) {
        return service.sign(id, version, input);
    }

    @Mutation("recordPromotionActivity")
    @Description("记录招商活动 / record a promotion activity")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull ActivityView> recordPromotionActivity(String park, @NonNull @Valid ActivityInput input) {
        return service.recordActivity(park, input);
    }

    @Mutation("updatePromotionActivity")
    @Description("修改招商活动（传入读取时的版本号） / correct a promotion activity")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull ActivityView> updatePromotionActivity(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid ActivityInput input) {
        return service.updateActivity(id, version, input);
    }
}
