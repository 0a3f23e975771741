package cn.yuanqu.safety.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/** Inspections and campaigns over REST: the enterprise checked in enterprises-service, campaigns' results. */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class InspectionResourceTest {

    static Map<String, Object> inspection(String enterpriseId) {
        return new HashMap<>(Map.of("type", "NIGHT", "domain", "FIRE", "enterpriseId", enterpriseId,
                "inspectedOn", "2024-05-10", "inspectors", "钟安"));
    }

    @Test
    void theEnterpriseIsCheckedAndTheCampaignMustBeOfThePark() {
        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON)
                .body(inspection("00000000-0000-4000-8000-000000000000")).post("/api/inspections").then()
                .statusCode(422).body("violations[0].field", equalTo("enterpriseId"));
        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON).body(inspection(FakeEnterprises.DEMO2))
                .post("/api/inspections").then().statusCode(422).body("violations[0].field", equalTo("enterpriseId"));
        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON).body(inspection(FakeEnterprises.FAILING))
                .post("/api/inspections").then().statusCode(503).body("code", equalTo("dependency-unavailable"));

        String campaign = given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON)
                .body(Map.of("name", "拆牌、破网、清通道专项行动", "kind", "SPECIAL_ACTION", "startOn", "2024-04-01"))
                .post("/api/campaigns").then().statusCode(201).extract().path("id");
        Map<String, Object> body = inspection(FakeEnterprises.SANY);
        body.put("campaignId", campaign);
        String id = given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON).body(body)
                .post("/api/inspections").then().statusCode(201).body("typeName", equalTo("夜查"))
                .body("enterpriseName", equalTo("三一智能建造（兴国）有限公司")).extract().path("id");
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("campaignId", campaign).get("/api/inspections").then()
                .statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("type", "DAYTIME").get("/api/inspections").then()
                .statusCode(400).body("violations[0].field", equalTo("type"));
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON).body(body)
                .post("/api/inspections").then().statusCode(403);
        given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("enterpriseIds", List.of(FakeEnterprises.SANY))).post("/api/inspections/by-enterprises").then()
                .statusCode(200).body("[0].inspections.id", hasItem(id));
    }

    @Test
    void aCampaignCountsItsResults() {
        String id = given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON)
                .body(Map.of("name", "大排查大整治", "kind", "SWEEP", "startOn", "2024-03-01", "endOn", "2024-12-31"))
                .post("/api/campaigns").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> results = List.of(Map.of("item", "拆除防盗网", "unit", "套", "count", 334),
                Map.of("item", "清理通道", "unit", "处", "count", 50, "approximate", true));
        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(results).put("/api/campaigns/" + id + "/results").then().statusCode(200)
                .body("results.find { it.item == '拆除防盗网' }.count", equalTo(334))
                .body("results.find { it.item == '拆除防盗网' }.approximate", equalTo(false))
                .body("results.find { it.item == '清理通道' }.approximate", equalTo(true)).body("version", equalTo(1));
        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(results).put("/api/campaigns/" + id + "/results").then().statusCode(409);
        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(List.of(Map.of("item", "拆除防盗网", "unit", "套", "count", 1), Map.of("item", "拆除防盗网", "unit", "套", "count", 2)))
                .put("/api/campaigns/" + id + "/results").then().statusCode(422);
        given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "kind", "SWEEP", "startOn", "2024-03-01", "endOn", "2024-02-01"))
                .post("/api/campaigns").then().statusCode(422).body("violations[0].field", equalTo("endOn"));
        given().auth().oauth2(Tokens.of("d2-leader")).get("/api/campaigns/" + id).then().statusCode(404);
    }
}
