package cn.yuanqu.enterprises.cultivation;

import static cn.yuanqu.enterprises.testing.TestEnterprises.input;
import static cn.yuanqu.enterprises.testing.TestEnterprises.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.enterprises.testing.DatabaseSnapshot;
import cn.yuanqu.testing.Tokens;

/** The cultivation pool over REST with real tokens; every test makes its own enterprises. */
@QuarkusTest
class CultivationResourceTest {

    static Map<String, Object> goal(String enterpriseId, String target, String type, String level) {
        Map<String, Object> body = new HashMap<>();
        body.put("enterpriseId", enterpriseId);
        body.put("target", target);
        if (type != null) {
            body.put("targetType", type);
            body.put("targetLevel", level);
        }
        body.put("expectedMonth", "2024-12");
        body.put("cadre", "钟建华");
        body.put("plan", "一企一策：协调用电增容，辅导月度入规申报");
        body.put("enteredOn", "2024-01-01");
        return body;
    }

    static ValidatableResponse open(String user, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).queryParam("park", "xingguo")
                .body(body).post("/api/cultivation").then();
    }

    static ValidatableResponse move(String id, int version, String to, String date) {
        return given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(Map.of("to", to, "effectiveDate", date, "reason", to + " 步骤", "certificateNo", "GR2024000123"))
                .post("/api/cultivation/" + id + "/transitions").then();
    }

    @Test
    void reachingAboveScaleSetsTheEnterprisesEntryDateInTheSameStep() {
        String ent = register("xingguo", input("入规培育测试有限公司")).path("id");
        String id = open("xg-enterprise", goal(ent, "ABOVE_SCALE", null, null)).statusCode(201)
                .body("status", equalTo("RESERVE")).extract().path("id");
        move(id, 0, "CULTIVATING", "2024-02-01").statusCode(200);
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON)
                .body(Map.of("on", "2024-03-15", "text", "走访企业，协调解决用工问题")).post("/api/cultivation/" + id + "/measures")
                .then().statusCode(201);
        move(id, 1, "APPLIED", "2024-05-10").statusCode(200);
        move(id, 2, "ACHIEVED", "2024-06-30").statusCode(200)
                .body("status", equalTo("ACHIEVED")).body("achievedOn", equalTo("2024-06-30"));

        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/enterprises/" + ent).then()
                .body("aboveScale", equalTo(true)).body("aboveScaleSince", equalTo("2024-06-30"));
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/enterprises/" + ent + "/transitions").then()
                .body("kind", equalTo(List.of("STATUS", "SCALE"))).body("[1].actor", equalTo("xg-enterprise"));
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/cultivation/" + id + "/history").then().statusCode(200)
                .body("kind", equalTo(List.of("TRANSITION", "TRANSITION", "MEASURE", "TRANSITION", "TRANSITION")))
                .body("to", equalTo(java.util.Arrays.asList("RESERVE", "CULTIVATING", null, "APPLIED", "ACHIEVED")));
    }

    @Test
    void reachingAQualificationRecordsTheAward() {
        String ent = register("xingguo", input("专精特新培育测试有限公司")).path("id");
        String id = open("xg-enterprise", goal(ent, "QUALIFICATION", "SPECIALIZED_SME", "PROVINCIAL")).statusCode(201)
                .extract().path("id");
        move(id, 0, "CULTIVATING", "2024-01-10").statusCode(200);
        move(id, 1, "APPLIED", "2024-04-01").statusCode(200);
        move(id, 2, "ACHIEVED", "2024-09-20").statusCode(200);
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("enterpriseId", ent).get("/api/qualifications").then()
                .body("total", equalTo(1)).body("items[0].type", equalTo("SPECIALIZED_SME"))
                .body("items[0].awardedOn", equalTo("2024-09-20")).body("items[0].validUntil", equalTo("2027-09-19"))
                .body("items[0].certificateNo", equalTo("GR2024000123"));
    }

    @Test
    void illegalStepsAreRefusedAndWriteNothing() {
        String ent = register("xingguo", input("培育状态机测试有限公司")).path("id");
        String id = open("xg-enterprise", goal(ent, "ABOVE_SCALE", null, null)).statusCode(201).extract().path("id");
        Map<String, String> before = DatabaseSnapshot.take();
        move(id, 0, "ACHIEVED", "2024-06-30").statusCode(422).body("code", equalTo("illegal-transition"));
        move(id, 0, "APPLIED", "2024-06-30").statusCode(422);
        move(id, 7, "CULTIVATING", "2024-06-30").statusCode(409).body("code", equalTo("stale-version"));
        assertThat(DatabaseSnapshot.take()).isEqualTo(before);
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/enterprises/" + ent).then().body("aboveScale", equalTo(false));
    }

    @Test
    void aGoalThatFailsToBeRecordedRollsBackTheStep() {
        String ent = register("xingguo", input("入规回滚测试有限公司")).path("id");
        Response e = given().auth().oauth2(Tokens.of("xg-enterprise")).get("/api/enterprises/" + ent);
        String id = open("xg-enterprise", goal(ent, "ABOVE_SCALE", null, null)).statusCode(201).extract().path("id");
        move(id, 0, "CULTIVATING", "2024-01-02").statusCode(200);
        move(id, 1, "APPLIED", "2024-02-02").statusCode(200);
        // meanwhile the enterprise was entered above scale directly in the registry
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON).header("If-Match", e.header("ETag"))
                .body(Map.of("aboveScale", true, "effectiveDate", "2024-03-31")).post("/api/enterprises/" + ent + "/scale-changes")
                .then().statusCode(200);
        Map<String, String> before = DatabaseSnapshot.take();
        move(id, 2, "ACHIEVED", "2024-04-30").statusCode(422).body("code", equalTo("illegal-transition"));
        assertThat(DatabaseSnapshot.take()).isEqualTo(before);
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/cultivation/" + id).then().body("status", equalTo("APPLIED"));
    }

    @Test
    void oneOpenEntryPerGoalAndGoalsMustBeWellFormed() {
        String ent = register("xingguo", input("培育重复测试有限公司")).path("id");
        open("xg-enterprise", goal(ent, "QUALIFICATION", "HIGH_TECH", "NATIONAL")).statusCode(201);
        Map<String, String> before = DatabaseSnapshot.take();
        open("xg-enterprise", goal(ent, "QUALIFICATION", "HIGH_TECH", "NATIONAL")).statusCode(409)
                .body("code", equalTo("duplicate-cultivation"));
        open("xg-enterprise", goal(ent, "QUALIFICATION", null, null)).statusCode(422)
                .body("violations[0].field", equalTo("targetType"));
        Map<String, Object> badMonth = goal(ent, "ABOVE_SCALE", null, null);
        badMonth.put("expectedMonth", "2024-13");
        open("xg-enterprise", badMonth).statusCode(400).body("violations[0].field", equalTo("expectedMonth"));
        open("xg-leader", goal(ent, "ABOVE_SCALE", null, null)).statusCode(403);
        assertThat(DatabaseSnapshot.take()).isEqualTo(before);
        // a different level is a different goal
        open("xg-enterprise", goal(ent, "QUALIFICATION", "HIGH_TECH", "PROVINCIAL")).statusCode(201);
    }

    @Test
    void parksAndEnterpriseUsersSeeOnlyWhatIsTheirs() {
        String ent = register("xingguo", input("培育隔离测试有限公司")).path("id");
        String id = open("xg-enterprise", goal(ent, "ABOVE_SCALE", null, null)).statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.of("d2-leader")).get("/api/cultivation/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.of("xg-ent-user")).get("/api/cultivation/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.of("xg-ent-user")).queryParam("size", 200).get("/api/cultivation").then()
                .statusCode(200).body("items.enterpriseId.findAll { it == '" + ent + "' }", equalTo(List.of()));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("enterpriseId", ent).get("/api/cultivation").then()
                .statusCode(200).body("total", equalTo(1));
    }

    @Test
    void entriesOfManyEnterprisesComeInOneBatchAlsoAsAnEnterpriseField() {
        String a = register("xingguo", input("批量培育甲有限公司")).path("id");
        String b = register("xingguo", input("批量培育乙有限公司")).path("id");
        open("xg-enterprise", goal(a, "ABOVE_SCALE", null, null)).statusCode(201);
        open("xg-enterprise", goal(a, "QUALIFICATION", "SPECIALIZED_SME", "PROVINCIAL")).statusCode(201);
        given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("enterpriseIds", List.of(b, a, "not-a-uuid"))).post("/api/cultivation/by-enterprises")
                .then().statusCode(200)
                .body("enterpriseId", equalTo(List.of(b, a, "not-a-uuid")))
                .body("[0].entries", equalTo(List.of()))
                .body("[1].entries.target", org.hamcrest.Matchers.containsInAnyOrder("ABOVE_SCALE", "QUALIFICATION"))
                .body("[2].entries", equalTo(List.of()));
        given().auth().oauth2(Tokens.of("d2-leader")).contentType(ContentType.JSON)
                .body(Map.of("enterpriseIds", List.of(a))).post("/api/cultivation/by-enterprises")
                .then().statusCode(200).body("[0].entries", equalTo(List.of()));
        given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("query", """
                        { enterprises(filter: {name: "批量培育甲"}) { items { name cultivationEntries { target statusName } } } }"""))
                .post("/graphql").then().statusCode(200)
                .body("errors", nullValue())
                .body("data.enterprises.items[0].cultivationEntries.target",
                        org.hamcrest.Matchers.containsInAnyOrder("ABOVE_SCALE", "QUALIFICATION"));
    }
}
