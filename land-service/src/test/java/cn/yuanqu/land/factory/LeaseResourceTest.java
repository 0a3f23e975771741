package cn.yuanqu.land.factory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/** Standard factories with real tokens: vacancy, leases, the ledger arithmetic, clearance, isolation. */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class LeaseResourceTest {

    /** A year's lease that began on the first of the month six months ago: today is in its seventh month. */
    static final LocalDate START = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(6).atDay(1);
    static final LocalDate END = START.plusYears(1).minusDays(1);

    static JsonPath building() {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 6);
        String body = given().auth().oauth2(Tokens.of("xg-land")).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "标准厂房" + code, "floors", 2, "units", List.of(
                        Map.of("code", code + "-1F", "floor", 1, "areaM2", 1000), Map.of("code", code + "-2F", "floor", 2, "areaM2", 800))))
                .post("/api/factories").then().statusCode(201).extract().asString();
        return new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static Map<String, Object> lease(String enterprise, String unit, String start, String end) {
        return new HashMap<>(Map.of("contractNo", "ZL-" + UUID.randomUUID().toString().substring(0, 8), "enterpriseId", enterprise,
                "unitIds", List.of(unit), "startOn", start, "endOn", end, "rentPerM2", "10", "propertyFeePerM2", "2",
                "deposit", "30000"));
    }

    static ValidatableResponse sign(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of("xg-land")).contentType(ContentType.JSON).body(body).post("/api/leases").then();
    }

    static ValidatableResponse pay(String lease, String kind, String period, String amount, String receipt) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "amount", amount, "paidOn", START.plusDays(35).toString(), "receiptNo", receipt));
        if (period != null) {
            body.put("period", period);
        }
        return given().auth().oauth2(Tokens.of("xg-land")).contentType(ContentType.JSON).body(body)
                .post("/api/leases/" + lease + "/payments").then();
    }

    static BigDecimal balance(JsonPath lease, String kind, String what) {
        return lease.getObject("balances.find { it.kind == '" + kind + "' }." + what, BigDecimal.class);
    }

    static JsonPath get(String user, String path) {
        String body = given().auth().oauth2(Tokens.of(user)).get(path).then().statusCode(200).extract().asString();
        return new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void aLeaseOwesItsDuesAndPaymentsSettleThem() {
        JsonPath b = building();
        String unit = b.getString("units[0].id");
        assertThat(b.getObject("vacantAreaM2", BigDecimal.class)).isEqualByComparingTo("1800");

        String id = sign(lease(FakeEnterprises.SANY, unit, START.toString(), END.toString())).statusCode(201)
                .body("areaM2", equalTo(1000.0f)).body("monthlyRent", equalTo(10000.0f)).body("active", equalTo(true))
                .extract().path("id");
        JsonPath now = get("xg-leader", "/api/factories/" + b.getString("id"));
        assertThat(now.getObject("leasedAreaM2", BigDecimal.class)).isEqualByComparingTo("1000");
        assertThat(now.getString("units.find { it.code.endsWith('1F') }.tenantName")).isEqualTo("三一智能建造（兴国）有限公司");

        // the same unit in an overlapping term, an unknown unit, another park's tenant, a used contract number
        sign(lease(FakeEnterprises.XUHANGCHENG, unit, END.minusMonths(1).toString(), END.plusYears(1).toString())).statusCode(409)
                .body("violations[0].field", equalTo("unitIds[0]"));
        sign(lease(FakeEnterprises.SANY, UUID.randomUUID().toString(), START.toString(), END.toString())).statusCode(422)
                .body("violations[0].field", equalTo("unitIds[0]"));
        sign(lease(FakeEnterprises.DEMO2, b.getString("units[1].id"), START.toString(), END.toString())).statusCode(422)
                .body("violations[0].field", equalTo("enterpriseId"));

        pay(id, "DEPOSIT", null, "30000", "SJ-" + id.substring(0, 8) + "-1").statusCode(201);
        pay(id, "DEPOSIT", null, "1", "SJ-" + id.substring(0, 8) + "-2").statusCode(422).body("violations[0].rule", equalTo("NotAboveDue"));
        pay(id, "RENT", YearMonth.from(START).toString(), "10000", "SJ-" + id.substring(0, 8) + "-3").statusCode(201);
        pay(id, "RENT", YearMonth.from(START).plusMonths(1).toString(), "10", "SJ-" + id.substring(0, 8) + "-3").statusCode(409).body("code", equalTo("duplicate-receipt"));
        pay(id, "RENT", null, "10", "SJ-" + id.substring(0, 8) + "-4").statusCode(422).body("violations[0].field", equalTo("period"));
        pay(id, "RENT", "2030-01", "10", "SJ-" + id.substring(0, 8) + "-5").statusCode(422).body("violations[0].rule", equalTo("NoSuchDue"));

        // as of today: seven months due, one paid
        JsonPath l = get("xg-leader", "/api/leases/" + id);
        assertThat(balance(l, "DEPOSIT", "arrears")).isEqualByComparingTo("0");
        assertThat(balance(l, "RENT", "due")).isEqualByComparingTo("70000");
        assertThat(balance(l, "RENT", "arrears")).isEqualByComparingTo("60000");
        assertThat(balance(l, "PROPERTY_FEE", "arrears")).isEqualByComparingTo("14000");
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/leases/arrears").then().statusCode(200).body("id", hasItem(id));
        JsonPath ledger = get("xg-leader", "/api/leases/" + id + "/ledger");
        assertThat(ledger.getList("dues")).hasSize(25);
        assertThat(ledger.getList("payments")).hasSize(2);

        // 清退: the reason is required, the version checked; the dues after the last day are dropped
        // ended on the last day of the fourth month: four months owed
        Map<String, Object> end = new HashMap<>(Map.of("on", START.plusMonths(4).minusDays(1).toString(), "kind", "CLEARED"));
        given().auth().oauth2(Tokens.of("xg-land")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(end)
                .post("/api/leases/" + id + "/end").then().statusCode(422).body("violations[0].field", equalTo("reason"));
        end.put("reason", "不达产");
        given().auth().oauth2(Tokens.of("xg-land")).contentType(ContentType.JSON).header("If-Match", "\"3\"").body(end)
                .post("/api/leases/" + id + "/end").then().statusCode(409);
        given().auth().oauth2(Tokens.of("xg-land")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(end)
                .post("/api/leases/" + id + "/end").then().statusCode(200).body("endKindName", equalTo("清退"))
                .body("active", equalTo(false));
        JsonPath after = get("xg-leader", "/api/leases/" + id);
        assertThat(balance(after, "RENT", "due")).isEqualByComparingTo("40000");
        assertThat(balance(after, "RENT", "arrears")).isEqualByComparingTo("30000");
        given().auth().oauth2(Tokens.of("xg-land")).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(end)
                .post("/api/leases/" + id + "/end").then().statusCode(422).body("code", equalTo("illegal-transition"));
        // the unit is vacant again
        assertThat(get("xg-leader", "/api/factories/" + b.getString("id")).getObject("leasedAreaM2", BigDecimal.class))
                .isEqualByComparingTo("0");
    }

    @Test
    void tenantsAndParksSeeOnlyTheirOwn() {
        JsonPath b = building();
        String sany = sign(lease(FakeEnterprises.SANY, b.getString("units[0].id"), "2025-01-01", "2025-12-31")).statusCode(201)
                .extract().path("id");
        String own = sign(lease(FakeEnterprises.XUHANGCHENG, b.getString("units[1].id"), "2025-01-01", "2025-12-31"))
                .statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.of("xg-ent-user")).get("/api/leases/" + own).then().statusCode(200);
        given().auth().oauth2(Tokens.of("xg-ent-user")).get("/api/leases/" + sany).then().statusCode(404);
        given().auth().oauth2(Tokens.of("xg-ent-user")).queryParam("size", 200).get("/api/leases").then().statusCode(200)
                .body("items.id", not(hasItem(sany)));
        given().auth().oauth2(Tokens.of("d2-leader")).get("/api/leases/" + sany).then().statusCode(404);
        given().auth().oauth2(Tokens.of("xg-ent-user")).contentType(ContentType.JSON)
                .body(lease(FakeEnterprises.XUHANGCHENG, b.getString("units[1].id"), "2026-01-01", "2026-12-31"))
                .post("/api/leases").then().statusCode(403);
        List<List<String>> batched = given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("enterpriseIds", List.of(FakeEnterprises.SANY, FakeEnterprises.XUHANGCHENG)))
                .post("/api/leases/by-enterprises").then().statusCode(200).extract().path("leases.id");
        assertThat(batched.get(0)).contains(sany).doesNotContain(own);
        assertThat(batched.get(1)).contains(own);
        given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON).body(Map.of("query", """
                query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Enterprise { id leases { id contractNo } } } }""",
                "variables", Map.of("reps", List.of(Map.of("__typename", "Enterprise", "id", FakeEnterprises.XUHANGCHENG)))))
                .post("/graphql").then().statusCode(200).body("errors", equalTo(null))
                .body("data._entities[0].leases.id", hasItem(own));
    }
}
