package cn.yuanqu.safety.monitoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/**
 * Environmental monitoring with real tokens: limits seeded from the standards, idempotent pushes, and an
 * exceedance raising exactly one hazard — under sequential and concurrent retries.
 */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class MonitoringResourceTest {

    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static ValidatableResponse createPoint(String user, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body)
                .post("/api/monitoring-points").then();
    }

    static Map<String, Object> point(String code, String kind, String standard, String enterpriseId) {
        Map<String, Object> p = new HashMap<>(Map.of("code", code, "name", "北区雨水总排口", "kind", kind,
                "standard", standard, "responsiblePerson", "刘工"));
        if (enterpriseId != null) {
            p.put("enterpriseId", enterpriseId);
        }
        return p;
    }

    static Map<String, Object> sample(String pointId, String at, Object... indicatorValues) {
        List<Map<String, Object>> ms = new ArrayList<>();
        for (int i = 0; i < indicatorValues.length; i += 2) {
            ms.add(Map.of("indicator", indicatorValues[i], "value", indicatorValues[i + 1]));
        }
        return Map.of("pointId", pointId, "sampledAt", at, "laboratory", "兴国县环境监测站", "measurements", ms);
    }

    static Response push(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/samples");
    }

    static int hazardsOf(String user, String enterpriseId) {
        return given().auth().oauth2(Tokens.of(user)).queryParam("enterpriseId", enterpriseId).queryParam("size", 200)
                .get("/api/hazards").then().statusCode(200).extract().path("total");
    }

    @Test
    void limitsAreSeededFromTheChosenStandard() {
        createPoint("xg-safety", point(code("WS"), "SEWAGE_OUTLET", "GB8978_I", FakeEnterprises.SANY)).statusCode(201)
                .body("enterpriseName", equalTo("三一智能建造（兴国）有限公司"))
                .body("limits.find { it.indicator == 'COD' }.max", equalTo(100))
                .body("limits.find { it.indicator == 'NI' }.text", equalTo("≤1"))
                .body("limits.find { it.indicator == 'PH' }.text", equalTo("6–9"))
                .body("limits.find { it.indicator == 'TP' }", nullValue());
        createPoint("xg-safety", point(code("DB"), "SURFACE_WATER", "GB3838_IV", null)).statusCode(201)
                .body("enterpriseId", nullValue())
                .body("limits.find { it.indicator == 'TP' }.text", equalTo("≤0.3"))
                .body("limits.find { it.indicator == 'HG' }.text", equalTo("≤0.001"));
        createPoint("xg-safety", point(code("DB"), "SURFACE_WATER", "GB3838_V", null)).statusCode(201)
                .body("limits.find { it.indicator == 'NH3N' }.text", equalTo("≤2"))
                .body("limits.find { it.indicator == 'NI' }", nullValue());
    }

    @Test
    void badPointsAndUsersAreRefused() {
        String c = code("YS");
        createPoint("xg-safety", point(c, "RAIN_OUTLET", "GB3838_IV", null)).statusCode(201);
        createPoint("xg-safety", point(c, "RAIN_OUTLET", "GB3838_IV", null)).statusCode(409)
                .body("violations[0].field", equalTo("code"));
        Map<String, Object> noKind = point(code("YS"), "RAIN_OUTLET", "GB3838_IV", null);
        noKind.remove("kind");
        createPoint("xg-safety", noKind).statusCode(400).body("violations[0].field", equalTo("kind"));
        createPoint("xg-safety", point(code("YS"), "RAIN_OUTLET", "GB3838_IV", FakeEnterprises.DEMO2)).statusCode(422)
                .body("violations[0].field", equalTo("enterpriseId"));
        createPoint("xg-leader", point(code("YS"), "RAIN_OUTLET", "GB3838_IV", null)).statusCode(403);
        createPoint("xg-ent-user", point(code("YS"), "RAIN_OUTLET", "GB3838_IV", null)).statusCode(403);
    }

    @Test
    void anExceedanceRaisesOneHazardHoweverOftenItIsPushed() {
        String pointId = createPoint("xg-safety", point(code("CJ"), "WORKSHOP_OUTLET", "GB8978_I", FakeEnterprises.XUHANGCHENG))
                .statusCode(201).extract().path("id");
        int before = hazardsOf("xg-leader", FakeEnterprises.XUHANGCHENG);

        // within the limits: recorded, nothing raised
        push(Tokens.department(), sample(pointId, "2024-05-06T09:30:00+08:00", "PH", 7.2, "COD", 55, "NI", 0.4)).then()
                .statusCode(201).body("exceeded", equalTo(false)).body("hazardId", nullValue())
                .body("measurements.find { it.indicator == 'COD' }.limit", equalTo("≤100"));

        // over the limits: marked, one hazard for the point's enterprise
        Map<String, Object> over = sample(pointId, "2024-05-07T09:30:00+08:00", "PH", 5.1, "COD", 128, "NI", 0.4);
        Response first = push(Tokens.department(), over);
        first.then().statusCode(201).body("exceeded", equalTo(true)).body("hazardId", notNullValue())
                .body("measurements.find { it.indicator == 'COD' }.exceeded", equalTo(true))
                .body("measurements.find { it.indicator == 'PH' }.exceeded", equalTo(true))
                .body("measurements.find { it.indicator == 'NI' }.exceeded", equalTo(false));
        String sampleId = first.path("id");
        String hazardId = first.path("hazardId");
        given().auth().oauth2(Tokens.of("xg-ent-user")).get("/api/hazards/" + hazardId).then().statusCode(200)
                .body("sampleId", equalTo(sampleId)).body("inspectionId", nullValue())
                .body("enterpriseId", equalTo(FakeEnterprises.XUHANGCHENG)).body("category", equalTo("环境监测超标"))
                .body("foundOn", equalTo("2024-05-07")).body("deadline", equalTo("2024-05-22"))
                .body("responsiblePerson", equalTo("刘工")).body("status", equalTo("PENDING"))
                .body("description", org.hamcrest.Matchers.containsString("化学需氧量(COD) 128 mg/L（限值≤100）"));

        // retries: the same answer, no second hazard; the same instant in another offset is the same sample
        push(Tokens.department(), over).then().statusCode(200).body("id", equalTo(sampleId)).body("hazardId", equalTo(hazardId));
        push(Tokens.of("xg-safety"), sample(pointId, "2024-05-07T01:30:00Z", "PH", 5.1, "COD", 128.0, "NI", 0.40)).then()
                .statusCode(200).body("id", equalTo(sampleId));
        assertThat(hazardsOf("xg-leader", FakeEnterprises.XUHANGCHENG)).isEqualTo(before + 1);

        // different values for the same sample are a conflict, not an update
        push(Tokens.department(), sample(pointId, "2024-05-07T09:30:00+08:00", "PH", 5.1, "COD", 99)).then()
                .statusCode(409).body("code", equalTo("sample-conflict"));
        assertThat(hazardsOf("xg-leader", FakeEnterprises.XUHANGCHENG)).isEqualTo(before + 1);

        // the exceeded samples of the point; the enterprise sees its own point and samples
        given().auth().oauth2(Tokens.of("xg-ent-user")).queryParam("pointId", pointId).queryParam("exceeded", "true")
                .get("/api/samples").then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(sampleId));
        given().auth().oauth2(Tokens.of("xg-ent-user")).get("/api/monitoring-points").then().statusCode(200)
                .body("id", hasItem(pointId));
    }

    @Test
    void concurrentRetriesStillRaiseExactlyOneHazard() throws Exception {
        String pointId = createPoint("xg-safety", point(code("WS"), "SEWAGE_OUTLET", "GB8978_I", FakeEnterprises.SANY))
                .statusCode(201).extract().path("id");
        int before = hazardsOf("xg-leader", FakeEnterprises.SANY);
        Map<String, Object> over = sample(pointId, "2024-06-01T10:00:00+08:00", "NH3N", 31.5, "CR6", 0.9);
        String token = Tokens.department();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> push(token, over));
            }
            List<Integer> statuses = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                statuses.add(f.get().statusCode());
                ids.add(f.get().path("id"));
            }
            assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdown();
        }
        assertThat(hazardsOf("xg-leader", FakeEnterprises.SANY)).isEqualTo(before + 1);
    }

    @Test
    void theZonesOwnPointRaisesAHazardOfTheZone() {
        String pointId = createPoint("xg-safety", point(code("DB"), "SURFACE_WATER", "GB3838_IV", null))
                .statusCode(201).extract().path("id");
        String hazardId = push(Tokens.of("xg-safety"), sample(pointId, "2024-07-01T08:00:00+08:00", "TP", 0.52)).then()
                .statusCode(201).body("exceeded", equalTo(true)).extract().path("hazardId");
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/hazards/" + hazardId).then().statusCode(200)
                .body("enterpriseId", nullValue()).body("enterpriseName", nullValue());
        // not the enterprise's, not another park's
        given().auth().oauth2(Tokens.of("xg-ent-user")).get("/api/hazards/" + hazardId).then().statusCode(403);
        given().auth().oauth2(Tokens.of("xg-ent-user")).get("/api/monitoring-points/" + pointId).then().statusCode(404);
        given().auth().oauth2(Tokens.of("xg-ent-user")).get("/api/monitoring-points").then().statusCode(200)
                .body("id", not(hasItem(pointId)));
        given().auth().oauth2(Tokens.of("d2-leader")).get("/api/monitoring-points/" + pointId).then().statusCode(404);
        given().auth().oauth2(Tokens.of("d2-leader")).get("/api/samples").then().statusCode(200)
                .body("items.pointId", not(hasItem(pointId)));
    }

    @Test
    void limitsChangeForLaterSamplesOnly() {
        Response created = given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON)
                .body(point(code("YS"), "RAIN_OUTLET", "GB3838_V", null)).post("/api/monitoring-points");
        String pointId = created.path("id");
        String early = push(Tokens.of("xg-safety"), sample(pointId, "2024-08-01T08:00:00+08:00", "COD", 45)).then()
                .statusCode(201).body("exceeded", equalTo(true)).extract().path("id");

        List<Map<String, Object>> limits = List.of(Map.of("indicator", "COD", "max", 50), Map.of("indicator", "PH", "min", 6, "max", 9));
        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(List.of(Map.of("indicator", "COD", "max", 50), Map.of("indicator", "COD", "max", 60)))
                .put("/api/monitoring-points/" + pointId + "/limits").then().statusCode(422)
                .body("violations[0].field", equalTo("limits[1].indicator"));
        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(List.of(Map.of("indicator", "PH", "min", 9, "max", 6)))
                .put("/api/monitoring-points/" + pointId + "/limits").then().statusCode(422)
                .body("violations[0].field", equalTo("limits[0].min"));
        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(limits)
                .put("/api/monitoring-points/" + pointId + "/limits").then().statusCode(200).header("ETag", "\"1\"")
                .body("limits.size()", equalTo(2));
        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(limits)
                .put("/api/monitoring-points/" + pointId + "/limits").then().statusCode(409);

        push(Tokens.of("xg-safety"), sample(pointId, "2024-08-02T08:00:00+08:00", "COD", 45, "ZN", 9)).then().statusCode(201)
                .body("exceeded", equalTo(false)).body("measurements.find { it.indicator == 'ZN' }.limit", nullValue());
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/samples/" + early).then().statusCode(200)
                .body("measurements[0].limit", equalTo("≤40")).body("exceeded", equalTo(true));
    }

    @Test
    void badSamplesAreRefusedAndNothingIsWritten() {
        String pointId = createPoint("xg-safety", point(code("YS"), "RAIN_OUTLET", "GB3838_IV", null)).statusCode(201)
                .extract().path("id");
        push(Tokens.department(), sample(pointId, "2024-08-01T08:00:00+08:00", "COD", 45, "COD", 46)).then().statusCode(422)
                .body("violations[0].field", equalTo("measurements[1].indicator"));
        push(Tokens.department(), sample(pointId, "2099-08-01T08:00:00+08:00", "COD", 45)).then().statusCode(422)
                .body("violations[0].field", equalTo("sampledAt"));
        push(Tokens.department(), sample(pointId, "2024-08-01T08:00:00+08:00", "COD", -1)).then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.endsWith("value"));
        push(Tokens.department(), sample(pointId, "2024-08-01T08:00:00+08:00", "BOD5", 4)).then().statusCode(400);
        push(Tokens.department(), sample(UUID.randomUUID().toString(), "2024-08-01T08:00:00+08:00", "COD", 4)).then()
                .statusCode(404);
        push(Tokens.of("xg-leader"), sample(pointId, "2024-08-01T08:00:00+08:00", "COD", 4)).then().statusCode(403);
        push(Tokens.of("xg-ent-user"), sample(pointId, "2024-08-01T08:00:00+08:00", "COD", 4)).then().statusCode(403);
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("pointId", pointId).get("/api/samples").then()
                .statusCode(200).body("total", equalTo(0));
    }
}
