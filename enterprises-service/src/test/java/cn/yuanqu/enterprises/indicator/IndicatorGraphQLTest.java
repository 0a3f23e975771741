package cn.yuanqu.enterprises.indicator;

import static cn.yuanqu.enterprises.testing.TestEnterprises.input;
import static cn.yuanqu.enterprises.testing.TestEnterprises.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.yuanqu.testing.Tokens;

/** Monthly reports through the subgraph with real tokens (own year 2016 so totals are this test's). */
@QuarkusTest
class IndicatorGraphQLTest {

    @Test
    void anOfficerReportsAMonthAndTheAggregateCountsIt() {
        Map<String, Object> body = input("图谱月报测试有限公司");
        body.put("settledOn", "2015-01-01");
        String id = register("xingguo", body).path("id");
        Map<String, Object> values = IndicatorResourceTest.values(300, 30);
        given().auth().oauth2(Tokens.of("xg-enterprise")).contentType(ContentType.JSON)
                .body(Map.of("query", """
                        mutation($id: ID!, $v: IndicatorValuesInput!) {
                          submitMonthlyIndicator(enterpriseId: $id, month: "2016-03", values: $v) { month source version }
                        }""", "variables", Map.of("id", id, "v", values)))
                .post("/graphql").then().statusCode(200)
                .body("errors", nullValue())
                .body("data.submitMonthlyIndicator.source", equalTo("OFFICER"));
        given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("query", """
                        { indicatorAggregate(from: "2016-01", to: "2016-12") {
                            total { reportingEnterprises operatingRevenue { current noRatioReason } } } }"""))
                .post("/graphql").then().statusCode(200)
                .body("errors", nullValue())
                .body("data.indicatorAggregate.total.reportingEnterprises", equalTo(1))
                .body("data.indicatorAggregate.total.operatingRevenue.noRatioReason", equalTo("BASE_MISSING"));
    }

    @Test
    void anEnterpriseUserCannotSeeParkFigures() {
        given().auth().oauth2(Tokens.of("xg-ent-user")).contentType(ContentType.JSON)
                .body(Map.of("query", "{ indicatorAggregate(from: \"2016-01\", to: \"2016-12\") { park } }"))
                .post("/graphql").then().statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("forbidden"));
    }
}
