package cn.yuanqu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The gateway with real tokens from the test Keycloak and enterprises-service unreachable (the test
 * profile points it at a closed port): authentication, limits and partial results.
 */
@QuarkusTest
public class GatewayTest {

    public static String token(String user) {
        String kc = ConfigProvider.getConfig().getValue("yuanqu.keycloak.url", String.class);
        return given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("client_id", "yuanqu-web")
                .formParam("username", user).formParam("password", "demo")
                .post(kc + "/realms/yuanqu/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    @Test
    void aCallWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ enterprises { total } }"))
                .when().post("/graphql").then().statusCode(401);
    }

    @Test
    void theSchemaOffersTheEnterpriseOperationsWithChineseDescriptions() {
        given().auth().oauth2(token("xg-leader")).when().get("/graphql/schema.graphql")
                .then().statusCode(200)
                .body(containsString("enterprises(")).body(containsString("registerEnterprise("))
                .body(containsString("changeEnterpriseStatus(")).body(containsString("统一社会信用代码"))
                .body(containsString("在营 / operating"));
    }

    @Test
    void aDownServiceGivesAServiceUnavailableErrorAndTheRestOfTheAnswer() {
        given().auth().oauth2(token("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("query", "{ __typename enterprises { total } }"))
                .when().post("/graphql").then().statusCode(200)
                .body("data.__typename", equalTo("Query"))
                .body("errors[0].extensions.code", equalTo("service-unavailable"))
                .body("errors[0].message", containsString("enterprises-service"))
                .body("errors[0].path[0]", equalTo("enterprises"));
    }

    @Test
    void aRoleWithoutWriteAccessIsRefusedBeforeAnyCall() {
        given().auth().oauth2(token("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("query", """
                        mutation { registerEnterprise(input: {creditCode: "91310110666007217T", name: "x"}) { id } }"""))
                .when().post("/graphql").then().statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", notNullValue())
                .body("errors[0].extensions.code", equalTo("forbidden"));
    }

    @Test
    void aTooDeepQueryIsRefused() {
        String deep = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }";
        given().auth().oauth2(token("xg-leader")).contentType(ContentType.JSON).body(Map.of("query", deep))
                .when().post("/graphql").then().statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", containsString("depth"));
    }

    @Test
    void aTooComplexQueryIsRefusedBeforeAnyCall() {
        StringBuilder wide = new StringBuilder("{");
        for (int i = 0; i < 300; i++) {
            wide.append(" e").append(i).append(": enterprises { total }");
        }
        given().auth().oauth2(token("xg-leader")).contentType(ContentType.JSON).body(Map.of("query", wide.append(" }").toString()))
                .when().post("/graphql").then().statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", containsString("complexity"));
    }
}
