package cn.yuanqu.projects.settings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/** Per-park settings: defaults, set by admin with optimistic locking, refused to others. */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class SettingsResourceTest {

    @Test
    void anAdminSetsAParksSettingsOthersOnlyReadThem() {
        // a park of its own for this test: the province viewer and admin see every park
        String park = "demo2";
        given().auth().oauth2(Tokens.of("d2-leader")).contentType(ContentType.JSON)
                .body(Map.of("stalledAfterDays", 20, "startTargetWorkingDays", 40)).put("/api/settings").then().statusCode(403);
        var current = given().auth().oauth2(Tokens.of("admin")).queryParam("park", park).get("/api/settings").then()
                .statusCode(200).extract();
        Integer version = current.path("version");
        var put = given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).queryParam("park", park)
                .body(Map.of("stalledAfterDays", 20, "startTargetWorkingDays", 40));
        if (version != null) {
            put = put.header("If-Match", "\"" + version + "\"");
        }
        int after = put.put("/api/settings").then().statusCode(200).body("source", equalTo("PARK"))
                .body("stalledAfterDays", equalTo(20)).extract().path("version");
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).queryParam("park", park)
                .body(Map.of("stalledAfterDays", 21, "startTargetWorkingDays", 40)).put("/api/settings").then()
                .statusCode(400).body("violations[0].field", equalTo("If-Match"));
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).queryParam("park", park)
                .header("If-Match", "\"" + (after + 5) + "\"")
                .body(Map.of("stalledAfterDays", 21, "startTargetWorkingDays", 40)).put("/api/settings").then()
                .statusCode(409);
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).queryParam("park", park)
                .header("If-Match", "\"" + after + "\"")
                .body(Map.of("stalledAfterDays", 0, "startTargetWorkingDays", 400)).put("/api/settings").then()
                .statusCode(400);
        given().auth().oauth2(Tokens.of("d2-leader")).get("/api/settings").then().statusCode(200)
                .body("stalledAfterDays", equalTo(20)).body("startTargetWorkingDays", equalTo(40));
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/settings").then().statusCode(200)
                .body("source", equalTo("DEFAULT")).body("startTargetWorkingDays", equalTo(50));
    }
}
