package cn.yuanqu.land.figures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/**
 * The figures endpoint computed from records made through the API in the park {@code figtest}, where
 * nothing else writes: stocks at the period's end, flows of the period, the base a year before, the lists.
 */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class FiguresResourceTest {

    static final String PARK = "figtest";

    static String post(String path, Object body) {
        return given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).queryParam("park", PARK).body(body)
                .post(path).then().statusCode(201).extract().path("id");
    }

    static void step(String caseId, long version, Map<String, Object> body) {
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body)
                .post("/api/land-cases/" + caseId + "/transitions").then().statusCode(200);
    }

    static Map<String, Object> to(String status, String on, Object... more) {
        Map<String, Object> m = new HashMap<>(Map.of("to", status, "effectiveDate", on));
        for (int i = 0; i < more.length; i += 2) {
            m.put((String) more[i], more[i + 1]);
        }
        return m;
    }

    static Map<String, Object> facts(int mu, String agreedStart, String started) {
        Map<String, Object> f = new HashMap<>(Map.of("areaMu", mu, "landUse", "工业用地", "supplyMethod", "CONVEYANCE",
                "holderId", FakeEnterprises.FIGTEST, "agreedStartOn", agreedStart, "landPrice", "6000000"));
        if (started != null) {
            f.put("startedOn", started);
        }
        return f;
    }

    static BigDecimal value(JsonPath json, String key) {
        return json.getObject("parks[0].figures.find { it.key == '" + key + "' }.value", BigDecimal.class);
    }

    @Test
    void theFiguresAddUpTheLandRecordsOfThePeriod() {
        // an idle parcel since 2017, recovered in 2018 after two years; a built one found inefficient and renovated
        String idle = post("/api/parcels", Map.of("code", "FIG-1", "name", "闲置地块", "status", "IDLE", "statusSince", "2017-06-01",
                "facts", facts(40, "2016-01-01", null)));
        String built = post("/api/parcels", Map.of("code", "FIG-2", "name", "低效地块", "status", "BUILT", "statusSince", "2017-03-01",
                "facts", facts(30, "2014-01-01", "2014-02-01")));
        post("/api/parcels", Map.of("code", "FIG-3", "name", "报批地块", "status", "IN_APPROVAL", "statusSince", "2018-04-01",
                "facts", Map.of("areaMu", 100, "landUse", "工业用地")));

        String c1 = post("/api/land-cases", Map.of("parcelId", idle, "kind", "IDLE", "openedOn", "2018-01-10", "documentNo", "FIG-D1"));
        step(c1, 0, to("DETERMINED", "2018-01-20", "cause", "ENTERPRISE", "documentNo", "FIG-D2"));
        step(c1, 1, to("NOTIFIED", "2018-01-25", "documentNo", "FIG-D3"));
        step(c1, 2, to("DECIDED", "2018-02-01", "method", "FREE_RECOVERY", "documentNo", "FIG-D4"));
        step(c1, 3, to("EXECUTING", "2018-02-10"));
        step(c1, 4, to("DISPOSED", "2018-03-01", "areaDisposedMu", 40));
        String c2 = post("/api/land-cases", Map.of("parcelId", built, "kind", "INEFFICIENT", "openedOn", "2018-02-01", "documentNo", "FIG-D5"));
        step(c2, 0, to("DETERMINED", "2018-03-01", "documentNo", "FIG-D6"));
        step(c2, 1, to("NOTIFIED", "2018-03-10", "documentNo", "FIG-D7"));
        step(c2, 2, to("DECIDED", "2018-05-01", "method", "RENOVATION", "documentNo", "FIG-D8"));
        step(c2, 3, to("EXECUTING", "2018-05-10"));
        step(c2, 4, to("DISPOSED", "2018-09-01", "areaDisposedMu", 30));

        // a factory of 500 m², let from January and cleared at the end of June; what was paid
        String building = post("/api/factories", Map.of("code", "FIG-B1", "name", "标准厂房1#", "floors", 1, "builtOn", "2017-01-01",
                "units", List.of(Map.of("code", "FIG-B1-1F", "floor", 1, "areaM2", 500))));
        String unit = given().auth().oauth2(Tokens.of("admin")).get("/api/factories/" + building).then().statusCode(200)
                .extract().path("units[0].id");
        String lease = post("/api/leases", Map.of("contractNo", "FIG-L1", "enterpriseId", FakeEnterprises.FIGTEST,
                "unitIds", List.of(unit), "startOn", "2018-01-01", "endOn", "2020-12-31", "rentPerM2", "10",
                "propertyFeePerM2", "2", "deposit", "10000"));
        for (Object[] p : new Object[][] { { "DEPOSIT", null, "10000", "FIG-R1" }, { "RENT", "2018-01", "5000", "FIG-R2" },
                { "PROPERTY_FEE", "2018-01", "1000", "FIG-R3" } }) {
            Map<String, Object> body = new HashMap<>(Map.of("kind", p[0], "amount", p[2], "paidOn", "2018-01-10", "receiptNo", p[3]));
            if (p[1] != null) {
                body.put("period", p[1]);
            }
            given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(body)
                    .post("/api/leases/" + lease + "/payments").then().statusCode(201);
        }
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("on", "2018-06-30", "kind", "CLEARED", "reason", "不达产")).post("/api/leases/" + lease + "/end")
                .then().statusCode(200);

        // the year's target: 60% of the stock at its start
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).queryParam("park", PARK)
                .body(Map.of("clearedShare", 0.6, "note", "年底前处置存量的60%")).put("/api/land-cases/targets/2018").then()
                .statusCode(200).header("ETag", "\"0\"");

        String body = given().auth().oauth2(Tokens.of("province")).queryParam("park", PARK).queryParam("from", "2018-01")
                .queryParam("to", "2018-12").get("/api/figures").then().statusCode(200).body("parks[0].asOf", equalTo("2018-12-31"))
                .extract().asString();
        JsonPath json = new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("land.idleParcels", "0");
        expected.put("land.inefficientParcels", "1");
        expected.put("land.inefficientMu", "30");
        expected.put("land.inApprovalParcels", "1");
        expected.put("land.inApprovalMu", "100");
        expected.put("land.recoveredParcels", "1");
        expected.put("land.recoveredMu", "40");
        expected.put("cases.opened", "2");
        expected.put("cases.open", "0");
        expected.put("cases.disposed", "2");
        expected.put("cases.disposedMu", "70");
        expected.put("cases.revitalisedMu", "30");
        expected.put("cases.stockAtStartMu", "40");
        expected.put("cases.clearedShare", "1.75");
        expected.put("cases.clearedTarget", "0.6");
        expected.put("cases.targetMu", "24");
        expected.put("factories.areaM2", "500");
        expected.put("factories.leasedM2", "0");
        expected.put("factories.vacantM2", "500");
        expected.put("factories.vacancyRate", "1");
        expected.put("factories.clearances", "1");
        expected.put("factories.clearedM2", "500");
        expected.put("factories.rentCollected", "5000");
        expected.put("factories.depositCollected", "10000");
        expected.put("factories.propertyFeeCollected", "1000");
        // six months of rent and property fee owed to the end of June, one of each paid
        expected.put("factories.arrears", "30000");
        expected.forEach((key, v) -> assertThat(value(json, key)).as(key).isEqualByComparingTo(v));
        // the base: 2017, when the first parcel was idle
        assertThat(json.getObject("parks[0].figures.find { it.key == 'land.idleMu' }.base", BigDecimal.class))
                .isEqualByComparingTo("40");

        assertThat(json.getList("parks[0].highlights.find { it.key == 'cases.byMethod' }.items.name", String.class))
                .containsExactly("无偿收回", "改造升级");
        assertThat(json.getList("parks[0].highlights.find { it.key == 'cases.decided' }.items.detail", String.class))
                .containsExactly("无偿收回", "改造升级");
        assertThat(json.getList("parks[0].highlights.find { it.key == 'factories.cleared' }.items.name", String.class))
                .containsExactly("指标测试电子有限公司");
    }

    @Test
    void figuresFollowTheParkRules() {
        given().auth().oauth2(Tokens.of("xg-ent-user")).queryParam("from", "2018-01").queryParam("to", "2018-12")
                .get("/api/figures").then().statusCode(403);
        given().auth().oauth2(Tokens.of("d2-leader")).queryParam("park", "xingguo").queryParam("from", "2018-01")
                .queryParam("to", "2018-12").get("/api/figures").then().statusCode(403);
        given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("query", "{ landFigures(from: \"2018-01\", to: \"2018-12\") { parks { park figures { key value } } } }"))
                .post("/graphql").then().statusCode(200).body("errors", equalTo(null))
                .body("data.landFigures.parks[0].park", equalTo("xingguo"));
    }

    @Test
    void aDisposalTargetIsSetByLandOfficersCheckedAndVersioned() {
        String admin = Tokens.of("admin");
        given().auth().oauth2(admin).queryParam("park", PARK).get("/api/land-cases/targets/2016").then().statusCode(404);
        given().auth().oauth2(admin).contentType(ContentType.JSON).queryParam("park", PARK).body(Map.of("clearedShare", 1.5))
                .put("/api/land-cases/targets/2016").then().statusCode(400).body("violations[0].field", equalTo("clearedShare"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).queryParam("park", PARK).body(Map.of("clearedShare", 0.5))
                .put("/api/land-cases/targets/2016").then().statusCode(200);
        given().auth().oauth2(admin).contentType(ContentType.JSON).queryParam("park", PARK).header("If-Match", "\"0\"")
                .body(Map.of("clearedShare", 0.7)).put("/api/land-cases/targets/2016").then().statusCode(200).header("ETag", "\"1\"");
        given().auth().oauth2(admin).contentType(ContentType.JSON).queryParam("park", PARK).header("If-Match", "\"0\"")
                .body(Map.of("clearedShare", 0.8)).put("/api/land-cases/targets/2016").then().statusCode(409);
        given().auth().oauth2(Tokens.of("province")).queryParam("park", PARK).get("/api/land-cases/targets/2016").then()
                .statusCode(200).body("clearedShare", equalTo(0.7f)).body("updatedBy", equalTo("admin"));
        // a leader reads but does not set; a 兴国 officer cannot touch another park
        given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON).body(Map.of("clearedShare", 0.9))
                .put("/api/land-cases/targets/2016").then().statusCode(403);
        given().auth().oauth2(Tokens.of("xg-land")).contentType(ContentType.JSON).queryParam("park", PARK)
                .body(Map.of("clearedShare", 0.9)).put("/api/land-cases/targets/2016").then().statusCode(403);
    }
}
