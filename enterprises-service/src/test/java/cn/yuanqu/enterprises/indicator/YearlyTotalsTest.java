package cn.yuanqu.enterprises.indicator;

import static cn.yuanqu.enterprises.indicator.IndicatorResourceTest.batch;
import static cn.yuanqu.enterprises.indicator.IndicatorResourceTest.newEnterprise;
import static cn.yuanqu.enterprises.indicator.IndicatorResourceTest.row;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.enterprises.testing.TestEnterprises;
import cn.yuanqu.testing.Tokens;

/**
 * The year's totals other services read in one call (land-service's 亩产效益 run, with its own
 * client-credentials token): sums, average headcount, 规上 on 31 December, park isolation and roles.
 */
@QuarkusTest
class YearlyTotalsTest {

    private static ValidatableResponse totals(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/indicators/yearly-totals").then();
    }

    @Test
    void sumsTheYearOfEachEnterpriseAskedInTheOrderAsked() {
        Response a = newEnterprise("全年汇总甲有限公司", "2018-01-01");
        Response b = newEnterprise("全年汇总乙有限公司", "2018-01-01");
        String silent = newEnterprise("全年汇总未报有限公司", "2018-01-01").path("id");
        String codeA = a.path("creditCode");
        // 甲: three months of 2019 (and one of 2020, outside the year); 乙: one month
        batch(Tokens.department(), List.of(row(codeA, "2019-01", 1_000_000, 10), row(codeA, "2019-02", 2_000_000, 10),
                row(codeA, "2019-12", 3_000_000, 10), row(codeA, "2020-01", 9_000_000, 10),
                row(b.path("creditCode"), "2019-06", 400_000, 10))).statusCode(200);
        // 甲 entered 规上 in 2019, so it is above scale on 31 December 2019
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("aboveScale", true, "effectiveDate", "2019-10-31"))
                .post("/api/enterprises/" + a.path("id") + "/scale-changes").then().statusCode(200);
        String stranger = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("park", "xingguo", "year", 2019,
                "enterpriseIds", List.of(silent, b.path("id"), stranger, a.path("id")));

        totals(Tokens.service("land-service", "YUANQU_LAND_CLIENT_SECRET"), body).statusCode(200)
                .body("park", equalTo("xingguo")).body("year", equalTo(2019))
                .body("rows.enterpriseId", equalTo(List.of(silent, b.path("id"), a.path("id"))))
                .body("unknown", equalTo(List.of(stranger)))
                .body("rows[0].monthsReported", equalTo(0)).body("rows[0].operatingRevenue", equalTo(0))
                .body("rows[0].averageEmployees", nullValue()).body("rows[0].aboveScale", equalTo(false))
                .body("rows[1].monthsReported", equalTo(1)).body("rows[1].taxPaid", equalTo(20000.0f))
                .body("rows[1].aboveScale", equalTo(false))
                .body("rows[2].name", equalTo("全年汇总甲有限公司")).body("rows[2].aboveScale", equalTo(true))
                .body("rows[2].monthsReported", equalTo(3))
                .body("rows[2].operatingRevenue", equalTo(6000000.0f))
                .body("rows[2].taxPaid", equalTo(300000.0f))
                .body("rows[2].valueAdded", equalTo(1500000.0f))
                .body("rows[2].rdSpending", equalTo(240000.0f))
                .body("rows[2].energyTce", equalTo(37.5f))
                .body("rows[2].averageEmployees", equalTo(120.0f));
        // the same for an officer of the park
        totals(Tokens.of("xg-leader"), body).statusCode(200).body("rows.size()", equalTo(3));
    }

    @Test
    void anotherParksEnterprisesAreNeverTotalled() {
        String mine = newEnterprise("全年汇总隔离有限公司", "2018-01-01").path("id");
        Map<String, Object> body = new HashMap<>(Map.of("park", "demo2", "year", 2019, "enterpriseIds", List.of(mine)));
        // a demo2 account sees nothing of 兴国 …
        totals(Tokens.of("d2-leader"), body).statusCode(200).body("rows.size()", equalTo(0))
                .body("unknown", equalTo(List.of(mine)));
        // … and a 兴国 account may not ask for demo2
        totals(Tokens.of("xg-leader"), body).statusCode(403);
    }

    @Test
    void badRequestsNameTheFieldAndEnterpriseUsersMayNotTotal() {
        totals(Tokens.of("xg-leader"), Map.of("park", "xingguo", "year", 1999, "enterpriseIds", List.of("x")))
                .statusCode(400).body("violations.field", hasItem("year")).body("violations.field", hasItem("enterpriseIds[0]"));
        List<String> many = new ArrayList<>(Collections.nCopies(501, TestEnterprises.XUHANGCHENG_ID));
        totals(Tokens.of("xg-leader"), Map.of("park", "xingguo", "year", 2019, "enterpriseIds", many))
                .statusCode(400).body("violations.field", hasItem("enterpriseIds"));
        totals(Tokens.of("xg-leader"), Map.of("park", "xingguo", "year", 2019, "enterpriseIds", Arrays.asList())).statusCode(400);
        // the realm keeps enterprise users out of the batch totals
        totals(Tokens.of("xg-ent-user"), Map.of("park", "xingguo", "year", 2019,
                "enterpriseIds", List.of(TestEnterprises.XUHANGCHENG_ID))).statusCode(403);
    }
}
