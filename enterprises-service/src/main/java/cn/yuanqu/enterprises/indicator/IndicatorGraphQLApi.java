package cn.yuanqu.enterprises.indicator;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.enterprises.registry.EnterpriseView;
import cn.yuanqu.platform.graphql.OneQueryAtATime;

/** Monthly reports and the park's economic figures in the subgraph. Thin: delegates to {@link IndicatorService}. */
@GraphQLApi
@OneQueryAtATime
public class IndicatorGraphQLApi {

    private final IndicatorService service;

    public IndicatorGraphQLApi(IndicatorService service) {
        this.service = service;
    }

    @Query("monthlyIndicators")
    @Description("企业月报（企业用户仅本企业） / monthly reports (enterprise users: their own)")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull IndicatorView>> monthlyIndicators(@Description("园区ID / park id") String park,
            @Description("企业ID / enterprise id") @Id String enterpriseId,
            @Description("起始月份 YYYY-MM / from") String from, @Description("截止月份 YYYY-MM / to") String to) {
        return service.list(park, enterpriseId, from, to);
    }

    /** The latest monthly report of each enterprise of a result, in one query for all of them. */
    @Name("latestIndicator")
    @Description("最近一期月报（未报送为空） / the enterprise's latest monthly report, null when none")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<IndicatorView>> enterpriseLatestIndicator(@Source List<EnterpriseView> enterprises) {
        return service.latestOf(enterprises.stream().map(EnterpriseView::id).toList());
    }

    @Query("indicatorAggregate")
    @Description("经济运行指标：期间累计、同比、按规上与产业链 / park figures for a period with 同比")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull IndicatorAggregate> indicatorAggregate(@Description("园区ID / park id") String park,
            @NonNull @Description("起始月份 YYYY-MM / from") String from,
            @NonNull @Description("截止月份 YYYY-MM / to") String to) {
        return service.aggregate(park, from, to);
    }

    @Mutation("submitMonthlyIndicator")
    @Description("填报或更正某月月报（同样数据不产生变化） / report or correct a month")
    @RolesAllowed({ "enterprise-officer", "admin", "enterprise-user" })
    public Uni<@NonNull IndicatorView> submitMonthlyIndicator(@NonNull @Id String enterpriseId,
            @NonNull @Description("月份 YYYY-MM / month") String month, @NonNull IndicatorValues values,
            @Description("更正时读取到的版本号 / version read, when correcting") Long version) {
        return service.submit(enterpriseId, month, values, version);
    }
}
