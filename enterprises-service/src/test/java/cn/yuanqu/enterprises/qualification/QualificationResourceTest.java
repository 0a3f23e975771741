package cn.yuanqu.enterprises.qualification;

import static cn.yuanqu.enterprises.testing.TestEnterprises.XUHANGCHENG_ID;
import static cn.yuanqu.enterprises.testing.TestEnterprises.input;
import static cn.yuanqu.enterprises.testing.TestEnterprises.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import cn.yuanqu.enterprises.testing.DatabaseSnapshot;
import cn.yuanqu.enterprises.testing.TestEnterprises;
import cn.yuanqu.testing.Tokens;

/** The qualification ledger over REST and GraphQL with real tokens; each test makes its own data. */
@QuarkusTest
class QualificationResourceTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    static Map<String, Object> award(String enterpriseId, String type, String level, String awardedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enterpriseId", enterpriseId);
        body.put("type", type);
        body.put("level", level);
        body.put("certificateNo", "GR" + awardedOn.replace("-", ""));
        body.put("awardedOn", awardedOn);
        return body;
    }

    static Response post(String user, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).queryParam("park", "xingguo")
                .body(body).when().post("/api/qualifications").then().extract().response();
    }

    static String newEnterprise(String name) {
        return register("xingguo", input(name)).path("id");
    }

    @Test
    void aHighTechAwardGetsItsThreeYearTermAndShowsWhenItIsInForce() {
        String ent = newEnterprise("高企认定测试有限公司");
        Response created = post("xg-enterprise", award(ent, "HIGH_TECH", "NATIONAL", "2024-12-05"));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.<String> path("validUntil")).isEqualTo("2027-12-04");
        assertThat(created.<String> path("typeName")).isEqualTo("高新技术企业");
        assertThat(created.<Boolean> path("validToday")).isEqualTo(!TODAY.isAfter(LocalDate.of(2027, 12, 4)));

        post("xg-enterprise", award(ent, "HIGH_TECH", "NATIONAL", "2020-06-01"));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("enterpriseId", ent).queryParam("validOn", "2024-12-31")
                .get("/api/qualifications").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].awardedOn", equalTo("2024-12-05"));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("enterpriseId", ent)
                .queryParam("awardedFrom", "2020-01-01").queryParam("awardedTo", "2020-12-31")
                .get("/api/qualifications").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].validUntil", equalTo("2023-05-31"));
    }

    @Test
    void countsInForceOnADateGrowByTheAward() {
        String ent = newEnterprise("统计测试有限公司");
        int before = countOf("SPECIALIZED_SME", "PROVINCIAL", "2024-12-31");
        post("xg-enterprise", award(ent, "SPECIALIZED_SME", "PROVINCIAL", "2024-06-30")).then().statusCode(201);
        post("xg-enterprise", award(ent, "SPECIALIZED_SME", "PROVINCIAL", "2020-06-30")).then().statusCode(201);
        assertThat(countOf("SPECIALIZED_SME", "PROVINCIAL", "2024-12-31")).isEqualTo(before + 1);
    }

    private static int countOf(String type, String level, String date) {
        List<Map<String, Object>> rows = given().auth().oauth2(Tokens.of("xg-leader")).queryParam("validOn", date)
                .get("/api/qualifications/counts").then().statusCode(200).extract().path("");
        return rows.stream().filter(r -> type.equals(r.get("type")) && level.equals(r.get("level")))
                .mapToInt(r -> ((Number) r.get("count")).intValue()).sum();
    }

    @Test
    void theExpiringListShowsCertificatesDueForRecertification() {
        String ent = newEnterprise("复核到期测试有限公司");
        Map<String, Object> soon = award(ent, "HIGH_TECH", "NATIONAL", TODAY.minusYears(3).plusDays(10).toString());
        String id = post("xg-enterprise", soon).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("enterpriseId", ent).queryParam("expiringWithinDays", 30)
                .get("/api/qualifications").then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("enterpriseId", ent).queryParam("expiringWithinDays", 5)
                .get("/api/qualifications").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aRevocationEndsValidityOnceAndIsRefusedASecondTime() {
        String ent = newEnterprise("撤销资质测试有限公司");
        String id = post("xg-enterprise", award(ent, "INNOVATIVE_SME", "PROVINCIAL", "2024-01-15")).path("id");
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("revokedOn", "2024-03-01", "reason", "弄虚作假，取消资格"))
                .post("/api/qualifications/" + id + "/revocation").then().statusCode(200)
                .body("revokedOn", equalTo("2024-03-01")).body("validToday", equalTo(false));
        Map<String, String> before = DatabaseSnapshot.take();
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("revokedOn", "2024-04-01", "reason", "再次撤销"))
                .post("/api/qualifications/" + id + "/revocation").then().statusCode(422)
                .body("code", equalTo("illegal-transition"));
        assertThat(DatabaseSnapshot.take()).isEqualTo(before);
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("enterpriseId", ent).queryParam("validOn", "2024-02-29")
                .get("/api/qualifications").then().body("total", equalTo(1));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("enterpriseId", ent).queryParam("validOn", "2024-03-01")
                .get("/api/qualifications").then().body("total", equalTo(0));
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/qualifications/" + id + "/audit").then()
                .body("action", equalTo(List.of("award", "revoke"))).body("[1].reason", equalTo("弄虚作假，取消资格"));
    }

    @Test
    void badAwardsAreRefusedNamingTheFieldAndWriteNothing() {
        String ent = newEnterprise("认定校验测试有限公司");
        String other = register("demo2", input("他园区企业有限公司")).path("id");
        post("xg-enterprise", award(ent, "HIGH_TECH", "NATIONAL", "2023-11-20")).then().statusCode(201);
        Map<String, String> before = DatabaseSnapshot.take();

        post("xg-enterprise", award(ent, "HIGH_TECH", "NATIONAL", "2023-11-20")).then().statusCode(409)
                .body("code", equalTo("duplicate-qualification"));
        post("xg-enterprise", award(other, "HIGH_TECH", "NATIONAL", "2023-11-20")).then().statusCode(422)
                .body("violations[0].field", equalTo("enterpriseId"));
        Map<String, Object> badDates = award(ent, "GAZELLE", "PROVINCIAL", "2023-11-20");
        badDates.put("validUntil", "2023-01-01");
        post("xg-enterprise", badDates).then().statusCode(422).body("violations[0].field", equalTo("validUntil"));
        Map<String, Object> future = award(ent, "GAZELLE", "PROVINCIAL", TODAY.plusDays(3).toString());
        post("xg-enterprise", future).then().statusCode(400).body("violations[0].field", equalTo("awardedOn"));
        Map<String, Object> unknownType = award(ent, "NOBEL_PRIZE", "PROVINCIAL", "2023-11-20");
        post("xg-enterprise", unknownType).then().statusCode(400).body("violations[0].field", equalTo("type"));
        post("xg-leader", award(ent, "GAZELLE", "PROVINCIAL", "2023-11-20")).then().statusCode(403);

        assertThat(DatabaseSnapshot.take()).isEqualTo(before);
    }

    @Test
    void anEnterpriseUserReadsOnlyTheirOwnQualificationsAndCannotRecordAny() {
        TestEnterprises.ensureXuhangcheng();
        String own = post("xg-enterprise", award(XUHANGCHENG_ID, "POTENTIAL_GAZELLE", "PROVINCIAL", "2024-08-08"))
                .then().extract().path("id");
        if (own == null) { // already recorded by an earlier run of this test in the same database
            own = given().auth().oauth2(Tokens.of("xg-leader")).queryParam("enterpriseId", XUHANGCHENG_ID)
                    .queryParam("type", "POTENTIAL_GAZELLE").get("/api/qualifications").then().extract().path("items[0].id");
        }
        String otherEnt = newEnterprise("他家资质有限公司");
        String other = post("xg-enterprise", award(otherEnt, "TECH_SME", "PROVINCIAL", "2024-04-01")).path("id");
        String user = Tokens.of("xg-ent-user");

        given().auth().oauth2(user).queryParam("size", 200).get("/api/qualifications").then().statusCode(200)
                .body("items.enterpriseId", not(hasItem(otherEnt))).body("items.id", hasItem(own));
        given().auth().oauth2(user).get("/api/qualifications/" + other).then().statusCode(403);
        given().auth().oauth2(user).get("/api/qualifications/counts").then().statusCode(403);
        Map<String, String> before = DatabaseSnapshot.take();
        post("xg-ent-user", award(XUHANGCHENG_ID, "GAZELLE", "PROVINCIAL", "2024-09-09")).then().statusCode(403);
        assertThat(DatabaseSnapshot.take()).isEqualTo(before);
    }

    @Test
    void anotherParksLeaderFindsNothing() {
        String ent = newEnterprise("资质隔离测试有限公司");
        String id = post("xg-enterprise", award(ent, "TECH_SME", "PROVINCIAL", "2024-04-01")).path("id");
        given().auth().oauth2(Tokens.of("d2-leader")).get("/api/qualifications/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.of("d2-leader")).contentType(ContentType.JSON)
                .body(Map.of("enterpriseIds", List.of(ent))).post("/api/qualifications/by-enterprises")
                .then().statusCode(200).body("[0].qualifications", equalTo(List.of()));
    }

    @Test
    void qualificationsOfManyEnterprisesComeInOneBatchAlsoAsAnEnterpriseField() {
        String a = newEnterprise("批量资质甲有限公司");
        String b = newEnterprise("批量资质乙有限公司");
        post("xg-enterprise", award(a, "TECH_CENTER", "MUNICIPAL", "2024-05-20")).then().statusCode(201);
        post("xg-enterprise", award(b, "DESIGN_CENTER", "MUNICIPAL", "2024-05-21")).then().statusCode(201);
        given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("enterpriseIds", List.of(b, a, "not-a-uuid"))).post("/api/qualifications/by-enterprises")
                .then().statusCode(200)
                .body("[0].qualifications[0].type", equalTo("DESIGN_CENTER"))
                .body("[1].qualifications[0].type", equalTo("TECH_CENTER"))
                .body("[1].qualifications[0].validUntil", nullValue())
                .body("[2].qualifications", equalTo(List.of()));
        given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("query", """
                        { enterprises(filter: {name: "批量资质"}) { items { name qualifications { type level } } } }"""))
                .post("/graphql").then().statusCode(200)
                .body("errors", nullValue())
                .body("data.enterprises.items.qualifications.type.flatten()", hasItem("TECH_CENTER"))
                .body("data.enterprises.items.qualifications.type.flatten()", hasItem("DESIGN_CENTER"));
    }
}
