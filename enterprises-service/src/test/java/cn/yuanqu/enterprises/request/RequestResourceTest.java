package cn.yuanqu.enterprises.request;

import static cn.yuanqu.enterprises.testing.TestEnterprises.XUHANGCHENG_ID;
import static cn.yuanqu.enterprises.testing.TestEnterprises.ensureXuhangcheng;
import static cn.yuanqu.enterprises.testing.TestEnterprises.input;
import static cn.yuanqu.enterprises.testing.TestEnterprises.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.enterprises.testing.DatabaseSnapshot;
import cn.yuanqu.testing.Tokens;

/** Requests (诉求) and visits over REST with real tokens: the state machine, who may do what, overdue. */
@QuarkusTest
class RequestResourceTest {

    static ValidatableResponse submit(String user, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).queryParam("park", "xingguo")
                .body(body).post("/api/requests").then();
    }

    static Map<String, Object> request(String enterpriseId, String submittedOn) {
        Map<String, Object> body = new HashMap<>();
        if (enterpriseId != null) {
            body.put("enterpriseId", enterpriseId);
        }
        body.put("category", "UTILITIES");
        body.put("title", "厂区门口道路破损，影响货车通行");
        body.put("description", "红门片区道路约200米需修复");
        body.put("submittedOn", submittedOn);
        return body;
    }

    static ValidatableResponse step(String user, String id, long version, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(body).post("/api/requests/" + id + "/transitions").then();
    }

    static ValidatableResponse rate(String user, String id, long version, int satisfaction) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(Map.of("satisfaction", satisfaction, "comment", "解决及时", "ratedOn", "2024-03-20"))
                .post("/api/requests/" + id + "/rating").then();
    }

    @Test
    void anEnterpriseSubmitsAndRatesItsOwnRequestWhileOfficersHandleIt() {
        ensureXuhangcheng();
        String id = submit("xg-ent-user", request(null, "2024-03-01")).statusCode(201)
                .body("enterpriseId", equalTo(XUHANGCHENG_ID)).body("channel", equalTo("ONLINE"))
                .body("status", equalTo("SUBMITTED")).extract().path("id");

        // the enterprise cannot handle its own request, nor rate it before it is closed
        step("xg-ent-user", id, 0, Map.of("to", "ACCEPTED", "effectiveDate", "2024-03-02", "assignee", "钟建华",
                "deadline", "2024-03-15")).statusCode(403);
        rate("xg-ent-user", id, 0, 5).statusCode(422).body("code", equalTo("illegal-transition"));

        step("xg-enterprise", id, 0, Map.of("to", "ACCEPTED", "effectiveDate", "2024-03-02", "assignee", "钟建华",
                "deadline", "2024-03-15")).statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("acceptedOn", equalTo("2024-03-02")).body("deadline", equalTo("2024-03-15"));
        step("xg-enterprise", id, 1, Map.of("to", "IN_PROGRESS", "effectiveDate", "2024-03-05")).statusCode(200);
        step("xg-enterprise", id, 2, Map.of("to", "CLOSED", "effectiveDate", "2024-03-12",
                "resolution", "协调交通局修复道路200米")).statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedOn", equalTo("2024-03-12")).body("overdue", equalTo(false));
        rate("xg-ent-user", id, 3, 5).statusCode(200).body("status", equalTo("RATED")).body("satisfaction", equalTo(5));

        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/requests/" + id + "/history").then().statusCode(200)
                .body("to", equalTo(List.of("SUBMITTED", "ACCEPTED", "IN_PROGRESS", "CLOSED", "RATED")))
                .body("[4].actor", equalTo("xg-ent-user")).body("[1].actor", equalTo("xg-enterprise"));
    }

    @Test
    void illegalStepsAndMissingFieldsAreRefusedWithoutWritingAnything() {
        String ent = register("xingguo", input("诉求规则测试有限公司")).path("id");
        String id = submit("xg-enterprise", request(ent, "2024-04-01")).statusCode(201).body("channel", equalTo("OTHER"))
                .extract().path("id");
        Map<String, String> before = DatabaseSnapshot.take();

        step("xg-enterprise", id, 0, Map.of("to", "CLOSED", "effectiveDate", "2024-04-02", "resolution", "x"))
                .statusCode(422).body("code", equalTo("illegal-transition"));
        step("xg-enterprise", id, 0, Map.of("to", "ACCEPTED", "effectiveDate", "2024-04-02"))
                .statusCode(422).body("violations.field", hasItem("assignee")).body("violations.field", hasItem("deadline"));
        step("xg-enterprise", id, 0, Map.of("to", "ACCEPTED", "effectiveDate", "2024-04-05", "assignee", "李明",
                "deadline", "2024-04-03")).statusCode(422).body("violations[0].field", equalTo("deadline"))
                .body("violations[0].rule", equalTo("NotBeforeAccepted"));
        step("xg-enterprise", id, 0, Map.of("to", "ACCEPTED", "effectiveDate", "2024-03-30", "assignee", "李明",
                "deadline", "2024-04-30")).statusCode(422).body("violations[0].field", equalTo("effectiveDate"));
        step("xg-enterprise", id, 0, Map.of("to", "RETURNED", "effectiveDate", "2024-04-02"))
                .statusCode(422).body("violations[0].field", equalTo("reason"));
        step("xg-enterprise", id, 7, Map.of("to", "RETURNED", "effectiveDate", "2024-04-02", "reason", "重复"))
                .statusCode(409);
        submit("xg-enterprise", Map.of("enterpriseId", ent, "title", "缺类别")).statusCode(400)
                .body("violations.field", hasItem("category"));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("overdue", "maybe").queryParam("submittedFrom", "2024-13-01")
                .get("/api/requests").then().statusCode(400)
                .body("violations.field", equalTo(List.of("submittedFrom", "overdue")));
        assertThat(DatabaseSnapshot.take()).isEqualTo(before);

        step("xg-enterprise", id, 0, Map.of("to", "RETURNED", "effectiveDate", "2024-04-02", "reason", "不属园区职责，已告知企业向县人社局反映"))
                .statusCode(200).body("status", equalTo("RETURNED")).body("returnedOn", equalTo("2024-04-02"));
        step("xg-enterprise", id, 1, Map.of("to", "ACCEPTED", "effectiveDate", "2024-04-03", "assignee", "李明",
                "deadline", "2024-04-30")).statusCode(422).body("code", equalTo("illegal-transition"));
    }

    @Test
    void anEnterpriseUserSeesAndSubmitsOnlyForItsOwnEnterprise() {
        ensureXuhangcheng();
        String other = register("xingguo", input("诉求隔离测试有限公司")).path("id");
        String foreign = submit("xg-enterprise", request(other, "2024-05-01")).statusCode(201).extract().path("id");

        submit("xg-ent-user", request(other, "2024-05-01")).statusCode(403);
        given().auth().oauth2(Tokens.of("xg-ent-user")).get("/api/requests/" + foreign).then().statusCode(403);
        given().auth().oauth2(Tokens.of("xg-ent-user")).queryParam("size", 200).get("/api/requests").then().statusCode(200)
                .body("items.enterpriseId", not(hasItem(other)));
        given().auth().oauth2(Tokens.of("d2-leader")).get("/api/requests/" + foreign).then().statusCode(404);
        given().auth().oauth2(Tokens.of("d2-leader")).queryParam("park", "xingguo").get("/api/requests").then().statusCode(403);
    }

    @Test
    void aRequestPastItsDeadlineIsOverdueUntilClosed() {
        String ent = register("xingguo", input("诉求超期测试有限公司")).path("id");
        String id = submit("xg-enterprise", request(ent, "2024-01-10")).statusCode(201).extract().path("id");
        step("xg-enterprise", id, 0, Map.of("to", "ACCEPTED", "effectiveDate", "2024-01-11", "assignee", "超期测试干部",
                "deadline", "2024-01-20")).statusCode(200).body("overdue", equalTo(true));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("overdue", true).queryParam("assignee", "超期测试干部")
                .get("/api/requests").then().statusCode(200).body("items.id", equalTo(List.of(id)));
        step("xg-enterprise", id, 1, Map.of("to", "CLOSED", "effectiveDate", LocalDate.now().toString(),
                "resolution", "已协调解决")).statusCode(200).body("overdue", equalTo(false));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("overdue", true).queryParam("assignee", "超期测试干部")
                .get("/api/requests").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aVisitRecordsTheRequestsRaisedInItInOneGo() {
        String ent = register("xingguo", input("走访测试有限公司")).path("id");
        Map<String, Object> visit = Map.of("enterpriseId", ent, "visitedOn", "2024-06-18", "visitors", "钟建华、李明",
                "kind", "ROUTINE", "notes", "企业订单饱满，用工缺口约50人",
                "requests", List.of(Map.of("category", "LABOUR", "title", "招聘普工50人"),
                        Map.of("category", "FINANCING", "title", "申请财园信贷通500万元")));
        String visitId = given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON)
                .queryParam("park", "xingguo").body(visit).post("/api/visits").then().statusCode(201)
                .body("requests.channel", equalTo(List.of("VISIT", "VISIT")))
                .body("requests.submittedOn", equalTo(List.of("2024-06-18", "2024-06-18"))).extract().path("id");
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("enterpriseId", ent).get("/api/requests").then()
                .body("total", equalTo(2)).body("items.visitId", equalTo(List.of(visitId, visitId)));

        // a bad raised request leaves neither the visit nor any request behind
        Map<String, String> before = DatabaseSnapshot.take();
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON).queryParam("park", "xingguo")
                .body(Map.of("enterpriseId", ent, "visitedOn", "2024-06-19", "visitors", "钟建华",
                        "requests", List.of(Map.of("category", "LABOUR", "title", ""))))
                .post("/api/visits").then().statusCode(400).body("violations[0].field", equalTo("requests[0].title"));
        given().auth().oauth2(Tokens.of("xg-ent-user")).contentType(ContentType.JSON).queryParam("park", "xingguo")
                .body(visit).post("/api/visits").then().statusCode(403);
        assertThat(DatabaseSnapshot.take()).isEqualTo(before);
    }

    @Test
    void theRequestsOfManyEnterprisesComeInOneLookUp() {
        String a = register("xingguo", input("诉求批量甲有限公司")).path("id");
        String b = register("xingguo", input("诉求批量乙有限公司")).path("id");
        submit("xg-enterprise", request(a, "2024-02-01")).statusCode(201);
        submit("xg-enterprise", request(a, "2024-02-03")).statusCode(201);
        given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("enterpriseIds", List.of(b, a, "not-a-uuid"))).post("/api/requests/by-enterprises").then()
                .statusCode(200).body("enterpriseId", equalTo(List.of(b, a, "not-a-uuid")))
                .body("[0].requests.size()", equalTo(0)).body("[1].requests.submittedOn", equalTo(List.of("2024-02-03", "2024-02-01")))
                .body("[2].requests.size()", equalTo(0));
    }
}
