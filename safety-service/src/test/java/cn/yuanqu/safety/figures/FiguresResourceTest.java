package cn.yuanqu.safety.figures;

import static cn.yuanqu.safety.testing.TestSafety.hazard;
import static cn.yuanqu.safety.testing.TestSafety.inspection;
import static cn.yuanqu.safety.testing.TestSafety.major;
import static cn.yuanqu.safety.testing.TestSafety.raise;
import static cn.yuanqu.safety.testing.TestSafety.rectify;
import static cn.yuanqu.safety.testing.TestSafety.review;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/**
 * The figures endpoint computed from records made through the API in 2019 and 2018 (years no other test
 * uses): every flow of the period, the stocks and overdue at its end, the base a year before, the lists.
 */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class FiguresResourceTest {

    static String post(String path, Object body) {
        return given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON).body(body).post(path).then()
                .statusCode(201).extract().path("id");
    }

    static BigDecimal value(JsonPath json, String key) {
        Object v = json.get("parks[0].figures.find { it.key == '" + key + "' }.value");
        return v == null ? null : new BigDecimal(v.toString());
    }

    @Test
    void theFiguresAddUpTheRecordsOfThePeriod() {
        // a campaign with its counted results
        String campaign = post("/api/campaigns", Map.of("name", "拆牌、破网、清通道专项行动", "kind", "SPECIAL_ACTION",
                "startOn", "2019-03-01"));
        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(List.of(Map.of("item", "拆除防盗网", "unit", "套", "count", 334), Map.of("item", "清理通道", "unit", "处", "count", 50, "approximate", true)))
                .put("/api/campaigns/" + campaign + "/results").then().statusCode(200);

        // inspections: two routine, one night check (2019); one routine in the base period
        String i1 = inspection(FakeEnterprises.SANY, "2019-01-15");
        String i2 = inspection(FakeEnterprises.XUHANGCHENG, "2019-02-01");
        String i3 = post("/api/inspections", Map.of("type", "NIGHT", "domain", "FIRE", "enterpriseId", FakeEnterprises.SANY,
                "inspectedOn", "2019-03-05", "inspectors", "钟安", "campaignId", campaign));
        String i4 = inspection(FakeEnterprises.SANY, "2018-03-01");

        // h1 closed in the period under a directive; h2 overdue and penalised; h3 major, open; h4 found 2018, closed 2019
        Map<String, Object> b1 = hazard(i1, "2019-02-10");
        b1.put("noticeType", "SAFETY_DIRECTIVE");
        String h1 = raise("xg-safety", b1).statusCode(201).extract().path("id");
        rectify("xg-safety", h1, 0, "2019-01-20", true).statusCode(200);
        review("xg-safety", h1, 1, true, "2019-02-05", true, null).statusCode(200);
        String h2 = raise("xg-safety", hazard(i2, "2019-03-01")).statusCode(201).extract().path("id");
        raise("xg-safety", major(i3, "2019-12-31", "M1")).statusCode(201);
        Map<String, Object> b4 = hazard(i4, "2018-04-01");
        b4.remove("noticeType");
        b4.remove("noticeNo");
        String h4 = raise("xg-safety", b4).statusCode(201).extract().path("id");
        rectify("xg-safety", h4, 0, "2019-01-05", true).statusCode(200);
        review("xg-safety", h4, 1, true, "2019-01-10", true, null).statusCode(200);
        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON)
                .body(Map.of("kind", "PENALTY", "on", "2019-04-01", "amount", "5000", "authority", "县应急管理局"))
                .post("/api/hazards/" + h2 + "/escalations").then().statusCode(201);
        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON).body(Map.of("kind", "INTERVIEW", "on", "2019-04-02"))
                .post("/api/hazards/" + h2 + "/escalations").then().statusCode(201);

        // letters (one signed after the period's end), trainings, a drill
        post("/api/letters", Map.of("enterpriseId", FakeEnterprises.SANY, "year", 2019, "signedOn", "2019-01-10", "signatory", "王伟"));
        post("/api/letters", Map.of("enterpriseId", FakeEnterprises.XUHANGCHENG, "year", 2019, "signedOn", "2019-07-01", "signatory", "李强"));
        post("/api/trainings", Map.of("kind", "WARNING_EDUCATION", "heldOn", "2019-05-01", "title", "安全生产警示教育",
                "attendees", List.of(Map.of("enterpriseId", FakeEnterprises.SANY, "people", 20),
                        Map.of("enterpriseId", FakeEnterprises.XUHANGCHENG, "people", 5))));
        post("/api/trainings", Map.of("kind", "TRAINING", "heldOn", "2019-05-02", "title", "特种作业培训",
                "attendees", List.of(Map.of("enterpriseId", FakeEnterprises.SANY, "people", 3))));
        post("/api/drills", Map.of("kind", "FIRE_EVACUATION", "heldOn", "2019-06-01", "title", "消防应急疏散演练", "participants", 80));

        // samples at the zone's own point: one over its limit; the last day counts in the zone's time
        String point = post("/api/monitoring-points", Map.of("code", "FIG-DB-01", "name", "平江入河断面", "kind", "SURFACE_WATER",
                "standard", "GB3838_IV", "responsiblePerson", "刘工"));
        post("/api/samples", Map.of("pointId", point, "sampledAt", "2019-04-01T10:00:00+08:00",
                "measurements", List.of(Map.of("indicator", "TP", "value", 0.52), Map.of("indicator", "COD", "value", 10))));
        post("/api/samples", Map.of("pointId", point, "sampledAt", "2019-04-02T10:00:00+08:00",
                "measurements", List.of(Map.of("indicator", "COD", "value", 10))));
        post("/api/samples", Map.of("pointId", point, "sampledAt", "2019-06-30T23:30:00+08:00",
                "measurements", List.of(Map.of("indicator", "COD", "value", 12))));
        post("/api/samples", Map.of("pointId", point, "sampledAt", "2019-07-01T00:30:00+08:00",
                "measurements", List.of(Map.of("indicator", "COD", "value", 12))));

        // a feedback item closed in the period
        Map<String, Object> item = new HashMap<>(Map.of("source", "PROVINCIAL_INSPECTION", "code", "FIG-2019-01",
                "description", "园区污水管网破损", "responsibleUnit", "园区安环部", "deadline", "2019-06-30", "receivedOn", "2019-03-01"));
        String f = post("/api/feedback-items", item);
        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("to", "RECTIFIED", "effectiveDate", "2019-04-01", "text", "更换破损管段"))
                .post("/api/feedback-items/" + f + "/transitions").then().statusCode(200);
        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("to", "CLOSED", "effectiveDate", "2019-05-01"))
                .post("/api/feedback-items/" + f + "/transitions").then().statusCode(200);

        JsonPath json = given().auth().oauth2(Tokens.of("xg-leader")).queryParam("from", "2019-01").queryParam("to", "2019-06")
                .get("/api/figures").then().statusCode(200).body("parks[0].park", equalTo("xingguo"))
                .body("parks[0].asOf", equalTo("2019-06-30")).body("baseFrom", equalTo("2018-01")).extract().jsonPath();

        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("campaigns.count", "1");
        expected.put("inspections.total", "3");
        expected.put("inspections.daily", "2");
        expected.put("inspections.night", "1");
        expected.put("inspections.enterprises", "2");
        expected.put("hazards.found", "4");
        expected.put("hazards.major", "1");
        expected.put("hazards.environmental", "1");
        expected.put("hazards.closed", "2");
        expected.put("hazards.rectificationRate", "0.25");
        expected.put("hazards.open", "3");
        expected.put("hazards.overdue", "2");
        expected.put("hazards.majorOpen", "1");
        expected.put("notices.issued", "3");
        expected.put("notices.directives", "1");
        expected.put("notices.rectification", "2");
        expected.put("escalations.interviews", "1");
        expected.put("penalties.count", "1");
        expected.put("penalties.amount", "5000");
        expected.put("letters.signed", "1");
        expected.put("trainings.count", "2");
        expected.put("trainings.warningEducation", "1");
        expected.put("trainings.attendees", "28");
        expected.put("trainings.enterprises", "2");
        expected.put("drills.count", "1");
        expected.put("drills.participants", "80");
        expected.put("samples.count", "3");
        expected.put("samples.indicators", "4");
        expected.put("samples.exceeded", "1");
        expected.put("samples.exceedances", "1");
        expected.put("feedback.closed", "1");
        expected.forEach((key, v) -> assertThat(value(json, key)).as(key).isEqualByComparingTo(v));

        // the base period: one inspection and one hazard, open and overdue at 2018-06-30; 同比 from them
        assertThat(new BigDecimal(json.get("parks[0].figures.find { it.key == 'hazards.found' }.base").toString()))
                .isEqualByComparingTo("1");
        assertThat(new BigDecimal(json.get("parks[0].figures.find { it.key == 'hazards.found' }.ratio").toString()))
                .isEqualByComparingTo("3");
        assertThat(new BigDecimal(json.get("parks[0].figures.find { it.key == 'hazards.overdue' }.base").toString()))
                .isEqualByComparingTo("1");
        assertThat((String) json.get("parks[0].figures.find { it.key == 'hazards.rectificationRate' }.noRatioReason"))
                .isEqualTo("RATE");

        // the named lists
        assertThat(json.<String> getList("parks[0].highlights.find { it.key == 'campaigns' }.items.name"))
                .containsExactly("拆牌、破网、清通道专项行动");
        assertThat(json.<String> getList("parks[0].highlights.find { it.key == 'campaigns.results' }.items.name"))
                .containsExactly("拆除防盗网", "清理通道");
        assertThat(json.<String> getList("parks[0].highlights.find { it.key == 'campaigns.results' }.items.detail"))
                .as("an approximate count is marked").containsExactly("套", "处（约数）");
        assertThat(json.<Integer> getList("parks[0].highlights.find { it.key == 'campaigns.results' }.items.value"))
                .containsExactly(334, 50);
        assertThat(json.<String> getList("parks[0].highlights.find { it.key == 'penalties' }.items.name"))
                .containsExactly("兴国县旭航诚电子有限公司");
        assertThat(json.<String> getList("parks[0].highlights.find { it.key == 'hazards.major' }.items.name"))
                .containsExactly("三一智能建造（兴国）有限公司");
        assertThat(json.<String> getList("parks[0].highlights.find { it.key == 'samples.exceeded' }.items.detail"))
                .containsExactly("TP 0.52");
    }

    @Test
    void figuresFollowTheParkRules() {
        given().auth().oauth2(Tokens.of("xg-ent-user")).queryParam("from", "2019-01").queryParam("to", "2019-06")
                .get("/api/figures").then().statusCode(403);
        given().auth().oauth2(Tokens.of("d2-leader")).queryParam("park", "xingguo").queryParam("from", "2019-01")
                .queryParam("to", "2019-06").get("/api/figures").then().statusCode(403);
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("from", "2019-13").queryParam("to", "2019-06")
                .get("/api/figures").then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().auth().oauth2(Tokens.of("province")).queryParam("park", "xingguo").queryParam("park", "demo2")
                .queryParam("from", "2019-01").queryParam("to", "2019-06").get("/api/figures").then().statusCode(200)
                .body("parks.park", equalTo(List.of("xingguo", "demo2")));
        given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("query", "{ safetyFigures(from: \"2019-01\", to: \"2019-06\") { parks { park figures { key value } } } }"))
                .post("/graphql").then().statusCode(200).body("errors", equalTo(null))
                .body("data.safetyFigures.parks[0].park", equalTo("xingguo"));
    }
}
