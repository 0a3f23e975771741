package cn.yuanqu.projects.promotion;

import static cn.yuanqu.projects.testing.TestProjects.industrial;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/** Investment promotion over REST: a lead's life to its signing as a project, activities and their leads. */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class PromotionResourceTest {

    static Map<String, Object> lead(String company) {
        Map<String, Object> body = new HashMap<>();
        body.put("company", company + "-" + UUID.randomUUID().toString().substring(0, 6));
        body.put("contact", "陈总 138****5678");
        body.put("sourceRegion", "株洲");
        body.put("industryChain", "电子信息");
        body.put("product", "电子元器件");
        body.put("intendedInvestment", "200000000");
        body.put("owner", "曾伟");
        body.put("firstContactOn", "2024-03-05");
        return body;
    }

    static ValidatableResponse record(String user, String park, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).queryParam("park", park).body(body)
                .post("/api/leads").then();
    }

    static ValidatableResponse move(String id, long version, String to, String on, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("to", to, "effectiveDate", on));
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().auth().oauth2(Tokens.of("xg-project")).contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"").body(body).post("/api/leads/" + id + "/transitions").then();
    }

    static ValidatableResponse sign(String id, long version, Map<String, Object> project) {
        return given().auth().oauth2(Tokens.of("xg-project")).contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"").body(Map.of("project", project))
                .post("/api/leads/" + id + "/signing").then();
    }

    @Test
    void aLeadGoesIntoTalksAndIsSignedAsAProject() {
        String id = record("xg-project", "xingguo", lead("株洲大川电子")).statusCode(201).body("status", equalTo("LEAD"))
                .body("nextStatuses", contains("NEGOTIATING", "ABANDONED")).extract().path("id");
        // no signing straight from a lead, nor through the transitions
        sign(id, 0, industrial("2024-05-30")).statusCode(422).body("code", equalTo("illegal-transition"));
        move(id, 0, "SIGNED", "2024-04-01", null).statusCode(422).body("violations[0].rule", equalTo("ThroughSigning"));

        move(id, 0, "NEGOTIATING", "2024-04-01", null).statusCode(200).body("status", equalTo("NEGOTIATING"));
        given().auth().oauth2(Tokens.of("xg-project")).contentType(ContentType.JSON)
                .body(Map.of("on", "2024-04-20", "text", "赴株洲考察，对方确认选址意向")).post("/api/leads/" + id + "/follow-ups")
                .then().statusCode(201).body("kind", equalTo("FOLLOW_UP"));

        // the project is checked like any other: an unknown investor stops the signing, nothing is written
        Map<String, Object> unknown = industrial("2024-05-30");
        unknown.put("investorId", "00000000-0000-4000-8000-000000000000");
        sign(id, 1, unknown).statusCode(422).body("violations[0].field", equalTo("investorId"));
        Map<String, Object> early = industrial("2024-03-30");
        sign(id, 1, early).statusCode(422).body("violations[0].field", equalTo("project.signedOn"));

        var signed = sign(id, 1, industrial("2024-05-30")).statusCode(200).body("lead.status", equalTo("SIGNED"))
                .body("project.stage", equalTo("SIGNED")).extract();
        String projectId = signed.path("project.id");
        assertThat(signed.<String> path("lead.projectId")).isEqualTo(projectId);
        assertThat(signed.<String> path("project.leadId")).isEqualTo(id);
        sign(id, 2, industrial("2024-05-30")).statusCode(422).body("code", equalTo("illegal-transition"));

        List<String> kinds = given().auth().oauth2(Tokens.of("xg-leader")).get("/api/leads/" + id + "/log").then()
                .statusCode(200).extract().path("kind");
        assertThat(kinds).containsExactly("STATUS", "STATUS", "FOLLOW_UP", "STATUS");
    }

    @Test
    void anAbandonedLeadNeedsAReasonAndStaysAbandoned() {
        String id = record("xg-project", "xingguo", lead("深圳悦茜电子")).statusCode(201).extract().path("id");
        move(id, 0, "ABANDONED", "2024-04-01", null).statusCode(422).body("violations[0].field", equalTo("reason"));
        move(id, 0, "ABANDONED", "2024-03-01", "对方转投他地").statusCode(422).body("violations[0].field", equalTo("effectiveDate"));
        move(id, 0, "ABANDONED", "2024-04-01", "对方转投他地").statusCode(200).body("abandonReason", equalTo("对方转投他地"));
        move(id, 1, "NEGOTIATING", "2024-04-02", null).statusCode(422).body("code", equalTo("illegal-transition"));
        move(id, 0, "NEGOTIATING", "2024-04-02", null).statusCode(409);
    }

    @Test
    void activitiesListTheLeadsTheyTouchedOfTheirOwnPark() {
        String lead1 = record("xg-project", "xingguo", lead("深圳捷益达电子")).statusCode(201).extract().path("id");
        String lead2 = record("xg-project", "xingguo", lead("广州清盛服装")).statusCode(201).extract().path("id");
        String otherPark = record("admin", "demo2", lead("示范园区客商")).statusCode(201).extract().path("id");

        Map<String, Object> trip = new HashMap<>(Map.of("kind", "TRIP", "startOn", "2024-04-18", "endOn", "2024-04-20",
                "title", "赴深圳电子信息产业招商", "place", "深圳", "people", "刘明、曾伟",
                "leadIds", List.of(lead1, lead2)));
        String id = given().auth().oauth2(Tokens.of("xg-project")).contentType(ContentType.JSON).body(trip)
                .post("/api/activities").then().statusCode(201).body("kindName", equalTo("外出招商"))
                .body("leadIds", hasItem(lead1)).body("leadIds", hasItem(lead2)).extract().path("id");

        trip.put("leadIds", List.of(lead1, otherPark));
        given().auth().oauth2(Tokens.of("xg-project")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(trip).put("/api/activities/" + id).then().statusCode(422)
                .body("violations[0].field", equalTo("leadIds[1]"));
        trip.put("leadIds", List.of(lead2));
        given().auth().oauth2(Tokens.of("xg-project")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(trip).put("/api/activities/" + id).then().statusCode(200).body("leadIds", equalTo(List.of(lead2)));

        trip.put("endOn", "2024-04-17");
        given().auth().oauth2(Tokens.of("xg-project")).contentType(ContentType.JSON).body(trip).post("/api/activities")
                .then().statusCode(422).body("violations[0].field", equalTo("endOn"));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("kind", "TRIP").queryParam("from", "2024-04-01")
                .get("/api/activities").then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON).body(trip).post("/api/activities")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of("d2-leader")).get("/api/activities/" + id).then().statusCode(404);
    }
}
