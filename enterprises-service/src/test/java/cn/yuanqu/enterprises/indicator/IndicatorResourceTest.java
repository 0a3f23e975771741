package cn.yuanqu.enterprises.indicator;

import static cn.yuanqu.enterprises.testing.TestEnterprises.XUHANGCHENG_ID;
import static cn.yuanqu.enterprises.testing.TestEnterprises.input;
import static cn.yuanqu.enterprises.testing.TestEnterprises.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
import cn.yuanqu.enterprises.testing.TestEnterprises;
import cn.yuanqu.testing.Tokens;

/** Monthly reports with real tokens. Each test uses its own enterprises and its own year. */
@QuarkusTest
class IndicatorResourceTest {

    static Map<String, Object> values(long revenue, long profit) {
        Map<String, Object> v = new HashMap<>();
        v.put("outputValue", revenue);
        v.put("operatingRevenue", revenue);
        v.put("mainBusinessRevenue", revenue);
        v.put("valueAdded", revenue / 4);
        v.put("profit", profit);
        v.put("taxPaid", revenue / 20);
        v.put("rdSpending", revenue / 25);
        v.put("energyTce", 12.5);
        v.put("employees", 120);
        return v;
    }

    static Map<String, Object> row(String code, String month, long revenue, long profit) {
        return Map.of("creditCode", code, "month", month, "values", values(revenue, profit));
    }

