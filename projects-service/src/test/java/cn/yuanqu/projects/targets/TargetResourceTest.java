package cn.yuanqu.projects.targets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/** Annual targets: set by the project office with optimistic locking, read by the park. */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class TargetResourceTest {

    @Test
    void theProjectOfficeSetsTheYearsTargets() {
        Map<String, Object> body = Map.of("newStarts", 28, "completions", 15, "fixedAssetInvestment", "5000000000",
                "signedInvestment", "8000000000");
        given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON).body(body)
                .put("/api/targets/2030").then().statusCode(403);
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/targets/2030").then().statusCode(404);
        given().auth().oauth2(Tokens.of("xg-project")).contentType(ContentType.JSON).body(body)
                .put("/api/targets/2030").then().statusCode(200).body("newStarts", equalTo(28)).header("ETag", "\"0\"");
        given().auth().oauth2(Tokens.of("xg-project")).contentType(ContentType.JSON).body(body)
                .put("/api/targets/2030").then().statusCode(400).body("violations[0].field", equalTo("If-Match"));
        given().auth().oauth2(Tokens.of("xg-project")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("newStarts", 30, "completions", 15, "fixedAssetInvestment", "5000000000",
                        "signedInvestment", "8000000000"))
                .put("/api/targets/2030").then().statusCode(200).body("newStarts", equalTo(30)).body("version", equalTo(1));
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/targets/2030").then().statusCode(200)
                .body("newStarts", equalTo(30));
        given().auth().oauth2(Tokens.of("d2-leader")).get("/api/targets/2030").then().statusCode(404);
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/targets/1900").then().statusCode(400)
                .body("violations[0].field", equalTo("year"));
    }
}
