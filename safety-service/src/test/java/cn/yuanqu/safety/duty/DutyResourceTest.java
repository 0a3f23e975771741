package cn.yuanqu.safety.duty;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/** Letters, trainings and drills, and the to-do lists built from the park's ledger in enterprises-service. */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class DutyResourceTest {

    static List<String> missing(String user, int year) {
        return given().auth().oauth2(Tokens.of(user)).queryParam("year", year).get("/api/letters/missing").then()
                .statusCode(200).extract().path("enterpriseId");
    }

    @Test
    void enterprisesWithoutALetterThisYearAreListed() {
        assertThat(missing("xg-leader", 2025)).containsExactlyInAnyOrder(FakeEnterprises.XUHANGCHENG, FakeEnterprises.SANY);
        Map<String, Object> letter = Map.of("enterpriseId", FakeEnterprises.XUHANGCHENG, "year", 2025,
                "signedOn", "2025-02-20", "signatory", "王伟");
        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON).body(letter).post("/api/letters")
                .then().statusCode(201).body("enterpriseName", equalTo("兴国县旭航诚电子有限公司"));
        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON).body(letter).post("/api/letters")
                .then().statusCode(409).body("violations[0].field", equalTo("enterpriseId"));
        assertThat(missing("xg-leader", 2025)).containsExactly(FakeEnterprises.SANY);
        assertThat(missing("d2-leader", 2025)).containsExactly(FakeEnterprises.DEMO2);
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("year", 2025).get("/api/letters").then().statusCode(200)
                .body("enterpriseId", hasItem(FakeEnterprises.XUHANGCHENG));
        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON)
                .body(Map.of("enterpriseId", FakeEnterprises.DEMO2, "year", 2025, "signedOn", "2025-02-20", "signatory", "x"))
                .post("/api/letters").then().statusCode(422).body("violations[0].field", equalTo("enterpriseId"));
        given().auth().oauth2(Tokens.of("xg-ent-user")).queryParam("year", 2025).get("/api/letters/missing").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("year", "twenty").get("/api/letters/missing").then()
                .statusCode(400).body("violations[0].field", equalTo("year"));
    }

    @Test
    void newEnterprisesAreTrainedAndDrillsRecorded() {
        List<String> untrained = given().auth().oauth2(Tokens.of("xg-leader")).queryParam("since", "2024-01-01")
                .get("/api/trainings/untrained").then().statusCode(200).extract().path("enterpriseId");
        assertThat(untrained).containsExactly(FakeEnterprises.SANY);

        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON)
                .body(Map.of("kind", "WARNING_EDUCATION", "heldOn", "2024-03-01", "title", "安全生产警示教育",
                        "attendees", List.of(Map.of("enterpriseId", FakeEnterprises.DEMO2, "people", 3))))
                .post("/api/trainings").then().statusCode(422).body("violations[0].field", equalTo("attendees[0].enterpriseId"));
        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON)
                .body(Map.of("kind", "WARNING_EDUCATION", "heldOn", "2024-03-01", "title", "安全生产警示教育",
                        "attendees", List.of(Map.of("enterpriseId", FakeEnterprises.SANY, "people", 12),
                                Map.of("enterpriseId", FakeEnterprises.XUHANGCHENG, "people", 5))))
                .post("/api/trainings").then().statusCode(201).body("people", equalTo(17))
                .body("kindName", equalTo("警示教育"));
        untrained = given().auth().oauth2(Tokens.of("xg-leader")).queryParam("since", "2024-01-01")
                .get("/api/trainings/untrained").then().statusCode(200).extract().path("enterpriseId");
        assertThat(untrained).isEmpty();
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("from", "2024-01-01").queryParam("to", "2024-12-31")
                .get("/api/trainings").then().statusCode(200).body("title", hasItem("安全生产警示教育"));

        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON)
                .body(Map.of("kind", "FIRE_EVACUATION", "heldOn", "2024-11-09", "title", "全园区消防应急疏散演练",
                        "participants", 860))
                .post("/api/drills").then().statusCode(201).body("enterpriseId", equalTo(null));
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON)
                .body(Map.of("kind", "FIRE_EVACUATION", "heldOn", "2024-11-09", "title", "x", "participants", 1))
                .post("/api/drills").then().statusCode(403);
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("from", "2024-01-01").queryParam("to", "2024-12-31")
                .get("/api/drills").then().statusCode(200).body("participants", hasItem(860));
    }
}
