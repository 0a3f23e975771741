package cn.yuanqu.land.efficiency;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.land.enterprise.EnterpriseRef;
import cn.yuanqu.platform.graphql.OneQueryAtATime;
import cn.yuanqu.platform.paging.PageRequest;

/** 亩产效益 in the subgraph, and Enterprise.efficiency batched. Thin: delegates to {@link EfficiencyService}. */
@GraphQLApi
@OneQueryAtATime
public class EfficiencyGraphQLApi {

    private final EfficiencyService service;

    public EfficiencyGraphQLApi(EfficiencyService service) {
        this.service = service;
    }

    @Query("efficiencyScheme")
    @Description("某年度适用的亩均效益评价办法 / the scheme in force for a year")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull SchemeView> efficiencyScheme(@Description("园区ID / park") String park,
            @NonNull @Description("年度 / year") Integer year) {
        return service.scheme(park, year);
    }

    @Mutation("setEfficiencyScheme")
    @Description("设定某年度评价办法（修改时带读取到的版本号） / set a year's scheme (with the version read when changing)")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull SchemeView> setEfficiencyScheme(@Description("园区ID / park") String park,
            @NonNull @Description("年度 / year") Integer year, @NonNull Scheme scheme,
            @Description("读取到的版本号 / version read") Long version) {
        return service.setScheme(park, year, scheme, version);
    }

    @Mutation("evaluateEfficiency")
    @Description("对已结束年度进行亩产效益评价（重复评价替换结果） / evaluate a year that is over (again replaces the results)")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull EvaluationView> evaluateEfficiency(@NonNull EvaluateInput input) {
        return service.evaluate(input);
    }

    @Query("efficiencyEvaluation")
    @Description("年度评价汇总与A/B/C/D分布 / a year's evaluation and distribution")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull EvaluationView> efficiencyEvaluation(@Description("园区ID / park") String park,
            @NonNull @Description("年度 / year") Integer year) {
        return service.evaluation(park, year);
    }

    @Query("efficiencyResults")
    @Description("年度评价结果（按评价对象、名次；企业用户仅本企业） / a year's results")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull ResultPage> efficiencyResults(@Description("园区ID / park") String park,
            @NonNull @Description("年度 / year") Integer year, Grade grade, Population population,
            @DefaultValue("0") Integer page, @DefaultValue("20") Integer size) {
        return service.results(park, year, grade, population, PageRequest.of(page, size, null)).map(ResultPage::of);
    }

    @Query("inefficientCandidates")
    @Description("低效用地处置候选：D类企业及其无在办案件的宗地 / class-D enterprises and their parcels without an open case")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull InefficientCandidate>> inefficientCandidates(@Description("园区ID / park") String park,
            @NonNull @Description("年度 / year") Integer year) {
        return service.candidates(park, year);
    }

    @Name("efficiency")
    @Description("企业最近一次亩产效益评价结果（批量解析） / the enterprise's latest efficiency result, resolved in one batch")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<ResultView>> enterpriseEfficiency(@Source List<EnterpriseRef> enterprises) {
        return service.ofEnterprises(enterprises.stream().map(EnterpriseRef::id).toList());
    }
}
