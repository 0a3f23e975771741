package cn.yuanqu.safety.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/** Inspection-feedback items tracked to 销号: every allowed and refused step, overdue, roles. */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class FeedbackResourceTest {

    static ValidatableResponse step(String user, String id, long version, String to, String on, String text) {
        Map<String, Object> body = new HashMap<>(Map.of("to", to, "effectiveDate", on));
        if (text != null) {
            body.put("text", text);
        }
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(body).post("/api/feedback-items/" + id + "/transitions").then();
    }

    @Test
    void anItemIsRectifiedSentBackAndClosed() {
        Map<String, Object> item = new HashMap<>(Map.of("source", "CENTRAL_INSPECTION", "batch", "第二轮",
                "code", "ZY-2022-017", "description", "园区雨水排口检出总磷超标", "enterpriseId", FakeEnterprises.SANY,
                "responsibleUnit", "园区安环部", "deadline", "2022-09-30", "receivedOn", "2022-06-10"));
        String id = given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON).body(item)
                .post("/api/feedback-items").then().statusCode(201).body("status", equalTo("OPEN"))
                .body("enterpriseName", equalTo("三一智能建造（兴国）有限公司")).body("overdue", equalTo(true))
                .extract().path("id");
        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON).body(item)
                .post("/api/feedback-items").then().statusCode(409).body("violations[0].field", equalTo("code"));
        given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON).body(item)
                .post("/api/feedback-items").then().statusCode(403);

        step("xg-safety", id, 0, "CLOSED", "2022-07-01", null).statusCode(422).body("code", equalTo("illegal-transition"));
        step("xg-safety", id, 0, "RECTIFIED", "2022-07-01", null).statusCode(422).body("violations[0].field", equalTo("text"));
        step("xg-safety", id, 0, "RECTIFIED", "2022-06-01", "x").statusCode(422).body("violations[0].field", equalTo("effectiveDate"));
        step("xg-safety", id, 0, "RECTIFIED", "2022-07-01", "完成雨污分流改造").statusCode(200).body("status", equalTo("RECTIFIED"));
        step("xg-safety", id, 1, "OPEN", "2022-07-20", "复测仍超标").statusCode(200).body("status", equalTo("OPEN"));
        step("xg-safety", id, 2, "RECTIFIED", "2022-08-15", "增设初期雨水收集池").statusCode(200);
        step("xg-safety", id, 3, "CLOSED", "2022-09-01", null).statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedOn", equalTo("2022-09-01")).body("overdue", equalTo(false));
        step("xg-safety", id, 4, "OPEN", "2022-09-02", "x").statusCode(422).body("code", equalTo("illegal-transition"));

        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("status", "CLOSED").get("/api/feedback-items").then()
                .statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("overdue", "true").get("/api/feedback-items").then()
                .statusCode(200).body("id", not(hasItem(id)));
        assertThat(given().auth().oauth2(Tokens.of("d2-leader")).get("/api/feedback-items").then().statusCode(200)
                .extract().<java.util.List<String>> path("id")).doesNotContain(id);
    }
}
