package cn.yuanqu.safety.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import cn.yuanqu.testing.FakeEnterprises;

/**
 * The OpenAPI document departments integrate against: every REST operation is there, described in
 * Chinese and English, and secured by Keycloak.
 */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDescribedAndSecured() {
        Map<String, Object> doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().as(Map.class);
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        assertThat(paths).containsKeys("/api/inspections", "/api/inspections/by-enterprises", "/api/campaigns",
                "/api/campaigns/{id}/results", "/api/hazards", "/api/hazards/{id}/plan", "/api/hazards/{id}/rectifications",
                "/api/hazards/{id}/reviews", "/api/hazards/{id}/closing-approval", "/api/hazards/{id}/escalations",
                "/api/hazards/by-enterprises", "/api/major-criteria", "/api/letters", "/api/letters/missing",
                "/api/trainings", "/api/trainings/untrained", "/api/drills",
                "/api/hazards/{id}/rectifications/{rectificationId}/files", "/api/hazards/{id}/files/{fileId}",
                "/api/feedback-items", "/api/feedback-items/{id}/transitions", "/api/monitoring-points",
                "/api/monitoring-points/{id}/limits", "/api/samples", "/api/samples/{id}", "/api/figures");
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
