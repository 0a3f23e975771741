package cn.yuanqu.gateway.enterprises.eligibility;

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
 * The pre-screen for 规上 entry and qualifications (入规与资质预评) for the web and mobile front ends. Thin: delegates to {@link EligibilityGateway}. Roles are checked
 * here as enterprises-service checks them; the service applies parks and the enterprise user's
 * own-enterprise rule to the forwarded token. Root fields are nullable so that an unavailable service leaves
 * the rest of a query's answer intact.
 */
@GraphQLApi
public class EligibilityGraphQLApi {

    private final EligibilityGateway gateway;

    public EligibilityGraphQLApi(EligibilityGateway gateway) {
        this.gateway = gateway;
    }

    @Query("eligibility")
    @Description("园区企业预评（入规、创新型、专精特新、高企） / screen the park's enterprises")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<EligibilityPage> eligibility(@Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("截止月份 YYYY-MM，默认上月 / as of month, default last month") String asOf,
            @Description("项目 / program") Program program,
            @Description("结论 / outcome") Outcome outcome,
            @Description("页码，从0开始 / page from 0") @DefaultValue("0") Integer page,
            @Description("每页条数 1–200 / page size 1–200") @DefaultValue("20") Integer size) {
        return gateway.eligibility(park, asOf, program, outcome, page, size);
    }

    @Query("enterpriseEligibility")
    @Description("单个企业预评 / one enterprise's screen")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<EligibilityResult> enterpriseEligibility(@Description("企业ID / enterprise id") @NonNull @Id String enterpriseId,
            @Description("截止月份 YYYY-MM / as of month") String asOf) {
        return gateway.enterpriseEligibility(enterpriseId, asOf);
    }

    @Query("eligibilitySettings")
    @Description("园区预评门槛 / the park's thresholds")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<EligibilitySettings> eligibilitySettings(@Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park) {
        return gateway.eligibilitySettings(park);
    }

    @Mutation("setEligibilityThresholds")
    @Description("设置园区预评门槛（管理员） / set the park's thresholds (admin)")
    @RolesAllowed({ "admin" })
    public Uni<@NonNull EligibilitySettings> setEligibilityThresholds(@Description("园区ID / park id") String park,
            @Description("园区已自定时读取到的版本号 / the version read, when the park set its own") Long version,
            @NonNull EligibilityThresholds thresholds) {
        return gateway.setEligibilityThresholds(park, version, thresholds);
    }

    @Query("enterpriseYearFacts")
    @Description("企业年度申报要素 / an enterprise's facts for a year")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<EnterpriseYearFacts> enterpriseYearFacts(@Description("企业ID / enterprise id") @NonNull @Id String enterpriseId,
            @Description("年度 / year") @NonNull Integer year) {
        return gateway.enterpriseYearFacts(enterpriseId, year);
    }

    @Mutation("recordEnterpriseYearFacts")
    @Description("填报企业年度申报要素 / record an enterprise's facts for a year")
    @RolesAllowed({ "enterprise-officer", "admin", "enterprise-user" })
    public Uni<@NonNull EnterpriseYearFacts> recordEnterpriseYearFacts(@Description("企业ID / enterprise id") @NonNull @Id String enterpriseId,
            @Description("年度 / year") @NonNull Integer year,
            @Description("更正时读取到的版本号 / the version read, when correcting") Long version,
            @NonNull EligibilityFacts facts) {
        return gateway.recordEnterpriseYearFacts(enterpriseId, year, version, facts);
    }
}
