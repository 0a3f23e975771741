package cn.yuanqu.enterprises.finance;

import static cn.yuanqu.enterprises.testing.TestEnterprises.XUHANGCHENG_ID;
import static cn.yuanqu.enterprises.testing.TestEnterprises.ensureXuhangcheng;
import static cn.yuanqu.enterprises.testing.TestEnterprises.input;
import static cn.yuanqu.enterprises.testing.TestEnterprises.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.enterprises.testing.DatabaseSnapshot;
import cn.yuanqu.testing.Tokens;

/** Loans and payouts over REST: idempotent pushes, the loan's end, recoveries never above the loan. */
@QuarkusTest
class LoanResourceTest {

    static Map<String, Object> loan(String creditCode, String contract, String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("creditCode", creditCode);
        body.put("scheme", "CAIYUAN_XINDAITONG");
        body.put("bank", "兴国农商银行");
        body.put("contractNo", contract);
        body.put("amount", amount);
        body.put("issuedOn", "2023-03-01");
        body.put("dueOn", "2024-02-29");
        return body;
    }

    static ValidatableResponse push(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.department()).contentType(ContentType.JSON).queryParam("park", "xingguo")
                .body(body).post("/api/loans").then();
    }

    static ValidatableResponse step(String id, long version, String to, String on) {
        return given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"").body(Map.of("to", to, "on", on, "reason", "test"))
                .post("/api/loans/" + id + "/transitions").then();
    }

    static ValidatableResponse recover(String id, String on, String amount) {
        return given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON)
                .body(Map.of("recoveredOn", on, "amount", amount, "note", "法院执行回款")).post("/api/loans/" + id + "/recoveries").then();
    }

    @Test
    void aRepeatedPushChangesNothingAndDifferentFiguresAreRefused() {
        String code = register("xingguo", input("贷款幂等测试有限公司")).path("creditCode");
        String contract = "XDT-" + UUID.randomUUID();
        String id = push(loan(code, contract, "5000000.00")).statusCode(201).body("schemeName", equalTo("财园信贷通"))
                .extract().path("id");
        Map<String, String> before = DatabaseSnapshot.take();
        push(loan(code, contract, "5000000")).statusCode(200).body("id", equalTo(id));
        push(loan(code, contract, "6000000.00")).statusCode(409).body("code", equalTo("duplicate-loan"));
        Map<String, Object> late = loan(code, "XDT-" + UUID.randomUUID(), "100.00");
        late.put("dueOn", "2023-02-01");
        push(late).statusCode(422).body("violations[0].field", equalTo("dueOn"));
        push(loan("91360732MA35XXXXXX", contract, "1.00")).statusCode(422);
        given().auth().oauth2(Tokens.of("xg-ent-user")).contentType(ContentType.JSON).queryParam("park", "xingguo")
                .body(loan(code, contract, "5000000")).post("/api/loans").then().statusCode(403);
        assertThat(DatabaseSnapshot.take()).isEqualTo(before);
    }

    @Test
    void aLoanPastDueIsOverdueAndANonPerformingOneIsRecoveredUpToItsAmount() {
        String code = register("xingguo", input("贷款追偿测试有限公司")).path("creditCode");
        String id = push(loan(code, "XDT-" + UUID.randomUUID(), "1000000.00")).statusCode(201)
                .body("overdue", equalTo(true)).extract().path("id");
        recover(id, "2024-05-01", "1.00").statusCode(422).body("code", equalTo("illegal-transition"));
        step(id, 0, "SETTLED", "2024-04-01").statusCode(422).body("code", equalTo("illegal-transition"));
        step(id, 0, "NON_PERFORMING", "2024-04-01").statusCode(200).body("overdue", equalTo(false))
                .body("nonPerformingOn", equalTo("2024-04-01"));
        recover(id, "2024-03-01", "1.00").statusCode(422).body("violations[0].field", equalTo("recoveredOn"));
        recover(id, "2024-05-01", "600000.00").statusCode(201).body("recovered", equalTo(600000.00f));
        recover(id, "2024-06-01", "400000.01").statusCode(422).body("violations[0].rule", equalTo("NotAboveLoan"));
        recover(id, "2024-06-01", "400000.00").statusCode(201).body("recovered", equalTo(1000000.00f))
                .body("recoveries.size()", equalTo(2));
        step(id, 1, "SETTLED", "2024-06-30").statusCode(200).body("status", equalTo("SETTLED"));
    }

    @Test
    void aPayoutIsRecordedOncePerReference() {
        String ent = register("xingguo", input("兑现测试有限公司")).path("id");
        String ref = "DX-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("enterpriseId", ent, "policy", "规上企业首次入规奖励", "amount", "100000.00",
                "paidOn", "2024-07-01", "reference", ref);
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON).queryParam("park", "xingguo")
                .body(body).post("/api/payouts").then().statusCode(201);
        given().auth().oauth2(Tokens.department()).contentType(ContentType.JSON).queryParam("park", "xingguo")
                .body(body).post("/api/payouts").then().statusCode(200);
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("enterpriseId", ent).get("/api/payouts").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].reference", equalTo(ref));
    }

    @Test
    void anEnterpriseUserSeesOnlyItsOwnLoansAndPayouts() {
        ensureXuhangcheng();
        String code = register("xingguo", input("贷款隔离测试有限公司")).path("creditCode");
        String other = push(loan(code, "XDT-" + UUID.randomUUID(), "800000.00")).statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.of("xg-ent-user")).get("/api/loans/" + other).then().statusCode(403);
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("overdue", "yes").get("/api/loans").then().statusCode(400)
                .body("violations[0].field", equalTo("overdue"));
        given().auth().oauth2(Tokens.of("xg-ent-user")).queryParam("size", 200).get("/api/loans").then().statusCode(200)
                .body("items.enterpriseId", everyItem(equalTo(XUHANGCHENG_ID)));
        given().auth().oauth2(Tokens.of("xg-ent-user")).queryParam("size", 200).get("/api/payouts").then().statusCode(200)
                .body("items.enterpriseId", everyItem(equalTo(XUHANGCHENG_ID)));
        given().auth().oauth2(Tokens.of("xg-ent-user")).contentType(ContentType.JSON)
                .body(Map.of("recoveredOn", "2024-05-01", "amount", "1.00")).post("/api/loans/" + other + "/recoveries")
                .then().statusCode(403);
    }
}
