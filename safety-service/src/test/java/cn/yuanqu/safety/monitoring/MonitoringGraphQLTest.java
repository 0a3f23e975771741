package cn.yuanqu.safety.monitoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/** Monitoring in the subgraph: points, limits and pushes with roles; a retried push is the same sample. */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class MonitoringGraphQLTest {

    static ValidatableResponse graphql(String token, String query, Map<String, Object> variables) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables)).post("/graphql").then().statusCode(200);
    }

    @Test
    void aDepartmentPushesOverGraphQLAndARetryIsTheSameSample() {
        String point = graphql(Tokens.of("xg-safety"), """
                mutation { createMonitoringPoint(input: {code: "GQL-WS-01", name: "污水处理厂出水口", kind: TREATMENT_PLANT,
                  standard: GB8978_I, responsiblePerson: "陈工"}) { id standardName limits { indicator text } } }""", Map.of())
                .body("errors", equalTo(null)).body("data.createMonitoringPoint.standardName", equalTo("GB 8978-1996 一级标准"))
                .extract().path("data.createMonitoringPoint.id");
        graphql(Tokens.of("xg-leader"), """
                mutation($id: ID!) { setPointLimits(id: $id, version: 0, limits: [{indicator: COD, max: 50}]) { id } }""",
                Map.of("id", point)).body("errors[0].message", notNullValue()).body("data", equalTo(null));
        graphql(Tokens.of("xg-safety"), """
                mutation($id: ID!) { setPointLimits(id: $id, version: 0, limits: [{indicator: COD, max: 50}]) { version limits { text } } }""",
                Map.of("id", point)).body("data.setPointLimits.limits[0].text", equalTo("≤50"))
                .body("data.setPointLimits.version", equalTo(1));

        String push = """
                mutation($in: SampleInput!) { pushSample(input: $in) { id exceeded hazardId measurements { indicator exceeded limit } } }""";
        Map<String, Object> in = Map.of("in", Map.of("pointId", point, "sampledAt", "2024-10-10T09:30:00+08:00",
                "measurements", List.of(Map.of("indicator", "COD", "value", 61))));
        String id = graphql(Tokens.department(), push, in).body("errors", equalTo(null))
                .body("data.pushSample.exceeded", equalTo(true)).body("data.pushSample.measurements[0].limit", equalTo("≤50"))
                .extract().path("data.pushSample.id");
        String hazard = graphql(Tokens.department(), push, in).body("data.pushSample.id", equalTo(id))
                .extract().path("data.pushSample.hazardId");
        graphql(Tokens.of("xg-leader"), "query($id: ID!) { hazard(id: $id) { sampleId category enterpriseId } }", Map.of("id", hazard))
                .body("data.hazard.sampleId", equalTo(id)).body("data.hazard.enterpriseId", equalTo(null));
        graphql(Tokens.of("xg-leader"), "query($p: ID) { samples(pointId: $p, exceeded: true) { total items { id } } }",
                Map.of("p", point)).body("data.samples.total", equalTo(1)).body("data.samples.items[0].id", equalTo(id));
        graphql(Tokens.of("xg-ent-user"), push, in).body("errors[0].message", notNullValue());
        graphql(Tokens.of("d2-leader"), "query { monitoringPoints { code } }", Map.of())
                .body("data.monitoringPoints.code", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("GQL-WS-01")));
        graphql(Tokens.of("province"), "query { safetyFigures(parks: [\"xingguo\"], from: \"2024-10\", to: \"2024-10\") { parks { park } } }",
                Map.of()).body("data.safetyFigures.parks[0].park", equalTo("xingguo"));
    }
}
