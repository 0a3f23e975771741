package cn.yuanqu.gateway.enterprises.indicator;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

/**
 * Monthly reports (企业月报) for the web and mobile front ends. Thin: delegates to {@link IndicatorGateway}. Roles are checked
 * here as enterprises-service checks them; the service applies parks and the enterprise user's
 * own-enterprise rule to the forwarded token. Root fields are nullable so that an unavailable service leaves
 * the rest of a query's answer intact.
 */
@GraphQLApi
public class IndicatorGraphQLApi {

    private final IndicatorGateway gateway;

    public IndicatorGraphQLApi(IndicatorGateway gateway) {
        this.gateway = gateway;
    }

    @Query("monthlyIndicators")
    @Description("企业月报（企业用户仅本企业） / monthly reports (enterprise users: their own)")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<@NonNull MonthlyIndicator>> monthlyIndicators(@Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("企业ID / enterprise id") @Id String enterpriseId,
            @Description("起始月份 YYYY-MM / from") String from,
            @Description("截止月份 YYYY-MM / to") String to) {
        return gateway.monthlyIndicators(park, enterpriseId, from, to);
    }

    @Mutation("submitMonthlyIndicator")
    @Description("填报或更正某月月报（同样的数据再次提交不产生变化） / report or correct a month; the same figures again change nothing")
    @RolesAllowed({ "enterprise-officer", "admin", "enterprise-user" })
    public Uni<@NonNull MonthlyIndicator> submitMonthlyIndicator(@Description("企业ID / enterprise id") @NonNull @Id String enterpriseId,
            @Description("月份 YYYY-MM / month") @NonNull String month,
            @Description("当月指标 / the month's figures") @NonNull IndicatorValuesInput values,
            @Description("更正时读取到的版本号 / the version read, when correcting") Long version) {
        return gateway.submitMonthlyIndicator(enterpriseId, month, values, version);
    }
}
