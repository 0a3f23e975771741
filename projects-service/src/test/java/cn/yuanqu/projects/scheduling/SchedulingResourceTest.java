package cn.yuanqu.projects.scheduling;

import static cn.yuanqu.projects.testing.TestProjects.approve;
import static cn.yuanqu.projects.testing.TestProjects.create;
import static cn.yuanqu.projects.testing.TestProjects.industrial;
import static cn.yuanqu.projects.testing.TestProjects.infrastructure;
import static cn.yuanqu.projects.testing.TestProjects.jointReview;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/** Scheduling over REST: meetings, the issues raised for projects, overdue, the joint review's approval. */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class SchedulingResourceTest {

    static String meeting(String kind, String heldOn) {
        return given().auth().oauth2(Tokens.of("xg-project")).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "heldOn", heldOn, "title", "项目建设调度会", "chair", "刘明"))
                .post("/api/meetings").then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse raise(String meetingId, String projectId, String deadline) {
        return given().auth().oauth2(Tokens.of("xg-project")).contentType(ContentType.JSON)
                .body(Map.of("projectId", projectId, "category", "UTILITIES", "description", "施工用电未接入",
                        "responsibleUnit", "县供电公司", "deadline", deadline))
                .post("/api/meetings/" + meetingId + "/issues").then();
    }

    @Test
    void aWeeklyMeetingRaisesIssuesThatAreOverdueUntilResolved() {
        String project = create("xg-project", infrastructure("2024-01-10")).statusCode(201).extract().path("id");
        String weekly = meeting("WEEKLY_SCHEDULING", "2024-03-04");
        raise(weekly, project, "2024-03-01").statusCode(422).body("violations[0].field", equalTo("deadline"));
        String late = raise(weekly, project, "2024-03-15").statusCode(201).body("status", equalTo("OPEN"))
                .body("overdue", equalTo(true)).extract().path("id");

        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("overdue", "true").get("/api/issues").then()
                .statusCode(200).body("id", hasItem(late));
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/meetings/" + weekly + "/issues").then()
                .statusCode(200).body("id", hasItem(late));

        given().auth().oauth2(Tokens.of("xg-project")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("resolvedOn", "2024-03-20", "resolution", "供电公司完成临电接入"))
                .post("/api/issues/" + late + "/resolution").then().statusCode(200).body("status", equalTo("RESOLVED"))
                .body("overdue", equalTo(false));
        given().auth().oauth2(Tokens.of("xg-project")).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("resolvedOn", "2024-03-21", "resolution", "再次"))
                .post("/api/issues/" + late + "/resolution").then().statusCode(422).body("code", equalTo("illegal-transition"));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("overdue", "true").get("/api/issues").then()
                .statusCode(200).body("id", not(hasItem(late)));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("overdue", "maybe").get("/api/issues").then()
                .statusCode(400).body("violations[0].field", equalTo("overdue"));
    }

    @Test
    void onlyAJointReviewApprovesAndOnlyASignedProject() {
        String project = create("xg-project", industrial("2024-02-01")).statusCode(201).extract().path("id");
        String weekly = meeting("WEEKLY_SCHEDULING", "2024-02-19");
        approve("xg-project", weekly, project, 0).statusCode(422).body("violations[0].rule", equalTo("JointReview"));
        String review = jointReview("2024-02-20");
        approve("xg-leader", review, project, 0).statusCode(403);
        approve("xg-project", review, project, 5).statusCode(409);
        approve("xg-project", review, project, 0).statusCode(200).body("stage", equalTo("APPROVED"))
                .body("stageSince", equalTo("2024-02-20"));
        approve("xg-project", review, project, 1).statusCode(422).body("code", equalTo("illegal-transition"));
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/projects/" + project + "/history").then()
                .statusCode(200).body("[1].meetingId", equalTo(review)).body("[1].text", equalTo("联审会议：园区项目联审会（2024-02-20）"));

        String publicWorks = create("xg-project", infrastructure("2024-02-01")).statusCode(201).extract().path("id");
        approve("xg-project", review, publicWorks, 0).statusCode(422).body("code", equalTo("illegal-transition"));
        // another park's officer sees neither the meeting nor the project
        given().auth().oauth2(Tokens.of("d2-leader")).get("/api/meetings/" + review).then().statusCode(404);
    }
}
