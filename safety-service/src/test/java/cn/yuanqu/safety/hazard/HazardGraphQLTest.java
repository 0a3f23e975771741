package cn.yuanqu.safety.hazard;

import static cn.yuanqu.safety.testing.TestSafety.hazard;
import static cn.yuanqu.safety.testing.TestSafety.inspection;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/** The subgraph: the loop's mutations with roles, and Enterprise.hazards/inspections batched for many enterprises. */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class HazardGraphQLTest {

    static ValidatableResponse graphql(String user, String query, Map<String, Object> variables) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables)).post("/graphql").then().statusCode(200);
    }

    @Test
    void theEnterpriseRectifiesAndOnlyAnOfficerReviews() {
        String id = graphql("xg-safety", "mutation($in: HazardInput!) { raiseHazard(input: $in) { id status } }",
                Map.of("in", hazard(inspection("2024-09-02"), "2024-09-30"))).body("errors", equalTo(null))
                .extract().path("data.raiseHazard.id");
        graphql("xg-ent-user", """
                mutation($id: ID!) { rectifyHazard(id: $id, version: 0, input: {doneOn: "2024-09-10", measures: "已清理",
                  completed: true}) { status statusName } }""", Map.of("id", id))
                .body("data.rectifyHazard.statusName", equalTo("待复查"));
        graphql("xg-ent-user", """
                mutation($id: ID!) { reviewHazard(id: $id, version: 1, input: {passed: true, reviewedOn: "2024-09-11",
                  onSite: true}) { status } }""", Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("forbidden"));
        graphql("xg-safety", """
                mutation($id: ID!) { reviewHazard(id: $id, version: 1, input: {passed: true, reviewedOn: "2024-09-11",
                  onSite: true}) { status } }""", Map.of("id", id))
                .body("data.reviewHazard.status", equalTo("CLOSED"));
    }

    @Test
    void hazardsAndInspectionsOfManyEnterprisesInOneQuery() {
        String id = graphql("xg-safety", "mutation($in: HazardInput!) { raiseHazard(input: $in) { id } }",
                Map.of("in", hazard(inspection(FakeEnterprises.SANY, "2024-09-03"), "2024-09-30")))
                .extract().path("data.raiseHazard.id");
        var answer = graphql("xg-leader", """
                query($reps: [_Any!]!) { _entities(representations: $reps) {
                  ... on Enterprise { id hazards { id overdue } inspections { id typeName } } } }""",
                Map.of("reps", List.of(Map.of("__typename", "Enterprise", "id", FakeEnterprises.SANY),
                        Map.of("__typename", "Enterprise", "id", FakeEnterprises.DEMO2))))
                .body("errors", equalTo(null)).extract();
        assertThat(answer.<List<String>> path("data._entities[0].hazards.id")).contains(id);
        assertThat(answer.<List<Object>> path("data._entities[1].hazards")).isEmpty();
        assertThat(answer.<List<String>> path("data._entities[0].inspections.typeName")).contains("日常检查");
    }
}
