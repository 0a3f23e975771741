package cn.yuanqu.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * 亩产效益 over the real services: the demo's 2024 evaluation was run by the land officer, land-service read
 * the holders' years from enterprises-service with its own service-account token through the policy
 * enforcer, and every result carries exactly what enterprises-service reports. Nothing here writes.
 */
@ExtendWith(Platform.class)
class LandEfficiencyTest {

    private static JsonPath json(String body) {
        return new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void theDemoYearIsClassedFromWhatEnterprisesServiceReports() {
        Platform p = Platform.get();
        String leader = p.token("xg-leader");
        JsonPath evaluation = json(given().auth().oauth2(leader).get(p.land.resolve("/api/efficiency/evaluations/2024"))
                .then().statusCode(200).extract().asString());
        int n = evaluation.getInt("enterprises");
        assertThat(n).isPositive();
        assertThat(evaluation.getString("evaluatedBy")).isEqualTo("xg-land");
        assertThat(evaluation.getList("distribution.enterprises", Integer.class).stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(n);

        JsonPath results = json(given().auth().oauth2(leader).queryParam("year", "2024").queryParam("size", "200")
                .get(p.land.resolve("/api/efficiency/results")).then().statusCode(200).extract().asString());
        assertThat(results.getInt("total")).isEqualTo(n);
        List<String> ids = results.getList("items.enterpriseId", String.class);
        // the same year straight from enterprises-service, as the land officer's department would see it
        JsonPath totals = json(given().auth().oauth2(leader).contentType(ContentType.JSON)
                .body(Map.of("park", "xingguo", "year", 2024, "enterpriseIds", ids))
                .post(p.enterprises.resolve("/api/indicators/yearly-totals")).then().statusCode(200).extract().asString());
        Map<String, Map<String, Object>> byId = new HashMap<>();
        totals.getList("rows", Map.class).forEach(r -> byId.put((String) r.get("enterpriseId"), castRow(r)));
        for (int i = 0; i < ids.size(); i++) {
            Map<String, Object> row = byId.get(ids.get(i));
            assertThat(row).as("enterprises-service knows %s", ids.get(i)).isNotNull();
            assertThat(results.getObject("items[" + i + "].tax", BigDecimal.class))
                    .isEqualByComparingTo(new BigDecimal(row.get("taxPaid").toString()));
            assertThat(results.getObject("items[" + i + "].revenue", BigDecimal.class))
                    .isEqualByComparingTo(new BigDecimal(row.get("operatingRevenue").toString()));
            assertThat(results.getString("items[" + i + "].population"))
                    .isEqualTo(Boolean.TRUE.equals(row.get("aboveScale")) ? "ABOVE_SCALE" : "BELOW_SCALE");
        }
        // the built-in scheme: within each population, A is at least the top quarter, D at most the bottom 5%
        for (String population : List.of("ABOVE_SCALE", "BELOW_SCALE")) {
            List<String> grades = results.getList("items.findAll { it.population == '" + population + "' }.grade", String.class);
            long size = grades.size();
            assertThat(grades.stream().filter("A"::equals).count()).isGreaterThanOrEqualTo(Math.round(size * 0.25));
            assertThat(grades.stream().filter("D"::equals).count()).isLessThanOrEqualTo(Math.round(size * 0.05 + 0.5));
        }
        // the figures of 2024 carry the same distribution
        JsonPath figures = json(given().auth().oauth2(leader).queryParam("from", "2024-01").queryParam("to", "2024-12")
                .get(p.land.resolve("/api/figures")).then().statusCode(200).extract().asString());
        assertThat(figures.getObject("parks[0].figures.find { it.key == 'efficiency.evaluated' }.value", BigDecimal.class))
                .isEqualByComparingTo(BigDecimal.valueOf(n));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castRow(Map<?, ?> r) {
        return (Map<String, Object>) r;
    }

    @Test
    void theServiceAccountReadsTotalsAndNothingElseAndEnterpriseUsersCannotTotal() {
        Platform p = Platform.get();
        String service = p.serviceToken("land-service", "YUANQU_LAND_CLIENT_SECRET");
        given().auth().oauth2(service).contentType(ContentType.JSON)
                .body(Map.of("park", "xingguo", "year", 2024, "enterpriseIds", List.of("bbacd6f1-8825-5dc4-b88c-60566b3ff93c")))
                .post(p.enterprises.resolve("/api/indicators/yearly-totals")).then().statusCode(200);
        // its account may not register enterprises, read the registry or report months
        given().auth().oauth2(service).contentType(ContentType.JSON).queryParam("park", "xingguo")
                .body(Map.of("name", "服务账号不能登记", "creditCode", "91360732MA35XH8C2X"))
                .post(p.enterprises.resolve("/api/enterprises")).then().statusCode(403);
        given().auth().oauth2(service).queryParam("park", "xingguo").get(p.enterprises.resolve("/api/enterprises")).then()
                .statusCode(403);
        given().auth().oauth2(p.token("xg-ent-user")).contentType(ContentType.JSON)
                .body(Map.of("park", "xingguo", "year", 2024, "enterpriseIds", List.of("bbacd6f1-8825-5dc4-b88c-60566b3ff93c")))
                .post(p.enterprises.resolve("/api/indicators/yearly-totals")).then().statusCode(403);
    }
}
