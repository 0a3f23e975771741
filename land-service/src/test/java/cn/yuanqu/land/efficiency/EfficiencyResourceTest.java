package cn.yuanqu.land.efficiency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/**
 * 亩产效益 through the API with real tokens: the holders on 31 December, one batched call to
 * enterprises-service with the service's own client-credentials token, classes by the park's scheme, the
 * distribution in the figures, D-class candidates, the batched look-up, roles and parks, and the yearly run.
 * Each test writes in its own park.
 */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class EfficiencyResourceTest {

    @Inject
    EfficiencyJob job;

    private static String enterprise(String park, String name) {
        String id = UUID.randomUUID().toString();
        FakeEnterprises.add(id, park, name);
        return id;
    }

    private static String parcel(String park, String code, String holder, int mu, String builtSince) {
        Map<String, Object> facts = new HashMap<>(Map.of("areaMu", mu, "landUse", "工业用地", "supplyMethod", "CONVEYANCE",
                "holderId", holder, "agreedStartOn", "2015-01-01", "startedOn", "2015-02-01", "landPrice", "3000000"));
        return given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).queryParam("park", park)
                .body(Map.of("code", code, "name", code, "status", "BUILT", "statusSince", builtSince, "facts", facts))
                .post("/api/parcels").then().statusCode(201).extract().path("id");
    }

    private static FakeEnterprises.Year above(long tax) {
        return new FakeEnterprises.Year(true, 12, tax * 10, tax, tax * 3, 100, tax / 10, 50);
    }

    private static Map<String, Object> scheme(String method, List<Map<String, Object>> weights) {
        Map<String, Object> s = new HashMap<>(Map.of("maxRatio", 2, "method", method, "weights", weights));
        s.putAll(Map.of("aShare", 0.2, "bShare", 0.4, "dShare", 0.2));
        return s;
    }

    private static List<Map<String, Object>> taxWeights() {
        return List.of(Map.of("population", "ABOVE_SCALE", "indicator", "TAX_PER_MU", "weight", 100),
                Map.of("population", "BELOW_SCALE", "indicator", "TAX_PER_MU", "weight", 100));
    }

    private static BigDecimal figure(JsonPath json, String key) {
        return json.getObject("parks[0].figures.find { it.key == '" + key + "' }.value", BigDecimal.class);
    }

    @Test
    void aYearIsClassedFromTheHoldersOnItsLastDayWithOneBatchedCallAndTheServicesOwnToken() {
        String park = "efftest";
        String e1 = enterprise(park, "甲公司");
        String e2 = enterprise(park, "乙公司");
        String e3 = enterprise(park, "丙公司");
        String e4 = enterprise(park, "丁公司（未报）");
        String e5 = enterprise(park, "戊公司（规下）");
        String gone = enterprise(park, "己公司（年中收回）");
        String later = enterprise(park, "庚公司（次年供地）");
        parcel(park, "EF-1", e1, 20, "2016-01-01");
        parcel(park, "EF-2", e2, 10, "2016-01-01");
        parcel(park, "EF-3", e3, 10, "2016-01-01");
        String idle = parcel(park, "EF-4", e4, 10, "2016-01-01");
        parcel(park, "EF-5", e5, 10, "2016-01-01");
        String recovered = parcel(park, "EF-6", gone, 30, "2016-01-01");
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("to", "RECOVERED", "effectiveDate", "2021-06-30")).post("/api/parcels/" + recovered + "/transitions")
                .then().statusCode(200);
        parcel(park, "EF-7", later, 10, "2022-03-01");
        FakeEnterprises.year(e1, 2021, above(400_000));
        FakeEnterprises.year(e2, 2021, above(300_000));
        FakeEnterprises.year(e3, 2021, above(150_000));
        FakeEnterprises.year(e4, 2021, new FakeEnterprises.Year(true, 0, 0, 0, 0, 0, 0, null));
        FakeEnterprises.year(e5, 2021, new FakeEnterprises.Year(false, 12, 500_000, 50_000, 100_000, 0, 0, 8));
        FakeEnterprises.year(gone, 2021, above(9_000_000));
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).queryParam("park", park)
                .body(scheme("PERCENTILE", taxWeights())).put("/api/efficiency/schemes/2021").then().statusCode(200);

        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(Map.of("park", park, "year", 2021))
                .post("/api/efficiency/evaluations").then().statusCode(200)
                .body("enterprises", equalTo(5)).body("schemeYear", equalTo(2021)).body("evaluatedBy", equalTo("admin"));
        // one call for the five holders of 31 December, with land-service's own token, not the officer's
        List<FakeEnterprises.TotalsCall> calls = FakeEnterprises.TOTALS_CALLS.stream()
                .filter(c -> c.park().equals(park) && c.year() == 2021).toList();
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).clientId()).isEqualTo("land-service");
        assertThat(calls.get(0).enterpriseIds()).containsExactlyInAnyOrder(e1, e2, e3, e4, e5);

        // 规上: tax per 亩 30000, 20000, 15000, 0 against the average 17000 — A, B, B, D; 规下 alone: C
        JsonPath results = given().auth().oauth2(Tokens.of("admin")).queryParam("park", park).queryParam("year", "2021")
                .queryParam("size", "50").get("/api/efficiency/results").then().statusCode(200).extract().jsonPath();
        assertThat(results.getList("items.enterpriseId")).containsExactly(e2, e1, e3, e4, e5);
        assertThat(results.getList("items.grade")).containsExactly("A", "B", "B", "D", "C");
        assertThat(results.getList("items.rank")).containsExactly(1, 2, 3, 4, 1);
        assertThat(results.getObject("items[0].score", BigDecimal.class)).isEqualByComparingTo("176.47");
        assertThat(results.getObject("items[0].scores[0].reference", BigDecimal.class)).isEqualByComparingTo("17000");
        assertThat(results.getObject("items[1].landMu", BigDecimal.class)).isEqualByComparingTo("20");
        assertThat(results.getInt("items[3].monthsReported")).isZero();
        given().auth().oauth2(Tokens.of("admin")).queryParam("park", park).get("/api/efficiency/evaluations/2021").then()
                .statusCode(200).body("distribution.find { it.population == 'ABOVE_SCALE' && it.grade == 'B' }.enterprises", equalTo(2))
                .body("distribution.find { it.population == 'BELOW_SCALE' }.grade", equalTo("C"));

        // the D class is offered for 低效 cases with the parcel it uses
        given().auth().oauth2(Tokens.of("admin")).queryParam("park", park).queryParam("year", "2021")
                .get("/api/efficiency/candidates").then().statusCode(200)
                .body("result.enterpriseId", equalTo(List.of(e4))).body("[0].parcels.id", equalTo(List.of(idle)));

        // the figures of 2021 carry the distribution
        JsonPath fig = given().auth().oauth2(Tokens.of("admin")).queryParam("park", park).queryParam("from", "2021-01")
                .queryParam("to", "2021-12").get("/api/figures").then().statusCode(200).extract().jsonPath();
        assertThat(figure(fig, "efficiency.year")).isEqualByComparingTo("2021");
        assertThat(figure(fig, "efficiency.evaluated")).isEqualByComparingTo("5");
        assertThat(figure(fig, "efficiency.gradeA")).isEqualByComparingTo("1");
        assertThat(figure(fig, "efficiency.gradeB")).isEqualByComparingTo("2");
        assertThat(figure(fig, "efficiency.gradeC")).isEqualByComparingTo("1");
        assertThat(figure(fig, "efficiency.gradeD")).isEqualByComparingTo("1");
        assertThat(figure(fig, "efficiency.gradeDMu")).isEqualByComparingTo("10");

        // corrected reports, evaluated again: the year's results are replaced, not added to
        FakeEnterprises.year(e4, 2021, above(600_000));
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(Map.of("park", park, "year", 2021))
                .post("/api/efficiency/evaluations").then().statusCode(200).body("enterprises", equalTo(5));
        given().auth().oauth2(Tokens.of("admin")).queryParam("park", park).queryParam("year", "2021")
                .get("/api/efficiency/results").then().statusCode(200).body("total", equalTo(5))
                .body("items[0].enterpriseId", equalTo(e4)).body("items.findAll { it.grade == 'D' }.enterpriseId", equalTo(List.of(e3)));

        // the batched look-up and Enterprise.efficiency: the latest result, in the order asked
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON)
                .body(Map.of("enterpriseIds", List.of(e3, "not-an-id", gone))).post("/api/efficiency/by-enterprises").then()
                .statusCode(200).body("enterpriseId", equalTo(List.of(e3, "not-an-id", gone)))
                .body("[0].latest.grade", equalTo("D")).body("[1].latest", nullValue()).body("[2].latest", nullValue());
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(Map.of("query", """
                query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Enterprise { id efficiency { year grade gradeLabel } } } }""",
                "variables", Map.of("reps", List.of(Map.of("__typename", "Enterprise", "id", e4),
                        Map.of("__typename", "Enterprise", "id", later)))))
                .post("/graphql").then().statusCode(200).body("errors", nullValue())
                .body("data._entities[0].efficiency.grade", equalTo("A"))
                .body("data._entities[0].efficiency.gradeLabel", equalTo("A类 优先发展"))
                .body("data._entities[1].efficiency", nullValue());
    }

    @Test
    void schemesAreCheckedVersionedAndCarriedForwardAndOnlyLandOfficersRunThem() {
        String park = "effscheme";
        given().auth().oauth2(Tokens.of("admin")).queryParam("park", park).get("/api/efficiency/schemes/2020").then()
                .statusCode(200).body("stored", equalTo(false)).body("basedOnYear", nullValue())
                .body("scheme.method", equalTo("PERCENTILE")).body("scheme.weights.size()", equalTo(8));
        List<Map<String, Object>> bad = new ArrayList<>(taxWeights());
        bad.set(1, Map.of("population", "BELOW_SCALE", "indicator", "TAX_PER_MU", "weight", 90));
        Map<String, Object> wrong = scheme("THRESHOLD", bad);
        wrong.putAll(Map.of("aMin", 60, "bMin", 90, "cMin", 30));
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).queryParam("park", park).body(wrong)
                .put("/api/efficiency/schemes/2020").then().statusCode(400)
                .body("violations.field", hasItem("weights")).body("violations.field", hasItem("bMin"));
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).queryParam("park", park)
                .body(scheme("PERCENTILE", taxWeights())).put("/api/efficiency/schemes/2020").then().statusCode(200)
                .header("ETag", "\"0\"").body("stored", equalTo(true));
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).queryParam("park", park).header("If-Match", "\"0\"")
                .body(scheme("PERCENTILE", taxWeights())).put("/api/efficiency/schemes/2020").then().statusCode(200);
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).queryParam("park", park).header("If-Match", "\"0\"")
                .body(scheme("PERCENTILE", taxWeights())).put("/api/efficiency/schemes/2020").then().statusCode(409);
        // later years use it until they get their own
        given().auth().oauth2(Tokens.of("admin")).queryParam("park", park).get("/api/efficiency/schemes/2023").then()
                .statusCode(200).body("stored", equalTo(false)).body("basedOnYear", equalTo(2020))
                .body("scheme.weights.size()", equalTo(2));

        int thisYear = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        given().auth().oauth2(Tokens.of("xg-land")).contentType(ContentType.JSON).body(Map.of("year", thisYear))
                .post("/api/efficiency/evaluations").then().statusCode(422).body("violations[0].field", equalTo("year"));
        // roles live in the realm: a project officer, an enterprise user may not run or set anything
        given().auth().oauth2(Tokens.of("xg-project")).contentType(ContentType.JSON).body(Map.of("year", 2021))
                .post("/api/efficiency/evaluations").then().statusCode(403);
        given().auth().oauth2(Tokens.of("xg-ent-user")).contentType(ContentType.JSON).body(scheme("PERCENTILE", taxWeights()))
                .put("/api/efficiency/schemes/2021").then().statusCode(403);
        given().auth().oauth2(Tokens.of("xg-ent-user")).queryParam("year", "2021").get("/api/efficiency/candidates").then()
                .statusCode(403);
        // and a 兴国 officer sees nothing of another park
        given().auth().oauth2(Tokens.of("xg-land")).queryParam("park", park).get("/api/efficiency/schemes/2020").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON).body(Map.of("query",
                "mutation { evaluateEfficiency(input: {year: 2021}) { enterprises } }")).post("/graphql").then()
                .statusCode(200).body("errors[0].message", notNullValue());
    }

    @Test
    void theYearlyRunEvaluatesLastYearOnceInEveryParkWithLandHolders() throws Throwable {
        String park = "effjob";
        int lastYear = Year.now(ZoneId.of("Asia/Shanghai")).getValue() - 1;
        String holder = enterprise(park, "定时评价有限公司");
        parcel(park, "EJ-1", holder, 12, "2018-05-01");
        FakeEnterprises.year(holder, lastYear, above(120_000));

        assertThat(VertxContextSupport.subscribeAndAwait(() -> job.evaluateLastYear())).isPositive();
        given().auth().oauth2(Tokens.of("admin")).queryParam("park", park).get("/api/efficiency/evaluations/" + lastYear).then()
                .statusCode(200).body("evaluatedBy", equalTo(EfficiencyJob.ACTOR)).body("enterprises", equalTo(1))
                .body("schemeYear", nullValue());
        assertThat(FakeEnterprises.TOTALS_CALLS.stream().filter(c -> c.park().equals(park)))
                .singleElement().extracting(FakeEnterprises.TotalsCall::clientId).isEqualTo("land-service");
        // a second run finds every park done
        assertThat(VertxContextSupport.subscribeAndAwait(() -> job.evaluateLastYear())).isZero();
        assertThat(FakeEnterprises.TOTALS_CALLS.stream().filter(c -> c.park().equals(park))).hasSize(1);
    }
}
