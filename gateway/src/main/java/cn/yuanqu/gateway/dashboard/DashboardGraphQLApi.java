package cn.yuanqu.gateway.dashboard;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.dashboard.DashboardGateway.Section;

/**
 * 园区驾驶舱 for the web and mobile front ends. Thin: delegates to {@link DashboardGateway}. Section fields
 * are nullable: a service that is down nulls its sections only, with an error naming it.
 */
@GraphQLApi
public class DashboardGraphQLApi {

    private final DashboardGateway gateway;

    public DashboardGraphQLApi(DashboardGateway gateway) {
        this.gateway = gateway;
    }

    @Query("dashboard")
    @Description("园区驾驶舱：期间（月份区间）的经济运行、企业培育、金融、企业服务、项目建设、安全环保、土地集约；省级账号可同时看多个园区并排名"
            + " / the zone dashboard for a month range; the province viewer can ask for several parks and rank them")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer", "department",
            "province-viewer", "admin" })
    public Dashboard dashboard(@Description("园区ID（单园区账号可省略） / park, optional for single-park accounts") String park,
            @Description("多个园区（省级账号） / several parks (province viewer)") List<String> parks,
            @NonNull @Description("起始月份 YYYY-MM / first month") String from,
            @NonNull @Description("截止月份 YYYY-MM / last month") String to) {
        return gateway.dashboard(park, parks, from, to);
    }

    @Name("economy")
    @Description("经济运行：营业收入、产值、利润、税收、增加值（累计与同比，按产业链） / economy: revenue, output, profit, tax, value added")
    public Uni<List<@NonNull ParkFigures>> economy(@Source Dashboard d) {
        return gateway.section(d, Section.ECONOMY);
    }

    @Name("cultivation")
    @Description("企业培育：规上企业数与新增、资质认定、培育库 / cultivation: above-scale, qualifications, the pool")
    public Uni<List<@NonNull ParkFigures>> cultivation(@Source Dashboard d) {
        return gateway.section(d, Section.CULTIVATION);
    }

    @Name("finance")
    @Description("金融服务：财园信贷通、政策兑现 / finance: loans and policy payouts")
    public Uni<List<@NonNull ParkFigures>> finance(@Source Dashboard d) {
        return gateway.section(d, Section.FINANCE);
    }

    @Name("service")
    @Description("企业服务：诉求与办结率、走访、帮代办 / enterprise service: requests, visits, agency matters")
    public Uni<List<@NonNull ParkFigures>> service(@Source Dashboard d) {
        return gateway.section(d, Section.SERVICE);
    }

    @Name("projects")
    @Description("项目建设：签约、开工、竣工、投资与目标、签约未开工 / projects: signings, starts, completions, investment")
    public Uni<List<@NonNull ParkFigures>> projects(@Source Dashboard d) {
        return gateway.section(d, Section.PROJECTS);
    }

    @Name("safety")
    @Description("安全环保：隐患排查与整改率、超期、重大隐患、检查、超标 / safety and environment")
    public Uni<List<@NonNull ParkFigures>> safety(@Source Dashboard d) {
        return gateway.section(d, Section.SAFETY);
    }

    @Name("land")
    @Description("土地集约：闲置低效存量与处置、厂房空置、亩产效益分类 / land: idle stock, disposal, factory vacancy, efficiency classes")
    public Uni<List<@NonNull ParkFigures>> land(@Source Dashboard d) {
        return gateway.section(d, Section.LAND);
    }

    @Name("rankings")
    @Description("各园区并排排名（默认全部指标，可指定指标键） / the parks side by side, ranked by each figure (all, or the keys asked)")
    public Uni<List<@NonNull Ranking>> rankings(@Source Dashboard d,
            @Description("指标键，如 economy.operatingRevenue / figure keys") List<String> keys) {
        return gateway.rankings(d, keys);
    }
}
