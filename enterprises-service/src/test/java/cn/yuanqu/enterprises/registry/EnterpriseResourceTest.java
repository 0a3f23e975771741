package cn.yuanqu.enterprises.registry;

import static cn.yuanqu.enterprises.testing.TestEnterprises.XUHANGCHENG_ID;
import static cn.yuanqu.enterprises.testing.TestEnterprises.input;
import static cn.yuanqu.enterprises.testing.TestEnterprises.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import cn.yuanqu.enterprises.testing.DatabaseSnapshot;
import cn.yuanqu.enterprises.testing.TestEnterprises;
import cn.yuanqu.testing.Tokens;

/**
 * The enterprise registry's REST API with real tokens from the test Keycloak: Keycloak
 * Authorization Services decide roles per path and method, the service enforces parks and the
 * enterprise user's own-enterprise rule. Each test makes its own data; none depends on another.
 */
@QuarkusTest
class EnterpriseResourceTest {

    @Test
    void requestWithoutTokenIsUnauthorized() {
        given().when().get("/api/enterprises?park=xingguo").then().statusCode(401);
    }

    @Test
    void officerRegistersReadsAndListsAnEnterprise() {
        Response created = register("xingguo", input("兴国测试电子有限公司"));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/enterprises/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.<String> path("status")).isEqualTo("OPERATING");

