package cn.yuanqu.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.JsonPath;

/**
 * The demo zone's figures as the platform computes them from its records match the 2024 work report
 * of 兴国经开区 (shared/demo/XINGGUO.md). Nothing here writes to the demo parks.
 */
@ExtendWith(Platform.class)
class DemoFiguresTest {

    private static int validOn(String date, String type, String level) {
        Platform p = Platform.get();
        List<Map<String, Object>> rows = given().auth().oauth2(p.token("xg-leader")).queryParam("validOn", date)
                .get(p.enterprises.resolve("/api/qualifications/counts")).then().statusCode(200).extract().path("");
        return rows.stream().filter(r -> type.equals(r.get("type")) && (level == null || level.equals(r.get("level"))))
                .mapToInt(r -> ((Number) r.get("count")).intValue()).sum();
    }

    private static int awardedIn2024(String type, String level) {
        Platform p = Platform.get();
        return given().auth().oauth2(p.token("xg-leader")).queryParam("type", type).queryParam("level", level)
                .queryParam("awardedFrom", "2024-01-01").queryParam("awardedTo", "2024-12-31").queryParam("size", 1)
                .get(p.enterprises.resolve("/api/qualifications")).then().statusCode(200).extract().path("total");
    }

    @Test
    void qualificationsInForceAtTheEndOf2024MatchTheReport() {
        assertThat(validOn("2024-12-31", "TECH_SME", null)).isEqualTo(60);
        assertThat(validOn("2024-12-31", "INNOVATIVE_SME", null)).isEqualTo(25);
        assertThat(validOn("2024-12-31", "SPECIALIZED_SME", null)).isEqualTo(14);
        assertThat(validOn("2024-12-31", "HIGH_TECH", null)).isEqualTo(25);
        assertThat(validOn("2024-12-31", "LITTLE_GIANT", null)).isEqualTo(1);
        assertThat(validOn("2024-12-31", "POTENTIAL_GAZELLE", null)).isEqualTo(1);
    }

    @Test
    void awardsOf2024MatchTheReport() {
        assertThat(awardedIn2024("HIGH_TECH", "NATIONAL")).isEqualTo(10);
        assertThat(awardedIn2024("DESIGN_CENTER", "MUNICIPAL")).isEqualTo(2);
        assertThat(awardedIn2024("TECH_CENTER", "PROVINCIAL") + awardedIn2024("TECH_CENTER", "MUNICIPAL")).isEqualTo(4);
        assertThat(awardedIn2024("GREEN_FACTORY", "PROVINCIAL")).isEqualTo(4);
    }

    @Test
    void expiredAwardsAreInTheLedgerButNotCounted() {
        // 6 高新技术企业 certificates of 2021 lapsed in 2024: in force on 2023-12-31, not on 2024-12-31
        assertThat(validOn("2023-12-31", "HIGH_TECH", null)).isEqualTo(21);
        assertThat(validOn("2023-12-31", "TECH_SME", null)).isEqualTo(20);
    }

    @Test
    void theNamedAwardsOfTheReportAreThere() {
        Platform p = Platform.get();
        String baizhangquan = given().auth().oauth2(p.token("xg-leader"))
                .get(p.enterprises.resolve("/api/enterprises?name=百丈泉&size=1")).then().extract().path("items[0].id");
        given().auth().oauth2(p.token("xg-leader")).queryParam("enterpriseId", baizhangquan).queryParam("type", "TECH_CENTER")
                .get(p.enterprises.resolve("/api/qualifications")).then().statusCode(200)
                .body("items[0].level", org.hamcrest.Matchers.equalTo("PROVINCIAL"));
    }

