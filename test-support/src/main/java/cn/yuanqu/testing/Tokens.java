package cn.yuanqu.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real access tokens from the test Keycloak that {@code ./yuanqu test} starts (realm {@code yuanqu}
 * with the local demo addition). No mocked token issuer: the policy enforcer and the park rules see
 * exactly what production sees.
 */
public final class Tokens {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    private static String tokenUrl() {
        String kc = ConfigProvider.getConfig().getValue("yuanqu.keycloak.url", String.class);
        return kc + "/realms/yuanqu/protocol/openid-connect/token";
    }

    /** The token of a demo user (password {@code demo}), via the local-only direct grant. */
    public static String of(String username) {
        return CACHE.computeIfAbsent(username, u -> given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("client_id", "yuanqu-web")
                .formParam("username", u).formParam("password", "demo")
                .when().post(tokenUrl())
                .then().statusCode(200).extract().path("access_token"));
    }

    /** The client-credentials token of the county department integration client. */
    public static String department() {
        return CACHE.computeIfAbsent("#department", u -> given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").formParam("client_id", "yuanqu-department")
                .formParam("client_secret", System.getenv("YUANQU_DEPARTMENT_CLIENT_SECRET"))
                .when().post(tokenUrl())
                .then().statusCode(200).extract().path("access_token"));
    }

    /**
     * The client-credentials token of one of the platform's own services (its service account, role
     * {@code internal-service}), e.g. {@code service("land-service", "YUANQU_LAND_CLIENT_SECRET")}.
     */
    public static String service(String clientId, String secretVariable) {
        return CACHE.computeIfAbsent("#" + clientId, u -> given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", System.getenv(secretVariable))
                .when().post(tokenUrl())
                .then().statusCode(200).extract().path("access_token"));
    }
}