        given().auth().oauth2(Tokens.of("xg-leader")).when().get("/api/enterprises/" + id)
                .then().statusCode(200)
                .body("name", equalTo("兴国测试电子有限公司"))
                .body("park", equalTo("xingguo"))
                .body("contacts[0].phone", equalTo("0797-5321234"))
                .body("aboveScale", equalTo(false));

        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("name", "测试电子").queryParam("size", 200)
                .when().get("/api/enterprises")
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.park", everyItem(equalTo("xingguo")));
    }

    @Test
    void theIdDerivesFromParkAndCreditCode() {
        String code = TestEnterprises.newCreditCode();
        Response created = register("xingguo", input("兴国确定性编号有限公司", code));
        assertThat(created.<String> path("id")).isEqualTo(EnterpriseIds.of("xingguo", code).toString());
    }

    @Test
    void aRoleWithoutWriteAccessIsForbidden() {
        Map<String, String> before = DatabaseSnapshot.take();
        given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON).queryParam("park", "xingguo")
                .body(input("领导不能登记有限公司")).when().post("/api/enterprises")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON).queryParam("park", "xingguo")
                .body(input("安环不能登记有限公司")).when().post("/api/enterprises")
                .then().statusCode(403);
        assertThat(DatabaseSnapshot.take()).isEqualTo(before);
    }

    @Test
    void anInvalidCreditCodeIsRejectedNamingTheFieldAndWritesNothing() {
        Map<String, String> before = DatabaseSnapshot.take();
        String wrongCheck = "91310110666007217A"; // valid is …217T
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON).queryParam("park", "xingguo")
                .body(input("信用代码错误有限公司", wrongCheck)).when().post("/api/enterprises")
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("violations.field", hasItem("creditCode"))
                .body("violations.rule", hasItem("UnifiedCreditCode"))
                .body("violations[0].message", notNullValue())
                .body("violations[0].messageEn", notNullValue());
        assertThat(DatabaseSnapshot.take()).isEqualTo(before);
    }

    @Test
    void missingAndOverlongFieldsAreEachNamed() {
        Map<String, Object> body = input("x");
        body.put("name", " ");
        body.put("grid", "网".repeat(60));
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON).queryParam("park", "xingguo")
                .body(body).when().post("/api/enterprises")
                .then().statusCode(400)
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("grid"));
    }

    @Test
    void aDuplicateCreditCodeInTheSameParkIsAConflictAndWritesNothing() {
        String code = TestEnterprises.newCreditCode();
        register("xingguo", input("第一次登记有限公司", code));
        Map<String, String> before = DatabaseSnapshot.take();
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON).queryParam("park", "xingguo")
                .body(input("重复登记有限公司", code)).when().post("/api/enterprises")
                .then().statusCode(409)
                .body("code", equalTo("duplicate-credit-code"))
                .body("violations[0].field", equalTo("creditCode"));
        assertThat(DatabaseSnapshot.take()).isEqualTo(before);
    }

    @Test
    void theSameCreditCodeMayExistInAnotherPark() {
        String code = TestEnterprises.newCreditCode();
        String a = register("xingguo", input("兴国分公司", code)).path("id");
        String b = register("demo2", input("示范二区分公司", code)).path("id");
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void aStaleVersionIsRefusedWith409AndLosesNoUpdate() {
        Response created = register("xingguo", input("乐观锁测试有限公司"));
        String id = created.path("id");
        Map<String, Object> first = input("乐观锁测试有限公司（一改）", created.path("creditCode"));
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(first).when().put("/api/enterprises/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1));

        Map<String, String> before = DatabaseSnapshot.take();
        Map<String, Object> second = input("乐观锁测试有限公司（过期）", created.path("creditCode"));
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(second).when().put("/api/enterprises/" + id)
                .then().statusCode(409).body("code", equalTo("stale-version"));
        assertThat(DatabaseSnapshot.take()).isEqualTo(before);

        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/enterprises/" + id)
                .then().body("name", equalTo("乐观锁测试有限公司（一改）"));
    }

    @Test
    void anUpdateWithoutIfMatchIsRejectedNamingTheHeader() {
        Response created = register("xingguo", input("缺少版本有限公司"));
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON)
                .body(input("缺少版本有限公司", created.path("creditCode")))
                .when().put("/api/enterprises/" + created.path("id"))
                .then().statusCode(400).body("violations[0].field", equalTo("If-Match"));
    }

    @Test
    void anotherParksLeaderSeesNoRowNeitherInAListNorById() {
        String id = register("xingguo", input("兴国专属有限公司")).path("id");
        String d2 = Tokens.of("d2-leader");
        given().auth().oauth2(d2).when().get("/api/enterprises/" + id)
                .then().statusCode(404);
        given().auth().oauth2(d2).queryParam("park", "xingguo").when().get("/api/enterprises")
                .then().statusCode(403);
        given().auth().oauth2(d2).queryParam("size", 200).when().get("/api/enterprises")
                .then().statusCode(200).body("items.park", everyItem(equalTo("demo2")));
        given().auth().oauth2(d2).contentType(ContentType.JSON).body(Map.of("ids", List.of(id)))
                .when().post("/api/enterprises/lookup")
                .then().statusCode(200).body("", hasSize(1)).body("[0]", nullValue());
    }

    @Test
    void aProvinceViewerMustNameTheParkAndSeesAny() {
        String id = register("xingguo", input("省级可见有限公司")).path("id");
        given().auth().oauth2(Tokens.of("province")).when().get("/api/enterprises")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of("province")).queryParam("park", "xingguo").queryParam("name", "省级可见")
                .when().get("/api/enterprises")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void anEnterpriseUserSeesAndEditsOnlyTheirOwnEnterprise() {
        TestEnterprises.ensureXuhangcheng();
        String other = register("xingguo", input("别家企业有限公司")).path("id");
        String user = Tokens.of("xg-ent-user");

        given().auth().oauth2(user).when().get("/api/enterprises/" + XUHANGCHENG_ID).then().statusCode(200);
        given().auth().oauth2(user).queryParam("size", 200).when().get("/api/enterprises")
                .then().statusCode(200).body("items.id", equalTo(List.of(XUHANGCHENG_ID)));

        Map<String, String> before = DatabaseSnapshot.take();
        given().auth().oauth2(user).when().get("/api/enterprises/" + other).then().statusCode(403);
        given().auth().oauth2(user).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(input("篡改别家有限公司")).when().put("/api/enterprises/" + other)
                .then().statusCode(403);
        given().auth().oauth2(user).contentType(ContentType.JSON).body(Map.of("ids", List.of(other, XUHANGCHENG_ID)))
                .when().post("/api/enterprises/lookup")
                .then().statusCode(200).body("[0]", nullValue()).body("[1].id", equalTo(XUHANGCHENG_ID));
        // registering and status changes are not for enterprise users (Keycloak policies)
        given().auth().oauth2(user).contentType(ContentType.JSON).queryParam("park", "xingguo")
                .body(input("企业用户登记有限公司")).when().post("/api/enterprises").then().statusCode(403);
        given().auth().oauth2(user).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("to", "SUSPENDED", "effectiveDate", "2024-01-01"))
                .when().post("/api/enterprises/" + XUHANGCHENG_ID + "/status-changes").then().statusCode(403);
        assertThat(DatabaseSnapshot.take()).isEqualTo(before);

        // their own enterprise they may edit (contacts, address …)
        Response own = given().auth().oauth2(user).get("/api/enterprises/" + XUHANGCHENG_ID);
        Map<String, Object> edit = input("兴国县旭航诚电子有限公司", TestEnterprises.XUHANGCHENG_CODE);
        edit.put("address", "兴国县经开区电子信息产业园8号");
        given().auth().oauth2(user).contentType(ContentType.JSON).header("If-Match", own.header("ETag"))
                .body(edit).when().put("/api/enterprises/" + XUHANGCHENG_ID)
                .then().statusCode(200).body("address", equalTo("兴国县经开区电子信息产业园8号"));
    }

    @Test
    void statusChangesFollowTheStateMachineAndAreRecorded() {
        Response created = register("xingguo", input("状态机测试有限公司"));
        String id = created.path("id");
        String officer = Tokens.of("xg-enterprise");
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("to", "SUSPENDED", "effectiveDate", "2023-03-01", "reason", "订单不足"))
                .when().post("/api/enterprises/" + id + "/status-changes")
                .then().statusCode(200).body("status", equalTo("SUSPENDED")).body("statusSince", equalTo("2023-03-01"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("to", "EXITED", "effectiveDate", "2023-06-30", "reason", "迁出"))
                .when().post("/api/enterprises/" + id + "/status-changes")
                .then().statusCode(200).body("status", equalTo("EXITED"));

        Map<String, String> before = DatabaseSnapshot.take();
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(Map.of("to", "OPERATING", "effectiveDate", "2024-01-01"))
                .when().post("/api/enterprises/" + id + "/status-changes")
                .then().statusCode(422).body("code", equalTo("illegal-transition"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(Map.of("aboveScale", true, "effectiveDate", "2024-01-31"))
                .when().post("/api/enterprises/" + id + "/scale-changes")
                .then().statusCode(422).body("code", equalTo("illegal-transition"));
        assertThat(DatabaseSnapshot.take()).isEqualTo(before);

        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/enterprises/" + id + "/transitions")
                .then().statusCode(200)
                .body("to", equalTo(List.of("OPERATING", "SUSPENDED", "EXITED")))
                .body("actor", equalTo(List.of("xg-enterprise", "xg-enterprise", "xg-enterprise")))
                .body("[1].reason", equalTo("订单不足"));
    }

    @Test
    void aStatusChangeCannotPredateTheCurrentStatus() {
        Response created = register("xingguo", input("日期校验有限公司"));
        Map<String, String> before = DatabaseSnapshot.take();
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("to", "SUSPENDED", "effectiveDate", "2019-01-01"))
                .when().post("/api/enterprises/" + created.path("id") + "/status-changes")
                .then().statusCode(422).body("violations[0].field", equalTo("effectiveDate"));
        assertThat(DatabaseSnapshot.take()).isEqualTo(before);
    }

    @Test
    void enteringAboveScaleIsDatedAndFilterable() {
        String id = register("xingguo", input("入规测试有限公司")).path("id");
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("aboveScale", true, "effectiveDate", "2024-06-30", "reason", "月度新增入规"))
                .when().post("/api/enterprises/" + id + "/scale-changes")
                .then().statusCode(200).body("aboveScale", equalTo(true)).body("aboveScaleSince", equalTo("2024-06-30"));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("aboveScale", true).queryParam("name", "入规测试")
                .when().get("/api/enterprises").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void everyChangeIsInTheAuditTrailWithWhoAndBeforeAfter() {
        Response created = register("xingguo", input("留痕测试有限公司"));
        String id = created.path("id");
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(input("留痕测试有限公司（更名）", created.path("creditCode")))
                .when().put("/api/enterprises/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/enterprises/" + id + "/audit")
                .then().statusCode(200)
                .body("action", equalTo(List.of("register", "update")))
                .body("actor", everyItem(equalTo("xg-enterprise")))
                .body("[1].before.name", equalTo("留痕测试有限公司"))
                .body("[1].after.name", equalTo("留痕测试有限公司（更名）"));
    }

    @Test
    void aDepartmentRegistersWithItsClientCredentialsButCannotEdit() {
        Response created = given().auth().oauth2(Tokens.department()).contentType(ContentType.JSON)
                .body(input("部门推送有限公司")).when().post("/api/enterprises")
                .then().statusCode(201).body("park", equalTo("xingguo")).extract().response();
        given().auth().oauth2(Tokens.department()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(input("部门修改有限公司", created.path("creditCode")))
                .when().put("/api/enterprises/" + created.path("id"))
                .then().statusCode(403);
    }

    @Test
    void badPagingAndSortingAreRejectedNamingTheParameter() {
        Supplier<io.restassured.specification.RequestSpecification> leader = () -> given().auth()
                .oauth2(Tokens.of("xg-leader"));
        leader.get().queryParam("size", 1000).get("/api/enterprises").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
        leader.get().queryParam("sort", "password,asc").get("/api/enterprises").then().statusCode(400)
                .body("violations[0].field", equalTo("sort"));
        leader.get().queryParam("status", "BANKRUPT").get("/api/enterprises").then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
    }

    @Test
    void aMalformedIdIsABadRequestAndAnUnknownIdIsNotFound() {
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/enterprises/not-a-uuid").then().statusCode(400)
                .body("violations[0].field", equalTo("id"));
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/enterprises/00000000-0000-5000-8000-000000000000")
                .then().statusCode(404).body("code", equalTo("not-found"));
    }
}
