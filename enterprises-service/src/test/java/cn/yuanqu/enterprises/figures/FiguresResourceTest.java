package cn.yuanqu.enterprises.figures;

import static cn.yuanqu.enterprises.testing.TestEnterprises.input;
import static cn.yuanqu.enterprises.testing.TestEnterprises.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.testing.Tokens;

/**
 * The figures endpoint computed from records written through the API. The records are dated in 2015
 * and 2016, years no other test writes, so the flows of 2016-01…06 and their 同比 are exact.
 */
@QuarkusTest
class FiguresResourceTest {

    static String a;
    static String b;
    static boolean written;

    static String post(String user, String path, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).queryParam("park", "xingguo")
                .body(body).post(path).then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse step(String path, long version, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"").body(body).post(path).then().statusCode(200);
    }

    static Map<String, Object> request(String ent, String on) {
        return Map.of("enterpriseId", ent, "category", "LABOUR", "title", "用工", "submittedOn", on);
    }

    static Map<String, Object> loan(String ent, String amount, String issued, String due) {
        Map<String, Object> m = new HashMap<>(Map.of("enterpriseId", ent, "scheme", "CAIYUAN_XINDAITONG", "bank", "赣州银行",
                "contractNo", "F-" + UUID.randomUUID(), "amount", amount, "issuedOn", issued, "dueOn", due));
        return m;
    }

    /** Writes the records once (RestAssured knows the test port only inside a test, not in {@code @BeforeAll}). */
    static synchronized void records() {
        if (written) {
            return;
        }
        Map<String, Object> ea = input("指标测试甲有限公司");
        ea.put("settledOn", "2015-01-01");
        a = register("xingguo", ea).path("id");
        Map<String, Object> eb = input("指标测试乙有限公司");
        eb.put("settledOn", "2015-01-01");
        b = register("xingguo", eb).path("id");

        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(Map.of("aboveScale", true, "effectiveDate", "2016-03-15", "reason", "月度入规"))
                .post("/api/enterprises/" + a + "/scale-changes").then().statusCode(200);
        post("xg-enterprise", "/api/qualifications", Map.of("enterpriseId", a, "type", "GAZELLE", "level", "MUNICIPAL",
                "awardedOn", "2016-06-01"));
        post("xg-enterprise", "/api/qualifications", Map.of("enterpriseId", b, "type", "TECH_SME", "level", "PROVINCIAL",
                "awardedOn", "2016-05-20"));

        // requests: one closed in 7 days, one overdue at the period's end, one returned; one in the base year
        String r1 = post("xg-enterprise", "/api/requests", request(a, "2016-02-01"));
        step("/api/requests/" + r1 + "/transitions", 0, Map.of("to", "ACCEPTED", "effectiveDate", "2016-02-02",
                "assignee", "钟建华", "deadline", "2016-02-10"));
        step("/api/requests/" + r1 + "/transitions", 1, Map.of("to", "CLOSED", "effectiveDate", "2016-02-08", "resolution", "已招工"));
        String r2 = post("xg-enterprise", "/api/requests", request(b, "2016-03-01"));
        step("/api/requests/" + r2 + "/transitions", 0, Map.of("to", "ACCEPTED", "effectiveDate", "2016-03-02",
                "assignee", "钟建华", "deadline", "2016-03-05"));
        step("/api/requests/" + r2 + "/transitions", 1, Map.of("to", "CLOSED", "effectiveDate", "2016-07-10", "resolution", "已解决"));
        String r3 = post("xg-enterprise", "/api/requests", request(b, "2016-04-01"));
        step("/api/requests/" + r3 + "/transitions", 0, Map.of("to", "RETURNED", "effectiveDate", "2016-04-02", "reason", "重复"));
        post("xg-enterprise", "/api/requests", request(a, "2015-05-01"));

        post("xg-enterprise", "/api/visits", Map.of("enterpriseId", a, "visitedOn", "2016-03-03", "visitors", "钟建华"));

        String m1 = post("xg-enterprise", "/api/agency-matters", Map.of("enterpriseId", a, "kind", "CHANGE", "title", "变更登记",
                "handler", "刘芳", "receivedOn", "2016-04-01"));
        step("/api/agency-matters/" + m1 + "/closing", 0, Map.of("to", "CLOSED", "on", "2016-05-01", "result", "办结"));
        post("xg-enterprise", "/api/agency-matters", Map.of("enterpriseId", b, "kind", "LAND", "title", "用地手续",
                "handler", "刘芳", "receivedOn", "2016-04-10", "promisedOn", "2016-05-01"));

        post("xg-enterprise", "/api/loans", loan(a, "3000000.00", "2016-02-01", "2017-01-31"));
        post("xg-enterprise", "/api/loans", loan(b, "1000000.00", "2016-03-01", "2016-06-01"));
        String bad = post("xg-enterprise", "/api/loans", loan(b, "800000.00", "2015-01-01", "2015-10-31"));
        step("/api/loans/" + bad + "/transitions", 0, Map.of("to", "NON_PERFORMING", "on", "2015-12-01"));
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON)
                .body(Map.of("recoveredOn", "2016-04-01", "amount", "500000.00")).post("/api/loans/" + bad + "/recoveries")
                .then().statusCode(201);
        post("xg-enterprise", "/api/payouts", Map.of("enterpriseId", a, "policy", "入规奖励", "amount", "200000.00",
                "paidOn", "2016-05-05", "reference", "FIG-" + UUID.randomUUID()));
        written = true;
    }

    static JsonPath figures(String user, String... parks) {
        records();
        var spec = given().auth().oauth2(Tokens.of(user)).queryParam("from", "2016-01").queryParam("to", "2016-06");
        for (String p : parks) {
            spec = spec.queryParam("park", p);
        }
        return spec.get("/api/figures").then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static String f(String key, String field) {
        return "parks[0].figures.find { it.key == '" + key + "' }." + field;
    }

    @Test
    void flowsOfThePeriodAndStocksAtItsEndWithTheirYearOnYear() {
        JsonPath j = figures("xg-leader", "xingguo");
        org.assertj.core.api.Assertions.assertThat(j.getString("baseFrom")).isEqualTo("2015-01");
        org.assertj.core.api.Assertions.assertThat(j.getString("parks[0].asOf")).isEqualTo("2016-06-30");
        assertFigure(j, "requests.received", "3", "1", "2.0000");
        assertFigure(j, "requests.returned", "1", "0", null);
        assertFigure(j, "requests.closeRate", "0.5000", "0", null); // the 2015 request was still open
        assertFigure(j, "requests.closed", "1", "0", null);
        assertFigure(j, "requests.avgHandlingDays", "7.0", null, null);
        assertFigure(j, "requests.overdue", "1", "0", null);
        assertFigure(j, "visits.count", "1", "0", null);
        assertFigure(j, "agency.received", "2", "0", null);
        assertFigure(j, "agency.closeRate", "0.5000", null, null);
        assertFigure(j, "agency.overdue", "1", "0", null);
        assertFigure(j, "loans.issuedAmount", "4000000.00", "800000.00", "4.0000");
        assertFigure(j, "loans.issuedEnterprises", "2", "1", "1.0000");
        assertFigure(j, "loans.overdueCount", "1", "0", null);
        assertFigure(j, "loans.overdueAmount", "1000000.00", "0", null);
        assertFigure(j, "loans.nonPerformingCount", "1", "0", null);
        assertFigure(j, "loans.recoveredAmount", "500000.00", "0", null);
        assertFigure(j, "payouts.amount", "200000.00", "0", null);
        assertFigure(j, "enterprises.newAboveScale", "1", "0", null);
        assertFigure(j, "qualifications.awarded.GAZELLE.MUNICIPAL", "1", "0", null);
        org.assertj.core.api.Assertions.assertThat(j.getString(f("requests.received", "name"))).isEqualTo("收集诉求 / requests received");
        org.assertj.core.api.Assertions.assertThat(j.getString(f("requests.returned", "noRatioReason"))).isEqualTo("BASE_ZERO");
        org.assertj.core.api.Assertions.assertThat(j.getString(f("requests.closeRate", "noRatioReason"))).isEqualTo("RATE");
        org.assertj.core.api.Assertions.assertThat(j.getList("parks[0].highlights.find { it.key == 'enterprises.newAboveScale' }.items.name"))
                .containsExactly("指标测试甲有限公司");
        org.assertj.core.api.Assertions.assertThat(j.getList("parks[0].highlights.find { it.key == 'loans.recoveries' }.items.name"))
                .containsExactly("指标测试乙有限公司");
        org.assertj.core.api.Assertions.assertThat(j.getList("parks[0].highlights.find { it.key == 'qualifications.awarded' }.items.detail"))
                .contains("市级瞪羚企业", "省级科技型中小企业");
        org.assertj.core.api.Assertions.assertThat(j.getList("parks[0].highlights.find { it.key == 'qualifications.honours' }.items.detail"))
                .as("the honours leave out the registrations counted by the dozen").contains("市级瞪羚企业")
                .doesNotContain("省级科技型中小企业");
        org.assertj.core.api.Assertions.assertThat(j.getList("parks[0].highlights.find { it.key == 'loans.bySchemes' }.items.name"))
                .containsExactly("财园信贷通");
        org.assertj.core.api.Assertions.assertThat(new BigDecimal(j.get("parks[0].highlights.find { it.key == 'loans.bySchemes' }"
                + ".items[0].value").toString())).isEqualByComparingTo("4000000");
        org.assertj.core.api.Assertions.assertThat(j.getString("parks[0].highlights.find { it.key == 'loans.bySchemes' }.items[0].detail"))
                .isEqualTo("2家企业，2笔");
        org.assertj.core.api.Assertions.assertThat(j.getString(f("enterprises.grids", "section"))).isEqualTo("service");
        org.assertj.core.api.Assertions.assertThat(j.getObject(f("enterprises.grids", "value"), BigDecimal.class))
                .as("the test enterprises are in 第一网格").isGreaterThanOrEqualTo(BigDecimal.ONE);
    }

    static void assertFigure(JsonPath j, String key, String value, String base, String ratio) {
        number(j, key, "value", value);
        number(j, key, "base", base);
        number(j, key, "ratio", ratio);
    }

    static void number(JsonPath j, String key, String field, String expected) {
        Object raw = j.get(f(key, field));
        BigDecimal actual = raw == null ? null : new BigDecimal(raw.toString());
        if (expected == null) {
            org.assertj.core.api.Assertions.assertThat(actual).as(key + " " + field).isNull();
        } else {
            org.assertj.core.api.Assertions.assertThat(actual).as(key + " " + field).isEqualByComparingTo(expected);
        }
    }

    @Test
    void aProvinceViewerGetsSeveralParksAndOthersOnlyTheirOwn() {
        records();
        given().auth().oauth2(Tokens.of("province")).queryParam("park", "xingguo").queryParam("park", "demo2")
                .queryParam("from", "2016-01").queryParam("to", "2016-06").get("/api/figures").then().statusCode(200)
                .body("parks.park", equalTo(List.of("xingguo", "demo2")))
                .body("parks[1].figures.find { it.key == 'requests.received' }.value", equalTo(0));
        given().auth().oauth2(Tokens.of("d2-leader")).queryParam("park", "xingguo").queryParam("from", "2016-01")
                .queryParam("to", "2016-06").get("/api/figures").then().statusCode(403);
        given().auth().oauth2(Tokens.of("xg-ent-user")).queryParam("from", "2016-01").queryParam("to", "2016-06")
                .get("/api/figures").then().statusCode(403);
    }

    @Test
    void badMonthsAreNamed() {
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("from", "2016-13").queryParam("to", "2016-01")
                .get("/api/figures").then().statusCode(400).body("violations.field", hasItem("from"));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("from", "2016-06").queryParam("to", "2016-01")
                .get("/api/figures").then().statusCode(400).body("violations[0].rule", equalTo("NotBeforeFrom"))
                .body("detail", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("from", "2016-01")
                .get("/api/figures").then().statusCode(400).body("violations[0].field", equalTo("to"))
                .body("instance", nullValue());
    }

    @Test
    void theSubgraphServesTheSameFigures() {
        records();
        given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("query", "{ enterpriseFigures(from: \"2016-01\", to: \"2016-06\") { parks { park figures { key value base ratio } } } }"))
                .post("/graphql").then().statusCode(200).body("errors", nullValue())
                .body("data.enterpriseFigures.parks[0].figures.find { it.key == 'requests.received' }.value", equalTo(3));
    }
}
