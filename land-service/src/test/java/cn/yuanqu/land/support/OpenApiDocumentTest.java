package cn.yuanqu.land.support;

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
        assertThat(paths).containsKeys("/api/parcels", "/api/parcels/{id}", "/api/parcels/{id}/history",
                "/api/parcels/{id}/idle-assessment", "/api/parcels/{id}/transitions", "/api/parcels/by-enterprises",
                "/api/land-cases", "/api/land-cases/candidates", "/api/land-cases/{id}/transitions", "/api/factories",
                "/api/leases", "/api/leases/{id}/payments", "/api/leases/{id}/end", "/api/leases/{id}/ledger", "/api/leases/arrears",
                "/api/leases/by-enterprises", "/api/figures");
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
