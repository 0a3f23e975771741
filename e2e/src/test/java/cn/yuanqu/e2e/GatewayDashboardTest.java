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
 * (the demo zone's 2024 as XINGGUO.md states it), several parks side by side for the province viewer, the
 * role rule, and a service that is down leaving the other sections intact with an error naming it.
 */
@ExtendWith(Platform.class)
class GatewayDashboardTest {

    private static final String SECTIONS = """
            economy { park figures { key value ratio } }
            cultivation { park figures { key value } highlights { key items { name } } }
            finance { park figures { key value } }
            service { park figures { key value } }
            projects { park figures { key value } }
            safety { park figures { key value } }
            land { park figures { key value } }""";

    private static JsonPath query(URI gateway, String token, String query, Map<String, Object> variables) {
        String body = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables)).post(gateway.resolve("/graphql"))
                .then().statusCode(200).extract().asString();
        return new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static BigDecimal figure(JsonPath json, String section, String key) {
        return json.getObject("data.dashboard." + section + "[0].figures.find { it.key == '" + key + "' }.value", BigDecimal.class);
    }

    @Test
    void theDashboardOf2024StatesTheZonesReportFromEveryService() {
        Platform p = Platform.get();
        JsonPath d = query(p.gateway, p.token("xg-leader"), "query($from: String!, $to: String!) { dashboard(from: $from, to: $to) { from to "
                + SECTIONS + " } }", Map.of("from", "2024-01", "to", "2024-12"));
        assertThat(d.getList("errors")).isNull();
        // 营业收入突破100亿元, 同比增长15%; 工业增加值7.54亿元
        assertThat(figure(d, "economy", "economy.operatingRevenue")).isEqualByComparingTo("10080000000");
        assertThat(d.getObject("data.dashboard.economy[0].figures.find { it.key == 'economy.operatingRevenue' }.ratio",
                BigDecimal.class)).isEqualByComparingTo("0.15");
        assertThat(figure(d, "economy", "economy.valueAdded")).isEqualByComparingTo("754000000");
        // 新增规模以上企业11家, 高新技术企业25家
        assertThat(figure(d, "cultivation", "enterprises.newAboveScale")).isEqualByComparingTo("11");
        assertThat(figure(d, "cultivation", "qualifications.valid.HIGH_TECH")).isEqualByComparingTo("25");
        // 财园信贷通3.27亿元; 诉求80余件
        assertThat(figure(d, "finance", "loans.issuedAmount")).isEqualByComparingTo("327000000");
        assertThat(figure(d, "service", "requests.received")).isBetween(new BigDecimal(80), new BigDecimal(89));
        // 外出招商27次; 整改隐患281条; 处置闲置低效用地2720余亩, 腾退厂房16.81万平方米
        assertThat(figure(d, "projects", "activities.trips")).isEqualByComparingTo("27");
        assertThat(figure(d, "safety", "hazards.closed")).isEqualByComparingTo("281");
        assertThat(figure(d, "land", "cases.disposedMu")).isBetween(new BigDecimal("2720"), new BigDecimal("2729"));
        assertThat(figure(d, "land", "factories.clearedM2")).isEqualByComparingTo("168100");
        // each section only carries its own figures
        assertThat(d.getList("data.dashboard.economy[0].figures.key", String.class)).allMatch(k -> k.startsWith("economy."));
        assertThat(d.getList("data.dashboard.service[0].figures.key", String.class)).doesNotContain("loans.issuedAmount");
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