    static ValidatableResponse batch(String token, List<Map<String, Object>> rows) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).queryParam("park", "xingguo")
                .body(Map.of("rows", rows)).post("/api/indicators/batch").then();
    }

    static Response newEnterprise(String name, String settledOn) {
        Map<String, Object> body = input(name);
        body.put("settledOn", settledOn);
        return register("xingguo", body);
    }

    @Test
    void aBatchWithABadRowIsRejectedWholeNamingEveryRowAndField() {
        String code = newEnterprise("批量月报校验有限公司", "2020-01-01").path("creditCode");
        Map<String, String> before = DatabaseSnapshot.take();
        Map<String, Object> negative = new HashMap<>(row(code, "2023-02", 100, 1));
        negative.put("values", values(-5, 1));
        batch(Tokens.of("xg-enterprise"), List.of(
                row(code, "2023-01", 1_000_000, 50_000),
                row("91310110666007217T", "2023-01", 10, 1),
                negative,
                row(code, "2023-13", 10, 1),
                row(code, "2023-01", 5, 1)))
                .statusCode(422)
                .body("code", equalTo("rule-violation"))
                .body("violations.field", hasItem("rows[1].creditCode"))
                .body("violations.field", hasItem("rows[2].values.operatingRevenue"))
                .body("violations.field", hasItem("rows[3].month"))
                .body("violations.field", hasItem("rows[4].month"));
        assertThat(DatabaseSnapshot.take()).isEqualTo(before);
        assertThat(DatabaseSnapshotRows.indicatorsOf(code)).isZero();
    }

    @Test
    void aRepeatedBatchChangesNothingAndACorrectionIsAnAuditedUpdate() {
        Response e = newEnterprise("批量月报幂等有限公司", "2020-01-01");
        String code = e.path("creditCode");
        String id = e.path("id");
        List<Map<String, Object>> rows = List.of(row(code, "2022-01", 1_000_000, 50_000), row(code, "2022-02", 900_000, 40_000));
        batch(Tokens.department(), rows).statusCode(200)
                .body("created", equalTo(2)).body("updated", equalTo(0)).body("unchanged", equalTo(0));
        Map<String, String> before = DatabaseSnapshot.take();
        batch(Tokens.department(), rows).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(2));
        assertThat(DatabaseSnapshot.take()).isEqualTo(before);

        batch(Tokens.of("xg-enterprise"), List.of(row(code, "2022-02", 950_000, 40_000))).statusCode(200)
                .body("updated", equalTo(1));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("enterpriseId", id).queryParam("from", "2022-01")
                .queryParam("to", "2022-12").get("/api/indicators").then().statusCode(200)
                .body("month", equalTo(List.of("2022-01", "2022-02")))
                .body("[1].values.operatingRevenue", equalTo(950000.0f))
                .body("[0].source", equalTo("DEPARTMENT")).body("[1].source", equalTo("OFFICER"));
    }

    @Test
    void anEnterpriseUserReportsOnlyTheirOwnMonths() {
        TestEnterprises.ensureXuhangcheng();
        String other = newEnterprise("他家月报有限公司", "2020-01-01").path("id");
        String user = Tokens.of("xg-ent-user");
        given().auth().oauth2(user).contentType(ContentType.JSON).body(values(2_000_000, 100_000))
                .put("/api/indicators/" + XUHANGCHENG_ID + "/2021-03").then().statusCode(200)
                .body("source", equalTo("ENTERPRISE"));
        Map<String, String> before = DatabaseSnapshot.take();
        given().auth().oauth2(user).contentType(ContentType.JSON).body(values(1, 1))
                .put("/api/indicators/" + other + "/2021-03").then().statusCode(403);
        batch(user, List.of(row(TestEnterprises.XUHANGCHENG_CODE, "2021-04", 1, 1))).statusCode(403);
        given().auth().oauth2(user).queryParam("from", "2021-01").queryParam("to", "2021-12")
                .get("/api/indicators/aggregate").then().statusCode(403);
        assertThat(DatabaseSnapshot.take()).isEqualTo(before);
        given().auth().oauth2(user).get("/api/indicators").then().statusCode(200)
                .body("enterpriseId.unique()", equalTo(List.of(XUHANGCHENG_ID)));
    }

    @Test
    void aStaleCorrectionIsRefused() {
        String id = newEnterprise("月报版本有限公司", "2020-01-01").path("id");
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON).body(values(10, 1))
                .put("/api/indicators/" + id + "/2020-06").then().statusCode(200).body("version", equalTo(0));
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(values(11, 1)).put("/api/indicators/" + id + "/2020-06").then().statusCode(200).body("version", equalTo(1));
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(values(12, 1)).put("/api/indicators/" + id + "/2020-06").then().statusCode(409);
    }

    @Test
    void theLatestReportOfManyEnterprisesComesInOneBatchAlsoAsAnEnterpriseField() {
        String a = newEnterprise("最近月报甲有限公司", "2020-01-01").path("id");
        String b = newEnterprise("最近月报乙有限公司", "2020-01-01").path("id");
        for (String month : List.of("2020-03", "2020-11", "2020-07")) {
            given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON)
                    .body(values(Long.parseLong(month.substring(5)) * 1000, 1)).put("/api/indicators/" + a + "/" + month)
                    .then().statusCode(200);
        }
        given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("enterpriseIds", List.of(b, a, "not-a-uuid"))).post("/api/indicators/latest/by-enterprises")
                .then().statusCode(200)
                .body("enterpriseId", equalTo(List.of(b, a, "not-a-uuid")))
                .body("[0].latest", nullValue())
                .body("[1].latest.month", equalTo("2020-11"))
                .body("[1].latest.values.operatingRevenue", equalTo(11000.0f))
                .body("[2].latest", nullValue());
        given().auth().oauth2(Tokens.of("d2-leader")).contentType(ContentType.JSON)
                .body(Map.of("enterpriseIds", List.of(a))).post("/api/indicators/latest/by-enterprises")
                .then().statusCode(200).body("[0].latest", nullValue());
        given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("query", """
                        { enterprises(filter: {name: "最近月报"}, sort: "name,asc") { items { name latestIndicator { month } } } }"""))
                .post("/graphql").then().statusCode(200)
                .body("errors", nullValue())
                .body("data.enterprises.items.latestIndicator.month", hasItem("2020-11"));
    }

    @Test
    void aLookUpOfMoreThan500EnterprisesIsInvalidInputNamingTheField() {
        List<String> ids = java.util.Collections.nCopies(501, XUHANGCHENG_ID);
        given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("enterpriseIds", ids)).post("/api/indicators/latest/by-enterprises")
                .then().statusCode(400).body("violations.field", hasItem("enterpriseIds"));
    }

    @Test
    void periodTotalsAndYearOnYearByScaleAndChain() {
        Response a = newEnterprise("同比测试规上有限公司", "2010-01-01");
        Response b = newEnterprise("同比测试规下有限公司", "2010-01-01");
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON).header("If-Match", a.header("ETag"))
                .body(Map.of("aboveScale", true, "effectiveDate", "2014-12-01"))
                .post("/api/enterprises/" + a.path("id") + "/scale-changes").then().statusCode(200);
        String ca = a.path("creditCode");
        String cb = b.path("creditCode");
        batch(Tokens.of("xg-enterprise"), List.of(
                row(ca, "2014-01", 100, 100), row(ca, "2014-02", 100, 100),
                row(ca, "2015-01", 110, 20), row(ca, "2015-02", 120, 30), row(ca, "2015-03", 500, 0),
                row(cb, "2014-01", 0, 10), row(cb, "2015-01", 10, -50)))
                .statusCode(200).body("created", equalTo(7));

        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("from", "2015-01").queryParam("to", "2015-02")
                .get("/api/indicators/aggregate").then().statusCode(200)
                .body("baseFrom", equalTo("2014-01")).body("baseTo", equalTo("2014-02"))
                .body("total.reportingEnterprises", equalTo(2))
                .body("total.operatingRevenue.current", equalTo(240.0f))
                .body("total.operatingRevenue.base", equalTo(200.0f))
                .body("total.operatingRevenue.ratio", equalTo(0.2f))
                .body("total.profit.current", equalTo(0.0f))
                .body("total.profit.ratio", equalTo(-1.0f))
                .body("aboveScale.operatingRevenue.ratio", equalTo(0.15f))
                .body("belowScale.operatingRevenue.ratio", nullValue())
                .body("belowScale.operatingRevenue.noRatioReason", equalTo("BASE_ZERO"))
                .body("byChain[0].chain", equalTo("电子信息"))
                .body("byChain[0].revenueShare", equalTo(1.0f));
    }
}
