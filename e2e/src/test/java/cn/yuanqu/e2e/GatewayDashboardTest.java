package cn.yuanqu.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * 园区驾驶舱 through the gateway over the real services: every section from the services' figures endpoints
 * (the demo zone's 2024 and January–May 2022 as XINGGUO.md states them, figures and named lists), several
 * parks side by side for the province viewer, the role rule, and a service that is down leaving the other
 * sections intact with an error naming it.
 */
@ExtendWith(Platform.class)
class GatewayDashboardTest {

    private static final String LISTS = "highlights { key items { name date detail value } }";

    private static final String SECTIONS = """
            economy { park figures { key value ratio } }
            cultivation { park figures { key value } %1$s }
            finance { park figures { key value } %1$s }
            service { park figures { key value } %1$s }
            projects { park figures { key value } %1$s }
            safety { park figures { key value } %1$s }
            land { park figures { key value } %1$s }""".formatted(LISTS);

    private static JsonPath query(URI gateway, String token, String query, Map<String, Object> variables) {
        String body = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables)).post(gateway.resolve("/graphql"))
                .then().statusCode(200).extract().asString();
        return new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static BigDecimal figure(JsonPath json, String section, String key) {
        return json.getObject("data.dashboard." + section + "[0].figures.find { it.key == '" + key + "' }.value", BigDecimal.class);
    }

    private static BigDecimal ratio(JsonPath json, String section, String key) {
        return json.getObject("data.dashboard." + section + "[0].figures.find { it.key == '" + key + "' }.ratio", BigDecimal.class);
    }

    /** The items of a named list of a section. */
    private static List<Map<String, Object>> items(JsonPath json, String section, String list) {
        List<Map<String, Object>> items = json.getList("data.dashboard." + section + "[0].highlights.find { it.key == '" + list
                + "' }.items");
        assertThat(items).as(section + " list " + list).isNotNull();
        return items;
    }

    private static List<String> names(JsonPath json, String section, String list) {
        return items(json, section, list).stream().map(i -> (String) i.get("name")).toList();
    }

    /** The one item of a list whose name contains {@code name}. */
    private static Map<String, Object> item(JsonPath json, String section, String list, String name) {
        List<Map<String, Object>> found = items(json, section, list).stream().filter(i -> ((String) i.get("name")).contains(name))
                .toList();
        assertThat(found).as(list + " item named " + name).hasSize(1);
        return found.get(0);
    }

    /** Whether an enterprise whose name contains {@code name} was awarded {@code award} (an enterprise may have several). */
    private static boolean honour(JsonPath json, String name, String award) {
        return items(json, "cultivation", "qualifications.honours").stream()
                .anyMatch(i -> ((String) i.get("name")).contains(name) && award.equals(i.get("detail")));
    }

    private static BigDecimal value(Map<String, Object> item) {
        return new BigDecimal(item.get("value").toString());
    }

    private static JsonPath dashboard(String from, String to) {
        Platform p = Platform.get();
        JsonPath d = query(p.gateway, p.token("xg-leader"), "query($from: String!, $to: String!) { dashboard(from: $from, to: $to) { from to "
                + SECTIONS + " } }", Map.of("from", from, "to", to));
        assertThat(d.getList("errors")).isNull();
        return d;
    }

    private static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    /** Every row of XINGGUO.md's 2024 table, numbered as in the XINGGUO audit (#1…#42). */
    @Test
    void theDashboardOf2024HasEveryFigureAndNamedListOfXingguoMd() {
        JsonPath d = dashboard("2024-01", "2024-12");
        // #1-#5 营业收入突破100亿元，同比增长15%，利润4亿元，工业增加值7.54亿元，同比增长24%
        assertThat(figure(d, "economy", "economy.operatingRevenue")).as("#1 营业收入突破100亿元").isGreaterThanOrEqualTo(n("10000000000"));
        assertThat(ratio(d, "economy", "economy.operatingRevenue")).as("#2 同比增长15%").isEqualByComparingTo("0.15");
        assertThat(figure(d, "economy", "economy.profit")).as("#3 利润4亿元").isEqualByComparingTo("400000000");
        assertThat(figure(d, "economy", "economy.valueAdded")).as("#4 工业增加值7.54亿元").isEqualByComparingTo("754000000");
        assertThat(ratio(d, "economy", "economy.valueAdded")).as("#5 工业增加值同比增长24%").isEqualByComparingTo("0.24");
        // #6-#18 企业培育
        assertThat(figure(d, "cultivation", "enterprises.newAboveScale")).as("#6 新增规模以上企业11家").isEqualByComparingTo("11");
        assertThat(names(d, "cultivation", "enterprises.newAboveScale")).as("#6 the 11 by name").hasSize(11);
        assertThat(figure(d, "cultivation", "qualifications.valid.LITTLE_GIANT")).as("#7 小巨人1家").isEqualByComparingTo("1");
        assertThat(figure(d, "cultivation", "qualifications.valid.POTENTIAL_GAZELLE")).as("#8 潜在瞪羚1家").isEqualByComparingTo("1");
        assertThat(honour(d, "旭航诚电子", "省级潜在瞪羚企业")).as("#9 旭航诚电子 潜在瞪羚").isTrue();
        assertThat(figure(d, "cultivation", "qualifications.valid.SPECIALIZED_SME")).as("#10 专精特新14家").isEqualByComparingTo("14");
        assertThat(figure(d, "cultivation", "qualifications.valid.INNOVATIVE_SME")).as("#11 创新型中小企业25家").isEqualByComparingTo("25");
        assertThat(figure(d, "cultivation", "qualifications.valid.HIGH_TECH")).as("#12 高新技术企业25家").isEqualByComparingTo("25");
        assertThat(figure(d, "cultivation", "qualifications.awarded.HIGH_TECH")).as("#13 高新技术企业今年新增10家").isEqualByComparingTo("10");
        assertThat(figure(d, "cultivation", "qualifications.valid.TECH_SME")).as("#14 科技型中小企业60家").isEqualByComparingTo("60");
        assertThat(figure(d, "cultivation", "qualifications.awarded.DESIGN_CENTER.MUNICIPAL")).as("#15 新增市级工业设计中心2家")
                .isEqualByComparingTo("2");
        assertThat(figure(d, "cultivation", "qualifications.awarded.TECH_CENTER")).as("#16 企业技术中心4家").isEqualByComparingTo("4");
        assertThat(honour(d, "百丈泉食品", "省级企业技术中心")).as("#17 百丈泉食品 省级企业技术中心").isTrue();
        assertThat(figure(d, "cultivation", "qualifications.awarded.GREEN_FACTORY.PROVINCIAL")).as("#18 省级绿色制造名单4家")
                .isEqualByComparingTo("4");
        assertThat(honour(d, "兴氟化工", "省级绿色工厂")).as("#18 兴氟化工 among them").isTrue();
        assertThat(items(d, "cultivation", "qualifications.honours")).extracting(i -> i.get("detail"))
                .as("the honours leave the registrations counted by the dozen to their counts")
                .doesNotContain("省级科技型中小企业", "国家级高新技术企业");
        // #19-#24 企业服务与金融
        assertThat(figure(d, "service", "requests.received")).as("#19 收集企业诉求80余件").isBetween(n("80"), n("89"));
        assertThat(figure(d, "service", "requests.closed")).as("#19 协调解决80余件").isBetween(n("80"), n("89"));
        assertThat(figure(d, "service", "agency.received")).as("#20 帮代办事项430余件").isBetween(n("430"), n("439"));
        assertThat(figure(d, "finance", "loans.issuedAmount")).as("#21 财园信贷通贷款3.27亿元").isEqualByComparingTo("327000000");
        assertThat(value(item(d, "finance", "loans.bySchemes", "财园信贷通"))).as("#21 the scheme 财园信贷通").isEqualByComparingTo("327000000");
        assertThat(figure(d, "finance", "loans.issuedEnterprises")).as("#22 惠及中小微企业80余家").isBetween(n("80"), n("89"));
        assertThat(figure(d, "finance", "loans.recoveredAmount")).as("#23 追偿657.99万元").isEqualByComparingTo("6579900");
        assertThat(names(d, "finance", "loans.recoveries")).as("#24 永华热转印, 绿宝米业")
                .containsExactlyInAnyOrder("兴国永华热转印有限公司", "兴国绿宝米业有限公司");
        // #25-#34 项目建设
        assertThat(figure(d, "projects", "activities.trips")).as("#25 外出招商27次").isEqualByComparingTo("27");
        assertThat(figure(d, "projects", "activities.receptions")).as("#26 接待客商127次").isEqualByComparingTo("127");
        assertThat(names(d, "projects", "projects.signed")).as("#27 引进三一智能建造、鸿佑科技、海鑫威科技").hasSize(3)
                .anyMatch(x -> x.contains("三一智能建造")).anyMatch(x -> x.contains("鸿佑科技")).anyMatch(x -> x.contains("海鑫威科技"));
        assertThat(names(d, "projects", "leads.negotiating")).as("#28 in talks")
                .containsExactlyInAnyOrder("株洲大川电子", "深圳悦茜电子", "深圳捷益达电子", "广州清盛服装");
        String sany = "三一智能建造年产SPCS预制构件20万立方米项目";
        assertThat(item(d, "projects", "projects.started", sany)).as("#29 当年开工").isNotNull();
        assertThat(item(d, "projects", "projects.completed", sany)).as("#29 当年竣工").isNotNull();
        assertThat((String) item(d, "projects", "projects.started", sany).get("detail")).as("#30 全县重中之重").endsWith("县重中之重");
        assertThat(figure(d, "projects", "projects.factoryM2")).as("#31 新建标准厂房19.8万平方米").isEqualByComparingTo("198000");
        assertThat(figure(d, "projects", "projects.pipeKm")).as("#32 污水管网提升改造10.2公里").isEqualByComparingTo("10.2");
        assertThat(figure(d, "projects", "projects.levelledMu")).as("#33 南区地块平整1000余亩").isBetween(n("1000"), n("1009.99"));
        assertThat(figure(d, "projects", "projects.roadKm")).as("#34 外环路2.5公里").isEqualByComparingTo("2.5");
        // #35-#40 安全环保
        assertThat(figure(d, "safety", "hazards.closed")).as("#35 整改各类安全隐患281条").isEqualByComparingTo("281");
        assertThat(figure(d, "safety", "trainings.warningEducation")).as("#36 安全生产警示教育22次").isEqualByComparingTo("22");
        assertThat(figure(d, "safety", "drills.count")).as("#37 应急疏散演练 (全覆盖 has no figure)").isPositive();
        assertThat(names(d, "safety", "campaigns")).as("#38 “拆牌、破网、清通道”专项行动").anyMatch(x -> x.contains("拆牌、破网、清通道"));
        assertThat(value(item(d, "safety", "campaigns.results", "防盗网"))).as("#39 拆除防盗网334套").isEqualByComparingTo("334");
        assertThat(item(d, "safety", "campaigns.results", "防盗网").get("detail")).as("#39 an exact count").isEqualTo("套");
        Map<String, Object> passages = item(d, "safety", "campaigns.results", "通道");
        assertThat(value(passages)).as("#40 清通道50余处").isEqualByComparingTo("50");
        assertThat(passages.get("detail")).as("#40 counted roughly: 50余").isEqualTo("处（约数）");
        // #41-#42 土地集约
        assertThat(figure(d, "land", "cases.disposedMu")).as("#41 完成处置闲置低效用地2720余亩").isBetween(n("2720"), n("2729.99"));
        assertThat(figure(d, "land", "factories.clearedM2")).as("#42 腾退标准厂房16.81万平方米").isEqualByComparingTo("168100");
        // each section only carries its own figures
        assertThat(d.getList("data.dashboard.economy[0].figures.key", String.class)).allMatch(k -> k.startsWith("economy."));
        assertThat(d.getList("data.dashboard.service[0].figures.key", String.class)).doesNotContain("loans.issuedAmount");
    }

    /** Every row of XINGGUO.md's January–May 2022 table (#43…#74); the 截止6月底 rows from January–June. */
    @Test
    void theDashboardOfJanuaryToMay2022AndToJuneHasEveryFigureAndNamedListOfXingguoMd() {
        JsonPath d = dashboard("2022-01", "2022-05");
        assertThat(figure(d, "economy", "economy.operatingRevenue")).as("#43 营业收入13.88亿元").isEqualByComparingTo("1388000000");
        assertThat(ratio(d, "economy", "economy.operatingRevenue")).as("#44 同比下降14.78%").isEqualByComparingTo("-0.1478");
        assertThat(figure(d, "economy", "economy.profit")).as("#45 利润5561.93万元").isEqualByComparingTo("55619300");
        assertThat(ratio(d, "economy", "economy.profit")).as("#46 同比下降15.25%").isEqualByComparingTo("-0.1525");
        assertThat(figure(d, "cultivation", "enterprises.newAboveScale")).as("#47 新增入规企业11家").isEqualByComparingTo("11");
        assertThat(figure(d, "projects", "activities.trips")).as("#48 外出招商8次").isEqualByComparingTo("8");
        Map<String, Object> jinghua = item(d, "projects", "projects.signed", "晶华显示");
        assertThat(jinghua.get("date")).as("#49 晶华显示 5月30日签约").isEqualTo("2022-05-30");
        assertThat(value(jinghua)).as("#50 晶华 总投资10亿元").isEqualByComparingTo("1000000000");
        assertThat(value(item(d, "projects", "projects.signed", "鑫安正"))).as("#51 鑫安正 3亿元").isEqualByComparingTo("300000000");
        String sewer = "雨污分流改造（二期）";
        Map<String, Object> sewerWorks = item(d, "projects", "projects.publicWorks", sewer);
        assertThat(value(sewerWorks)).as("#52 雨污分流改造(二期) 总投资3700万元").isEqualByComparingTo("37000000");
        assertThat(figure(d, "projects", "projects.startedInvestment")).as("#52 the only start of the period").isEqualByComparingTo("37000000");
        assertThat((String) sewerWorks.get("date")).as("#53 2022年3月开工").startsWith("2022-03");
        assertThat((String) item(d, "projects", "projects.started", sewer).get("date")).as("#53 started in March").startsWith("2022-03");
        assertThat((String) sewerWorks.get("detail")).as("#54 完成约32%").startsWith("形象进度32%");
        Map<String, Object> water = item(d, "projects", "projects.publicWorks", "经八路旁规划水系");
        assertThat(value(water)).as("#55 水系(一期) 总投资4112万元").isEqualByComparingTo("41120000");
        assertThat((String) water.get("date")).as("#56 2021年4月开工").startsWith("2021-04");
        assertThat((String) water.get("detail")).as("#57 约97%").startsWith("形象进度97%");
        Map<String, Object> ring = item(d, "projects", "projects.publicWorks", "外环路");
        assertThat(value(ring)).as("#58 外环路路基 约7000万元").isEqualByComparingTo("70000000");
        assertThat((String) ring.get("date")).as("#59 2018年开工").startsWith("2018-");
        assertThat((String) ring.get("detail")).as("#60 约85%").startsWith("形象进度85%");
        assertThat(figure(d, "safety", "notices.directives")).as("#61 下发《安全生产指令书》43份").isEqualByComparingTo("43");
        assertThat(figure(d, "land", "cases.opened")).as("#63 110宗纳入清查处置").isEqualByComparingTo("110");
        assertThat(items(d, "land", "cases.investigating").stream().filter(i -> ((String) i.get("detail")).startsWith("闲置土地"))
                .map(i -> (String) i.get("name"))).as("#64 3宗涉嫌闲置调查 (威保运动, 满都针织, 远山农业)").hasSize(3)
                .anyMatch(x -> x.contains("威保运动")).anyMatch(x -> x.contains("满都针织")).anyMatch(x -> x.contains("远山农业"));
        List<Map<String, Object>> decided = items(d, "land", "cases.decided");
        assertThat(decided.stream().filter(i -> "无偿收回".equals(i.get("detail"))).map(i -> (String) i.get("name")))
                .as("#65 2宗无偿收回 (荣发门业, 久容卫浴)").hasSize(2).anyMatch(x -> x.contains("荣发门业")).anyMatch(x -> x.contains("久容卫浴"));
        assertThat(decided.stream().filter(i -> "限期动工".equals(i.get("detail"))).map(i -> (String) i.get("name")))
                .as("#66 5宗低效用地限期动工").hasSize(5).anyMatch(x -> x.contains("正安拨叉")).anyMatch(x -> x.contains("威斯嘉服饰"))
                .anyMatch(x -> x.contains("康伟手袋")).anyMatch(x -> x.contains("目田电子")).anyMatch(x -> x.contains("鸿潮服饰"));
        assertThat(figure(d, "land", "factories.clearedM2")).as("#67 清退6000多平方米").isBetween(n("6001"), n("6999"));
        assertThat(names(d, "land", "factories.cleared")).as("#67 清退鸿鑫光学、豆豆科技")
                .anyMatch(x -> x.contains("鸿鑫光学")).anyMatch(x -> x.contains("豆豆科技"));

        JsonPath june = dashboard("2022-01", "2022-06");
        assertThat(figure(june, "safety", "letters.signed")).as("#62 与186家企业签订安全生产责任状（截止6月底）").isEqualByComparingTo("186");
        assertThat(figure(june, "land", "factories.depositCollected")).as("#68 履约保证金203.2万元").isEqualByComparingTo("2032000");
        assertThat(figure(june, "land", "factories.rentCollected")).as("#69 租金193.4万元").isEqualByComparingTo("1934000");
        assertThat(figure(june, "land", "factories.propertyFeeCollected")).as("#70 物业费172.9万元").isEqualByComparingTo("1729000");
        assertThat(figure(june, "finance", "loans.issuedEnterprises")).as("#71 为33家企业发放财园通贷款").isEqualByComparingTo("33");
        assertThat(figure(june, "finance", "loans.issuedAmount")).as("#72 贷款13050万元").isEqualByComparingTo("130500000");
        assertThat(value(item(june, "finance", "loans.bySchemes", "财园通"))).as("#71 #72 the scheme 财园通").isEqualByComparingTo("130500000");
        assertThat(figure(june, "service", "requests.received")).as("#73 协调解决问题112起（截止6月中旬）").isEqualByComparingTo("112");
        assertThat(figure(june, "service", "enterprises.grids")).as("#74 9个网格").isEqualByComparingTo("9");
        assertThat(figure(d, "service", "enterprises.grids")).as("#74 9个网格 at the end of May too").isEqualByComparingTo("9");
    }

    @Test
    void theProvinceViewerSeesTheParksSideBySideRankedAndAParkOfficerCannotAskForAnother() {
        Platform p = Platform.get();
        JsonPath d = query(p.gateway, p.token("province"), """
                query { dashboard(parks: ["xingguo", "demo2"], from: "2024-01", to: "2024-12") {
                  economy { park } rankings(keys: ["economy.operatingRevenue", "hazards.closed"]) { key name unit parks { rank park value } } } }""",
                Map.of());
        assertThat(d.getList("errors")).isNull();
        assertThat(d.getList("data.dashboard.economy.park", String.class)).containsExactlyInAnyOrder("xingguo", "demo2");
        assertThat(d.getList("data.dashboard.rankings.key", String.class)).containsExactly("economy.operatingRevenue", "hazards.closed");
        assertThat(d.getList("data.dashboard.rankings[0].parks.park", String.class)).containsExactly("xingguo", "demo2");
        assertThat(d.getList("data.dashboard.rankings[0].parks.rank", Integer.class)).first().isEqualTo(1);
        assertThat(d.getObject("data.dashboard.rankings[0].parks[0].value", BigDecimal.class)).isEqualByComparingTo("10080000000");

        JsonPath refused = query(p.gateway, p.token("xg-leader"),
                "query { dashboard(park: \"demo2\", from: \"2024-01\", to: \"2024-12\") { economy { park } land { park } } }", Map.of());
        assertThat(refused.getList("errors.extensions.code", String.class)).isNotEmpty().allMatch("forbidden"::equals);
        assertThat(refused.getList("data.dashboard.economy")).isNull();
        JsonPath enterpriseUser = query(p.gateway, p.token("xg-ent-user"),
                "query { dashboard(from: \"2024-01\", to: \"2024-12\") { from } }", Map.of());
        assertThat(enterpriseUser.getString("errors[0].message")).isNotBlank();
        assertThat(enterpriseUser.getObject("data.dashboard", Object.class)).isNull();
        JsonPath bad = query(p.gateway, p.token("xg-leader"), "query { dashboard(from: \"2024-13\", to: \"2024-12\") { from } }", Map.of());
        assertThat(bad.getString("errors[0].extensions.code")).isEqualTo("invalid-input");
        assertThat(bad.getString("errors[0].message")).contains("from");
    }

    @Test
    void whenSafetyServiceIsDownTheOtherSectionsStillAnswer() throws Exception {
        Platform p = Platform.get();
        URI degraded = p.gatewayWithout("safety");
        JsonPath d = query(degraded, p.token("xg-leader"), "query { dashboard(from: \"2024-01\", to: \"2024-12\") { "
                + SECTIONS + " } }", Map.of());
        assertThat(d.getList("errors.path", List.class)).containsExactly(List.of("dashboard", "safety"));
        assertThat(d.getString("errors[0].extensions.code")).isEqualTo("service-unavailable");
        assertThat(d.getString("errors[0].message")).contains("safety-service");
        assertThat(d.getObject("data.dashboard.safety", Object.class)).isNull();
        assertThat(figure(d, "economy", "economy.operatingRevenue")).isEqualByComparingTo("10080000000");
        assertThat(figure(d, "land", "factories.clearedM2")).isEqualByComparingTo("168100");
    }
}
