package cn.yuanqu.gateway.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.yuanqu.gateway.GatewayTest;

/**
 * The dashboard with real tokens and every service unreachable (the test profile points them at a closed
 * port): the period is checked before any call, each section fails on its own with the service named, and
 * the rankings share ranks between equal values.
 */
@QuarkusTest
class DashboardTest {

    @Test
    void everySectionReportsItsServiceUnavailableAndTheRestOfTheAnswerStays() {
        given().auth().oauth2(GatewayTest.token("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("query", "{ dashboard(from: \"2024-01\", to: \"2024-12\") { from to economy { park } safety { park } land { park } } }"))
                .post("/graphql").then().statusCode(200)
                .body("data.dashboard.from", equalTo("2024-01"))
                .body("data.dashboard.economy", nullValue())
                .body("errors.extensions.code", equalTo(List.of("service-unavailable", "service-unavailable", "service-unavailable")))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("safety-service")))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("land-service")));
    }

    @Test
    void aBadPeriodIsRefusedNamingTheArgumentAndEnterpriseUsersHaveNoDashboard() {
        given().auth().oauth2(GatewayTest.token("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("query", "{ dashboard(from: \"2024-06\", to: \"2024-01\") { from economy { park } } }"))
                .post("/graphql").then().statusCode(200)
                .body("data.dashboard", nullValue())
                .body("errors[0].extensions.code", equalTo("invalid-input"))
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("to："));
        given().auth().oauth2(GatewayTest.token("xg-ent-user")).contentType(ContentType.JSON)
                .body(Map.of("query", "{ dashboard(from: \"2024-01\", to: \"2024-12\") { from } }"))
                .post("/graphql").then().statusCode(200)
                .body("data.dashboard", nullValue()).body("errors[0].message", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void parksAreRankedHighestFirstWithEqualValuesSharingARankAndNoValueLast() {
        Figure f = new Figure("hazards.closed", "safety", "隐患销号", "条", null, null, null, null);
        Ranking r = DashboardGateway.rank(f, List.of(
                new DashboardGateway.Row("b", new Figure("hazards.closed", "safety", "隐患销号", "条", new BigDecimal("10"), null, null, null)),
                new DashboardGateway.Row("c", new Figure("hazards.closed", "safety", "隐患销号", "条", null, null, null, null)),
                new DashboardGateway.Row("a", new Figure("hazards.closed", "safety", "隐患销号", "条", new BigDecimal("10.0"), null, null, null)),
                new DashboardGateway.Row("d", new Figure("hazards.closed", "safety", "隐患销号", "条", new BigDecimal("30"), null, null, null))));
        assertThat(r.parks()).extracting(RankedPark::park).containsExactly("d", "a", "b", "c");
        assertThat(r.parks()).extracting(RankedPark::rank).containsExactly(1, 2, 2, null);
    }
}
