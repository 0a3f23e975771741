package cn.yuanqu.safety.hazard;

import static cn.yuanqu.safety.testing.TestSafety.approve;
import static cn.yuanqu.safety.testing.TestSafety.hazard;
import static cn.yuanqu.safety.testing.TestSafety.inspection;
import static cn.yuanqu.safety.testing.TestSafety.major;
import static cn.yuanqu.safety.testing.TestSafety.plan;
import static cn.yuanqu.safety.testing.TestSafety.raise;
import static cn.yuanqu.safety.testing.TestSafety.rectify;
import static cn.yuanqu.safety.testing.TestSafety.review;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/** The rectification loop over REST with real tokens: who may take which step, and when. */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class HazardLoopTest {

    @Test
    void aGeneralHazardIsRectifiedByTheEnterpriseAndClosedByAnOfficer() {
        String inspection = inspection("2024-03-04");
        String id = raise("xg-safety", hazard(inspection, "2024-03-20")).statusCode(201).body("status", equalTo("PENDING"))
                .body("level", equalTo("GENERAL")).body("supervised", equalTo(false)).extract().path("id");
        raise("xg-ent-user", hazard(inspection, "2024-03-20")).statusCode(403);

        rectify("xg-ent-user", id, 0, "2024-03-10", false).statusCode(200).body("status", equalTo("RECTIFYING"));
        rectify("xg-ent-user", id, 1, "2024-03-12", true).statusCode(200).body("status", equalTo("AWAITING_REVIEW"));
        // the enterprise never closes its own hazard
        review("xg-ent-user", id, 2, true, "2024-03-14", true, null).statusCode(403);
        // a failed review sends it back, with the reason
        review("xg-safety", id, 2, false, "2024-03-14", true, null).statusCode(422).body("violations[0].field", equalTo("opinion"));
        review("xg-safety", id, 2, false, "2024-03-14", true, "标线未划设").statusCode(200).body("status", equalTo("RECTIFYING"));
        rectify("xg-ent-user", id, 3, "2024-03-15", true).statusCode(200).body("status", equalTo("AWAITING_REVIEW"));
        review("xg-safety", id, 4, true, "2024-03-16", false, null).statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedOn", equalTo("2024-03-16")).body("closedBy", equalTo("xg-safety"));
        rectify("xg-ent-user", id, 5, "2024-03-17", true).statusCode(422).body("code", equalTo("illegal-transition"));
        review("xg-safety", id, 5, true, "2024-03-17", true, null).statusCode(422);

        List<String> kinds = given().auth().oauth2(Tokens.of("xg-ent-user")).get("/api/hazards/" + id + "/history").then()
                .statusCode(200).extract().path("kind");
        assertThat(kinds).containsExactly("RAISED", "RECTIFICATION", "RECTIFICATION", "REVIEW_FAILED", "RECTIFICATION",
                "REVIEW_PASSED");
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/hazards/" + id + "/rectifications").then().statusCode(200)
                .body("size()", equalTo(3)).body("[0].links[0]", equalTo("https://files.example.cn/evidence/1.jpg"));
    }

    @Test
    void aMajorHazardNeedsAPlanAnOnSiteReviewAndASecondPairOfEyes() {
        String inspection = inspection("2024-04-01");
        String id = raise("xg-safety", major(inspection, "2024-06-30", "M2")).statusCode(201).body("level", equalTo("MAJOR"))
                .body("supervised", equalTo(true)).body("criteria", equalTo(List.of("M2"))).extract().path("id");
        rectify("xg-ent-user", id, 0, "2024-04-05", false).statusCode(422).body("violations[0].rule", equalTo("PlanRequired"));
        Object funds = plan("xg-ent-user", id, 0).statusCode(200).extract().path("planFunds");
        assertThat(new java.math.BigDecimal(funds.toString())).isEqualByComparingTo("20000");
        rectify("xg-ent-user", id, 1, "2024-04-20", true).statusCode(200).body("status", equalTo("AWAITING_REVIEW"));
        review("xg-safety", id, 2, true, "2024-04-22", false, null).statusCode(422).body("violations[0].field", equalTo("onSite"));
        review("xg-safety", id, 2, true, "2024-04-22", true, "现场核查，人员已持证").statusCode(200)
                .body("status", equalTo("AWAITING_REVIEW")).body("reviewedBy", equalTo("xg-safety"));
        review("xg-safety2", id, 3, true, "2024-04-22", true, null).statusCode(422).body("code", equalTo("illegal-transition"));
        // never the reviewer, never the enterprise
        approve("xg-safety", id, 3, "2024-04-23").statusCode(422).body("violations[0].rule", equalTo("FourEyes"));
        approve("xg-ent-user", id, 3, "2024-04-23").statusCode(403);
        approve("xg-safety2", id, 3, "2024-04-21").statusCode(422).body("violations[0].field", equalTo("approvedOn"));
        approve("xg-safety2", id, 3, "2024-04-23").statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedBy", equalTo("xg-safety2"));
    }

    @Test
    void aLeaderMayApproveTheClosingToo() {
        String id = raise("xg-safety", major(inspection("2024-05-06"), "2024-06-30", "S-CONFINED-2")).statusCode(201)
                .extract().path("id");
        plan("xg-safety", id, 0).statusCode(200);
        rectify("xg-safety", id, 1, "2024-05-20", true).statusCode(200);
        review("xg-safety2", id, 2, true, "2024-05-21", true, null).statusCode(200);
        approve("xg-leader", id, 3, "2024-05-22").statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void overdueIsComputedFromTheDeadline() {
        String id = raise("xg-safety", hazard(inspection("2024-01-08"), "2024-01-31")).statusCode(201)
                .body("overdue", equalTo(true)).extract().path("id");
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("overdue", "true").queryParam("size", "200")
                .get("/api/hazards").then().statusCode(200).body("items.id", hasItem(id));
        rectify("xg-ent-user", id, 0, "2024-02-05", true).statusCode(200);
        review("xg-safety", id, 1, true, "2024-02-06", true, null).statusCode(200).body("overdue", equalTo(false));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("overdue", "true").queryParam("size", "200")
                .get("/api/hazards").then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void enterpriseUsersSeeOnlyTheirOwnAndOtherParksNothing() {
        String own = raise("xg-safety", hazard(inspection("2024-06-03"), "2024-06-30")).statusCode(201).extract().path("id");
        String other = raise("xg-safety", hazard(inspection(FakeEnterprises.SANY, "2024-06-03"), "2024-06-30"))
                .statusCode(201).extract().path("id");
        List<String> seen = given().auth().oauth2(Tokens.of("xg-ent-user")).queryParam("size", "200").get("/api/hazards")
                .then().statusCode(200).extract().path("items.id");
        assertThat(seen).contains(own).doesNotContain(other);
        given().auth().oauth2(Tokens.of("xg-ent-user")).get("/api/hazards/" + other).then().statusCode(403);
        rectify("xg-ent-user", other, 0, "2024-06-10", true).statusCode(403);
        given().auth().oauth2(Tokens.of("d2-leader")).get("/api/hazards/" + own).then().statusCode(404);
        given().auth().oauth2(Tokens.of("xg-ent-user")).contentType(ContentType.JSON)
                .body(Map.of("enterpriseIds", List.of(FakeEnterprises.XUHANGCHENG, FakeEnterprises.SANY)))
                .post("/api/hazards/by-enterprises").then().statusCode(200)
                .body("[0].hazards.id", hasItem(own)).body("[1].hazards", equalTo(List.of()));
    }

    @Test
    void criteriaNoticesAndEscalationsAreChecked() {
        String inspection = inspection("2024-07-01");
        raise("xg-safety", major(inspection, "2024-07-30", "NO-SUCH")).statusCode(422)
                .body("violations[0].field", equalTo("criteria[0]"));
        Map<String, Object> body = hazard(inspection, "2024-06-30");
        raise("xg-safety", body).statusCode(422).body("violations[0].field", equalTo("deadline"));
        body.put("deadline", "2024-07-30");
        String id = raise("xg-safety", body).statusCode(201).extract().path("id");
        raise("xg-safety", body).statusCode(409).body("violations[0].field", equalTo("noticeNo"));

        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON)
                .body(Map.of("kind", "PENALTY", "on", "2024-08-05")).post("/api/hazards/" + id + "/escalations").then()
                .statusCode(422).body("violations[0].field", equalTo("amount"));
        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON)
                .body(Map.of("kind", "PENALTY", "on", "2024-08-05", "amount", "20000", "authority", "县应急管理局"))
                .post("/api/hazards/" + id + "/escalations").then().statusCode(201).body("kindName", equalTo("行政处罚"));
        given().auth().oauth2(Tokens.of("xg-ent-user")).contentType(ContentType.JSON)
                .body(Map.of("kind", "INTERVIEW", "on", "2024-08-05")).post("/api/hazards/" + id + "/escalations").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/hazards/" + id + "/escalations").then().statusCode(200)
                .body("[0].amount", equalTo(20000.0f));
    }

    @Test
    void aParkCanDeactivateANationalCriterion() {
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/major-criteria").then().statusCode(200)
                .body("code", hasItem("M1")).body("find { it.code == 'M1' }.source", equalTo("NATIONAL"));
        Map<String, Object> off = Map.of("code", "I-LIGHT-1", "category", "INDUSTRY", "text", "纺织企业热定型工艺（本园区不适用）",
                "active", false);
        given().auth().oauth2(Tokens.of("d2-leader")).contentType(ContentType.JSON).body(off).put("/api/major-criteria")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).queryParam("park", "demo2").body(off)
                .put("/api/major-criteria").then().statusCode(200).body("source", equalTo("PARK"));
        given().auth().oauth2(Tokens.of("d2-leader")).get("/api/major-criteria").then().statusCode(200)
                .body("find { it.code == 'I-LIGHT-1' }.active", equalTo(false));
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/major-criteria").then().statusCode(200)
                .body("find { it.code == 'I-LIGHT-1' }.active", equalTo(true));
    }
}
