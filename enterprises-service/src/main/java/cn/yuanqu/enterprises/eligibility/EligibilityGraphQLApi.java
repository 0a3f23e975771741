package cn.yuanqu.enterprises.eligibility;

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

/** The pre-screen in the subgraph. Thin: delegates to {@link EligibilityService}. */
@GraphQLApi
@OneQueryAtATime
public class EligibilityGraphQLApi {

    private final EligibilityService service;

    public EligibilityGraphQLApi(EligibilityService service) {
        this.service = service;
    }

    @Query("eligibility")
    @Description("园区企业预评 / screen the park's enterprises")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull EligibilityPage> eligibility(String park, @Description("截止月份 YYYY-MM / as of") String asOf,
            Program program, Outcome outcome, @DefaultValue("0") Integer page, @DefaultValue("20") Integer size) {
        return service.screen(park, asOf, program, outcome, PageRequest.of(page, size, null)).map(EligibilityPage::of);
    }

    @Query("enterpriseEligibility")
    @Description("单个企业预评 / one enterprise's screen")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull EligibilityResult> enterpriseEligibility(@NonNull @Id String enterpriseId, String asOf) {
        return service.screenOne(enterpriseId, asOf);
    }

    @Query("eligibilitySettings")
    @Description("园区预评门槛 / the park's thresholds")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull SettingsView> eligibilitySettings(String park) {
        return service.settings(park);
    }

    @Mutation("setEligibilityThresholds")
    @Description("设置园区预评门槛（管理员） / set the park's thresholds (admin)")
    @RolesAllowed({ "admin" })
    public Uni<@NonNull SettingsView> setEligibilityThresholds(String park, Long version,
            @NonNull @Valid Thresholds thresholds) {
        return service.updateSettings(park, version, thresholds);
    }

    @Query("enterpriseYearFacts")
    @Description("企业年度申报要素 / an enterprise's facts for a year")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull FactsView> enterpriseYearFacts(@NonNull @Id String enterpriseId, @NonNull Integer year) {
        return service.facts(enterpriseId, year);
    }

    @Mutation("recordEnterpriseYearFacts")
    @Description("填报企业年度申报要素 / record an enterprise's facts for a year")
    @RolesAllowed({ "enterprise-officer", "admin", "enterprise-user" })
    public Uni<@NonNull FactsView> recordEnterpriseYearFacts(@NonNull @Id String enterpriseId, @NonNull Integer year,
            Long version, @NonNull @Valid FactsInput facts) {
        return service.putFacts(enterpriseId, year, version, facts);
    }
}
