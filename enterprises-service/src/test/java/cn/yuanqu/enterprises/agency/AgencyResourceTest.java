package cn.yuanqu.enterprises.agency;

import static cn.yuanqu.enterprises.testing.TestEnterprises.input;
import static cn.yuanqu.enterprises.testing.TestEnterprises.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.enterprises.testing.DatabaseSnapshot;
import cn.yuanqu.testing.Tokens;

/** 帮代办 over REST: received, closed once, for an enterprise or a company being set up. */
@QuarkusTest
class AgencyResourceTest {

    static ValidatableResponse receive(String user, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).queryParam("park", "xingguo")
                .body(body).post("/api/agency-matters").then();
    }

    static ValidatableResponse close(String id, long version, String to, String on) {
        return given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(Map.of("to", to, "on", on, "result", "已取得施工许可证")).post("/api/agency-matters/" + id + "/closing").then();
    }

    @Test
    void aMatterIsReceivedAndClosedOnceWithItsDates() {
        String ent = register("xingguo", input("代办测试有限公司")).path("id");
        String id = receive("xg-enterprise", Map.of("enterpriseId", ent, "kind", "CONSTRUCTION_PERMIT",
                "title", "二期厂房施工许可", "handler", "刘芳", "receivedOn", "2024-03-01", "promisedOn", "2024-03-10"))
                .statusCode(201).body("applicant", equalTo("代办测试有限公司")).body("status", equalTo("RECEIVED"))
                .extract().path("id");
        close(id, 0, "CLOSED", "2024-02-28").statusCode(422).body("violations[0].field", equalTo("on"));
        close(id, 0, "CLOSED", "2024-03-08").statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedOn", equalTo("2024-03-08"));
        close(id, 1, "TERMINATED", "2024-03-09").statusCode(422).body("code", equalTo("illegal-transition"));
    }

    @Test
    void aCompanyBeingSetUpIsNamedByItsApplicantAndEnterprisesCannotRecordMatters() {
        receive("xg-enterprise", Map.of("kind", "ESTABLISHMENT", "title", "新公司设立登记", "handler", "刘芳",
                "receivedOn", "2024-04-01")).statusCode(422).body("violations[0].field", equalTo("applicant"));
        receive("xg-enterprise", Map.of("applicant", "深圳捷益达电子（筹）", "kind", "ESTABLISHMENT",
                "title", "新公司设立登记", "handler", "刘芳", "receivedOn", "2024-04-01")).statusCode(201)
                .body("enterpriseId", equalTo(null));
        Map<String, String> before = DatabaseSnapshot.take();
        receive("xg-ent-user", Map.of("applicant", "x", "kind", "OTHER", "title", "x", "handler", "x")).statusCode(403);
        receive("xg-enterprise", Map.of("applicant", "x", "kind", "NOPE", "title", "x", "handler", "x")).statusCode(400);
        assertThat(DatabaseSnapshot.take()).isEqualTo(before);
    }
}
