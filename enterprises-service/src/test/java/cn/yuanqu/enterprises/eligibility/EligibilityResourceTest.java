package cn.yuanqu.enterprises.eligibility;

import static cn.yuanqu.enterprises.testing.TestEnterprises.XUHANGCHENG_ID;
import static cn.yuanqu.enterprises.testing.TestEnterprises.ensureXuhangcheng;
import static cn.yuanqu.enterprises.testing.TestEnterprises.input;
import static cn.yuanqu.enterprises.testing.TestEnterprises.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import cn.yuanqu.enterprises.testing.DatabaseSnapshot;
import cn.yuanqu.testing.Tokens;

/** The pre-screen over REST, from monthly reports and yearly facts written through the API. */
@QuarkusTest
class EligibilityResourceTest {

    static void report(String enterpriseId, String month, long revenue, long rd) {
        Map<String, Object> v = new HashMap<>();
        v.put("outputValue", revenue);
        v.put("operatingRevenue", revenue);
        v.put("mainBusinessRevenue", revenue * 9 / 10);
        v.put("profit", revenue / 10);
        v.put("taxPaid", revenue / 50);
        v.put("rdSpending", rd);
        v.put("employees", 120);
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON).body(v)
                .put("/api/indicators/" + enterpriseId + "/" + month).then().statusCode(200);
    }

    static Map<String, Object> thresholds(long aboveScale) {
        Map<String, Object> t = new HashMap<>();
        t.put("aboveScaleRevenue", aboveScale);
        t.put("innovativePassScore", 60);
        t.put("innovativeMinInnovation", 20);
        t.put("innovativeMinGrowth", 15);
        t.put("innovativeMinSpecialization", 15);
        t.put("innovativeDirectEquity", 5000000);
        t.put("specializedMinNicheYears", 2);
        t.put("specializedMinRd", 1000000);
        t.put("specializedMinRdRatio", 0.03);
        t.put("specializedMinRevenue", 10000000);
        t.put("specializedAltEquity", 20000000);
        t.put("highTechBandSmall", 50000000);
        t.put("highTechBandLarge", 200000000);
        t.put("highTechRdRatioSmall", 0.05);
        t.put("highTechRdRatioMid", 0.04);
        t.put("highTechRdRatioLarge", 0.03);
        t.put("highTechMinStStaff", 0.10);
        t.put("highTechMinProductShare", 0.60);
        return t;
    }

    @Test
    void anEnterpriseIsScreenedFromItsOwnReportsAndFacts() {
        String id = register("xingguo", input("预评测试有限公司")).path("id");
        for (int m = 1; m <= 12; m++) {
            report(id, String.format("2022-%02d", m), 2_000_000, 120_000); // R&D 6%
            report(id, String.format("2023-%02d", m), 2_500_000, 125_000); // 30M a year, R&D 5%
        }
        JsonPath before = given().auth().oauth2(Tokens.of("xg-enterprise")).queryParam("asOf", "2023-12")
                .get("/api/eligibility/enterprises/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(before.getInt("year")).isEqualTo(2023);
        assertThat(before.getString("programs.find { it.program == 'ABOVE_SCALE' }.outcome")).isEqualTo("ELIGIBLE");
        assertThat(before.getString("programs.find { it.program == 'SPECIALIZED_SME' }.outcome")).isEqualTo("INCOMPLETE");
        assertThat(before.getList("programs.find { it.program == 'SPECIALIZED_SME' }.missing")).containsExactly("从事细分市场年限");

        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON)
                .body(Map.of("nicheYears", 4, "ipLevel", "OWN_CLASS_I", "debtRatio", 0.45, "strategicEmerging", true,
                        "stStaff", 18, "highTechProductShare", 0.72))
                .put("/api/eligibility/facts/" + id + "/2023").then().statusCode(200).body("version", equalTo(0));
        JsonPath after = given().auth().oauth2(Tokens.of("xg-leader")).queryParam("asOf", "2023-12")
                .get("/api/eligibility/enterprises/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(after.getString("programs.find { it.program == 'SPECIALIZED_SME' }.outcome")).isEqualTo("ELIGIBLE");
        // 15 + 20 | growth 25% 20 + 10 | 10 + main share 90% 20 = 95
        assertThat(after.getInt("programs.find { it.program == 'INNOVATIVE_SME' }.score")).isEqualTo(95);
        assertThat(after.getString("programs.find { it.program == 'HIGH_TECH' }.outcome")).isEqualTo("ELIGIBLE");

        // the officer's list of next year's 高企 candidates holds it
        given().auth().oauth2(Tokens.of("xg-enterprise")).queryParam("asOf", "2023-12").queryParam("program", "HIGH_TECH")
                .queryParam("outcome", "ELIGIBLE").queryParam("size", 200).get("/api/eligibility").then().statusCode(200)
                .body("items.enterpriseId", hasItem(id));
    }

    @Test
    void anEnterpriseUserScreensAndDescribesOnlyItself() {
        ensureXuhangcheng();
        String other = register("xingguo", input("预评隔离测试有限公司")).path("id");
        given().auth().oauth2(Tokens.of("xg-ent-user")).get("/api/eligibility/enterprises/" + XUHANGCHENG_ID).then()
                .statusCode(200).body("programs.size()", equalTo(4));
        given().auth().oauth2(Tokens.of("xg-ent-user")).get("/api/eligibility/enterprises/" + other).then().statusCode(403);
        given().auth().oauth2(Tokens.of("xg-ent-user")).get("/api/eligibility").then().statusCode(403);
        given().auth().oauth2(Tokens.of("xg-ent-user")).contentType(ContentType.JSON).body(Map.of("nicheYears", 5))
                .put("/api/eligibility/facts/" + XUHANGCHENG_ID + "/2023").then().statusCode(200);
        Map<String, String> before = DatabaseSnapshot.take();
        given().auth().oauth2(Tokens.of("xg-ent-user")).contentType(ContentType.JSON).body(Map.of("nicheYears", 5))
                .put("/api/eligibility/facts/" + other + "/2023").then().statusCode(403);
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON).body(Map.of("nicheYears", 1))
                .put("/api/eligibility/facts/" + other + "/twenty").then().statusCode(400)
                .body("violations[0].field", equalTo("year"));
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON).body(Map.of("debtRatio", -0.1))
                .put("/api/eligibility/facts/" + other + "/2023").then().statusCode(400)
                .body("violations[0].field", equalTo("debtRatio"));
        assertThat(DatabaseSnapshot.take()).isEqualTo(before);
    }

    @Test
    void onlyAnAdminSetsAParksThresholdsAndConcurrentEditsDoNotLoseAnUpdate() {
        given().auth().oauth2(Tokens.of("d2-leader")).get("/api/eligibility/settings").then().statusCode(200)
                .body("park", equalTo("demo2"));
        given().auth().oauth2(Tokens.of("d2-leader")).contentType(ContentType.JSON).body(thresholds(30_000_000))
                .put("/api/eligibility/settings").then().statusCode(403);
        Map<String, Object> badBands = thresholds(30_000_000);
        badBands.put("highTechBandLarge", 1);
        given().auth().oauth2(Tokens.of("admin")).queryParam("park", "demo2").contentType(ContentType.JSON).body(badBands)
                .put("/api/eligibility/settings").then().statusCode(422).body("violations[0].field", equalTo("highTechBandLarge"));
        // demo2 may already have its own thresholds from an earlier run of this test class in the same database
        Integer version = given().auth().oauth2(Tokens.of("admin")).queryParam("park", "demo2")
                .get("/api/eligibility/settings").then().statusCode(200).extract().path("version");
        var put = given().auth().oauth2(Tokens.of("admin")).queryParam("park", "demo2").contentType(ContentType.JSON)
                .body(thresholds(30_000_000));
        if (version != null) {
            put = put.header("If-Match", "\"" + version + "\"");
        }
        put.put("/api/eligibility/settings").then().statusCode(200).body("source", equalTo("PARK"))
                .body("thresholds.aboveScaleRevenue", equalTo(30000000));
        int current = given().auth().oauth2(Tokens.of("admin")).queryParam("park", "demo2").get("/api/eligibility/settings")
                .then().extract().path("version");
        given().auth().oauth2(Tokens.of("admin")).queryParam("park", "demo2").contentType(ContentType.JSON)
                .body(thresholds(25_000_000)).put("/api/eligibility/settings").then().statusCode(400)
                .body("violations[0].field", equalTo("If-Match"));
        given().auth().oauth2(Tokens.of("admin")).queryParam("park", "demo2").contentType(ContentType.JSON)
                .header("If-Match", "\"" + (current + 5) + "\"").body(thresholds(25_000_000))
                .put("/api/eligibility/settings").then().statusCode(409);
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/eligibility/settings").then().statusCode(200)
                .body("source", equalTo("NATIONAL")).body("thresholds.aboveScaleRevenue", equalTo(20000000));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("program", "NOPE").get("/api/eligibility").then()
                .statusCode(400).body("violations.field", equalTo(List.of("program")));
    }
}
