package cn.yuanqu.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

import cn.yuanqu.demo.DemoZone;

/**
 * The safety side of the demo zone as safety-service computes it from its records matches the work
 * reports of 兴国经开区 (shared/demo/XINGGUO.md); safety-service checks enterprises against the real
 * enterprises-service and keeps parks and enterprises apart. Nothing here writes to the demo parks.
 */
@ExtendWith(Platform.class)
class DemoSafetyFiguresTest {

    private static JsonPath figures(String from, String to) {
        Platform p = Platform.get();
        String body = given().auth().oauth2(p.token("xg-leader")).queryParam("from", from).queryParam("to", to)
                .get(p.safety.resolve("/api/figures")).then().statusCode(200).extract().asString();
        return new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static BigDecimal value(JsonPath f, String key) {
        return f.getObject("parks[0].figures.find { it.key == '" + key + "' }.value", BigDecimal.class);
    }

    private static BigDecimal result(JsonPath f, String item) {
        return f.getObject("parks[0].highlights.find { it.key == 'campaigns.results' }.items.find { it.name == '" + item
                + "' }.value", BigDecimal.class);
    }

    @Test
    void safetyOf2024MatchesTheReport() {
        JsonPath f = figures("2024-01", "2024-12");
        // 整改各类安全隐患281条
        assertThat(value(f, "hazards.closed")).isEqualByComparingTo("281");
        // 安全生产警示教育22次；应急疏散演练
        assertThat(value(f, "trainings.warningEducation")).isEqualByComparingTo("22");
        assertThat(value(f, "drills.count")).isEqualByComparingTo("13");
        // "拆牌、破网、清通道"专项行动：拆除防盗网334套、清通道50余处
        assertThat(f.getList("parks[0].highlights.find { it.key == 'campaigns' }.items.name", String.class))
                .containsExactly("“拆牌、破网、清通道”专项行动");
        assertThat(result(f, "拆除防盗网")).isEqualByComparingTo("334");
        assertThat(result(f, "清理疏散通道")).isBetween(new BigDecimal("50"), new BigDecimal("59"));
        // the two major hazards under supervision, closed after a second officer's approval; three exceedances
        assertThat(value(f, "hazards.major")).isEqualByComparingTo("2");
        assertThat(value(f, "hazards.majorOpen")).isEqualByComparingTo("0");
        assertThat(value(f, "samples.count")).isEqualByComparingTo("96");
        assertThat(value(f, "samples.exceeded")).isEqualByComparingTo("3");
        assertThat(value(f, "hazards.environmental")).isEqualByComparingTo("3");
        // found in late December, closed in January 2025: open at the year's end, not overdue
        assertThat(value(f, "hazards.open")).isEqualByComparingTo("12");
        assertThat(value(f, "hazards.overdue")).isEqualByComparingTo("0");
    }

    @Test
    void januaryToMay2022MatchesTheReport() {
        // 下发《安全生产指令书》43份
        assertThat(value(figures("2022-01", "2022-05"), "notices.directives")).isEqualByComparingTo("43");
        // 与186家企业签订安全生产责任状（截止6月底）
        assertThat(value(figures("2022-01", "2022-06"), "letters.signed")).isEqualByComparingTo("186");
        assertThat(value(figures("2022-01", "2022-05"), "letters.signed")).isEqualByComparingTo("171");
    }

    @Test
    void enterprisesAreCheckedInEnterprisesServiceAndKeptApart() {
        Platform p = Platform.get();
        String own = idOf(DemoZone.XINGGUO, DemoZone.XUHANGCHENG_CREDIT_CODE);
        String other = idOf(DemoZone.DEMO2, DemoZone.demo2().get(0).creditCode());
        // an enterprise of another park cannot be inspected here (422 naming it), checked in the real service
        given().auth().oauth2(p.token("xg-safety")).contentType(ContentType.JSON)
                .body(Map.of("type", "DAILY", "domain", "WORK_SAFETY", "enterpriseId", other, "inspectedOn", "2024-05-10",
                        "inspectors", "钟安"))
                .post(p.safety.resolve("/api/inspections")).then().statusCode(422)
                .body("violations[0].field", equalTo("enterpriseId"));
        // the enterprise's own user sees only its own hazards — including its outlet's exceedance
        List<String> seen = given().auth().oauth2(p.token("xg-ent-user")).queryParam("size", 200)
                .get(p.safety.resolve("/api/hazards")).then().statusCode(200).extract().path("items.enterpriseId");
        assertThat(seen).isNotEmpty().containsOnly(own);
        List<String> batched = given().auth().oauth2(p.token("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("enterpriseIds", List.of(own, other))).post(p.safety.resolve("/api/hazards/by-enterprises")).then()
                .statusCode(200).extract().path("[0].hazards.category");
        assertThat(batched).contains("环境监测超标");
        // another park's leader sees none of it
        given().auth().oauth2(p.token("d2-leader")).queryParam("park", DemoZone.XINGGUO).get(p.safety.resolve("/api/hazards"))
                .then().statusCode(403);
        given().auth().oauth2(p.token("d2-leader")).get(p.safety.resolve("/api/hazards")).then().statusCode(200)
                .body("total", equalTo(0));
    }

    private static String idOf(String park, String creditCode) {
        Platform p = Platform.get();
        return given().auth().oauth2(p.token(DemoZone.XINGGUO.equals(park) ? "xg-leader" : "admin")).queryParam("park", park)
                .get(p.enterprises.resolve("/api/enterprises/by-credit-code/" + creditCode)).then().statusCode(200)
                .extract().path("id");
    }
}
