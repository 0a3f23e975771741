package cn.yuanqu.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * 一企一档 through the gateway over the real services: a page of 100 enterprises with their parcels, leases,
 * 亩产 class, projects, open hazards, inspections, qualifications, cultivation entries, latest monthly report and requests
 * costs one call per joined field — counted by the gateway's own HTTP
 * client metrics — and land-service down nulls its fields only, with errors naming it.
 */
@ExtendWith(Platform.class)
class GatewayJoinsTest {

    private static final String QUERY = """
            { enterprises(park: "xingguo", size: 100) { items { id name
                parcels { code statusName } leases { contractNo active } efficiency { year grade gradeLabel }
                projects { name stageName } openHazards { levelName statusName } inspections { id }
                qualifications { typeName level validToday } cultivationEntries { target statusName }
                latestIndicator { month values { operatingRevenue } } requests { title statusName } } } }""";

    private static final List<String> LOOKUPS = List.of("/api/parcels/by-enterprises", "/api/leases/by-enterprises",
            "/api/efficiency/by-enterprises", "/api/projects/by-enterprises", "/api/hazards/by-enterprises",
            "/api/inspections/by-enterprises",
            "/api/qualifications/by-enterprises", "/api/cultivation/by-enterprises", "/api/indicators/latest/by-enterprises",
            "/api/requests/by-enterprises");

    private static JsonPath query(URI gateway, String token) {
        return new JsonPath(given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("query", QUERY))
                .post(gateway.resolve("/graphql")).then().statusCode(200).extract().asString());
    }

    /** Calls the gateway has made to a look-up path so far (its http.client.requests timer). */
    private static long calls(String metrics, String uri) {
        Matcher m = Pattern.compile("http_client_requests_seconds_count\\{[^}]*uri=\"" + Pattern.quote(uri) + "\"[^}]*} ([0-9.E]+)")
                .matcher(metrics);
        long total = 0;
        while (m.find()) {
            total += (long) Double.parseDouble(m.group(1));
        }
        return total;
    }

    private static String metrics() {
        return given().get(Platform.get().gatewayManagement.resolve("/q/metrics")).then().statusCode(200).extract().asString();
    }

    @Test
    void aHundredEnterprisesWithAllTheirJoinsCostOneCallPerJoinedField() {
        Platform p = Platform.get();
        String before = metrics();
        JsonPath r = query(p.gateway, p.token("xg-leader"));
        String after = metrics();
        assertThat(r.getList("errors")).isNull();
        assertThat(r.getList("data.enterprises.items")).hasSize(100);
        for (String uri : LOOKUPS) {
            assertThat(calls(after, uri) - calls(before, uri)).as("calls to %s for 100 enterprises", uri).isEqualTo(1);
        }
        // the joins carry the services' records
        List<Map<String, Object>> items = r.getList("data.enterprises.items");
        assertThat(items).anyMatch(e -> !((List<?>) e.get("parcels")).isEmpty());
        assertThat(r.getList("data.enterprises.items.efficiency.year", Integer.class)).contains(2024);
        assertThat(items).anyMatch(e -> !((List<?>) e.get("qualifications")).isEmpty());
        assertThat(items).anyMatch(e -> !((List<?>) e.get("requests")).isEmpty());
        assertThat(r.getList("data.enterprises.items.latestIndicator.month", String.class)).isNotEmpty().anyMatch(m -> m != null);
    }

    @Test
    void theCultivationSideOfAnEnterpriseIsWhatEnterprisesServiceHoldsForIt() {
        Platform p = Platform.get();
        String token = p.token("xg-leader");
        JsonPath r = query(p.gateway, token);
        List<String> ids = r.getList("data.enterprises.items.id", String.class);
        JsonPath qualifications = new JsonPath(given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("enterpriseIds", ids)).post(p.enterprises.resolve("/api/qualifications/by-enterprises"))
                .then().statusCode(200).extract().asString());
        JsonPath latest = new JsonPath(given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("enterpriseIds", ids)).post(p.enterprises.resolve("/api/indicators/latest/by-enterprises"))
                .then().statusCode(200).extract().asString());
        for (int i = 0; i < ids.size(); i++) {
            assertThat(r.getList("data.enterprises.items[" + i + "].qualifications.typeName", String.class))
                    .isEqualTo(qualifications.getList("[" + i + "].qualifications.typeName", String.class));
            assertThat(r.getString("data.enterprises.items[" + i + "].latestIndicator.month"))
                    .isEqualTo(latest.getString("[" + i + "].latest.month"));
        }
    }

    @Test
    void whenLandServiceIsDownItsJoinsAreNullWithAnErrorAndTheRestAnswers() throws Exception {
        Platform p = Platform.get();
        JsonPath r = query(p.gatewayWithout("land"), p.token("xg-leader"));
        assertThat(r.getList("errors.extensions.code", String.class)).isNotEmpty().allMatch("service-unavailable"::equals);
        assertThat(r.getList("errors.message", String.class)).allMatch(m -> m.contains("land-service"));
        assertThat(r.getList("data.enterprises.items")).hasSize(100);
        assertThat(r.getList("data.enterprises.items.parcels")).containsOnlyNulls();
        assertThat(r.getList("data.enterprises.items.projects")).doesNotContainNull();
        assertThat(r.getList("data.enterprises.items.qualifications")).doesNotContainNull();
        assertThat(r.getList("data.enterprises.items.requests")).doesNotContainNull();
    }
}
