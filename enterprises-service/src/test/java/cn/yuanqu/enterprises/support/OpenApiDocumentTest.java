package cn.yuanqu.enterprises.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The OpenAPI document departments integrate against: every REST operation is there, described in
 * Chinese and English, and secured by Keycloak.
 */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDescribedAndSecured() {
        Map<String, Object> doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().as(Map.class);
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        assertThat(paths).containsKeys("/api/enterprises", "/api/qualifications", "/api/cultivation", "/api/indicators/batch",
                "/api/requests", "/api/requests/{id}/transitions", "/api/requests/{id}/rating", "/api/visits",
                "/api/agency-matters", "/api/agency-matters/{id}/closing", "/api/loans", "/api/loans/{id}/recoveries",
                "/api/payouts", "/api/figures", "/api/eligibility", "/api/eligibility/settings",
                "/api/eligibility/facts/{enterpriseId}/{year}");
        List<String> undescribed = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, raw) -> {
            if (!(raw instanceof Map<?, ?> op)) {
                return;
            }
            String summary = (String) op.get("summary");
            if (summary == null || !summary.contains(" / ") || op.get("security") == null && doc.get("security") == null
                    || op.get("tags") == null) {
                undescribed.add(method.toUpperCase() + " " + path);
            }
        }));
        assertThat(undescribed).as("operations without a bilingual summary, a tag or security").isEmpty();
    }
}