    private static JsonPath economy(String from, String to) {
        Platform p = Platform.get();
        String body = given().auth().oauth2(p.token("xg-leader")).queryParam("from", from).queryParam("to", to)
                .get(p.enterprises.resolve("/api/indicators/aggregate")).then().statusCode(200).extract().asString();
        return JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static BigDecimal number(JsonPath json, String path) {
        return json.getObject(path, BigDecimal.class);
    }

    @Test
    void theEconomyOf2024MatchesTheReport() {
        JsonPath y = economy("2024-01", "2024-12");
        // 营业收入突破100亿元，同比增长15%；利润4亿元；工业增加值7.54亿元，同比增长24%
        assertThat(number(y, "total.operatingRevenue.current")).isEqualByComparingTo("10080000000");
        assertThat(number(y, "total.operatingRevenue.ratio")).isEqualByComparingTo("0.15");
        assertThat(number(y, "total.profit.current")).isEqualByComparingTo("400000000");
        assertThat(number(y, "total.valueAdded.current")).isEqualByComparingTo("754000000");
        assertThat(number(y, "total.valueAdded.ratio")).isEqualByComparingTo("0.24");
    }

    @Test
    void theEconomyOfJanuaryToMay2022MatchesTheReport() {
        JsonPath y = economy("2022-01", "2022-05");
        // 营业收入13.88亿元，同比下降14.78%；利润5561.93万元，同比下降15.25%
        assertThat(number(y, "total.operatingRevenue.current")).isEqualByComparingTo("1388000000");
        assertThat(number(y, "total.operatingRevenue.ratio")).isEqualByComparingTo("-0.1478");
        assertThat(number(y, "total.profit.current")).isEqualByComparingTo("55619300");
        assertThat(number(y, "total.profit.ratio")).isEqualByComparingTo("-0.1525");
    }

    private static JsonPath figures(String from, String to) {
        Platform p = Platform.get();
        String body = given().auth().oauth2(p.token("xg-leader")).queryParam("from", from).queryParam("to", to)
                .get(p.enterprises.resolve("/api/figures")).then().statusCode(200).extract().asString();
        return JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static BigDecimal figure(JsonPath json, String key) {
        return number(json, "parks[0].figures.find { it.key == '" + key + "' }.value");
    }

    @Test
    void theEnterpriseServiceFiguresOf2024MatchTheReport() {
        JsonPath y = figures("2024-01", "2024-12");
        assertThat(figure(y, "enterprises.newAboveScale")).isEqualByComparingTo("11"); // 新增规模以上企业11家
        assertThat(figure(y, "qualifications.valid.HIGH_TECH")).isEqualByComparingTo("25");
        assertThat(figure(y, "qualifications.awarded.HIGH_TECH")).isEqualByComparingTo("10");
        assertThat(figure(y, "qualifications.valid.SPECIALIZED_SME")).isEqualByComparingTo("14");
        assertThat(figure(y, "qualifications.valid.TECH_SME")).isEqualByComparingTo("60");
        // 收集并协调解决企业诉求80余件; 为企业帮代办事项430余件
        assertThat(figure(y, "requests.received")).isBetween(new BigDecimal(80), new BigDecimal(89));
        assertThat(figure(y, "requests.closed")).isBetween(new BigDecimal(80), new BigDecimal(89));
        assertThat(figure(y, "agency.received")).isBetween(new BigDecimal(430), new BigDecimal(439));
        // "财园信贷通"贷款3.27亿元，惠及中小微企业80余家；追偿657.99万元（永华热转印、绿宝米业）
        assertThat(figure(y, "loans.issuedAmount")).isEqualByComparingTo("327000000");
        assertThat(figure(y, "loans.issuedEnterprises")).isBetween(new BigDecimal(80), new BigDecimal(89));
        assertThat(figure(y, "loans.recoveredAmount")).isEqualByComparingTo("6579900");
        assertThat(y.getList("parks[0].highlights.find { it.key == 'loans.recoveries' }.items.name", String.class))
                .containsExactlyInAnyOrder("兴国永华热转印有限公司", "兴国绿宝米业有限公司");
        assertThat(y.getList("parks[0].highlights.find { it.key == 'enterprises.newAboveScale' }.items")).hasSize(11);
        assertThat(figure(y, "economy.operatingRevenue")).isEqualByComparingTo("10080000000");
    }

    @Test
    void theEnterpriseServiceFiguresOfJanuaryToMay2022MatchTheReport() {
        JsonPath y = figures("2022-01", "2022-05");
        assertThat(figure(y, "enterprises.newAboveScale")).isEqualByComparingTo("11"); // 新增入规企业11家
        assertThat(figure(y, "requests.received")).isEqualByComparingTo("112"); // 协调解决问题112起
        assertThat(figure(y, "loans.issuedAmount")).isEqualByComparingTo("130500000"); // 13050万元
        assertThat(figure(y, "loans.issuedEnterprises")).isEqualByComparingTo("33"); // 33家企业
    }
}
