package cn.yuanqu.enterprises.request;

import static cn.yuanqu.enterprises.testing.TestEnterprises.XUHANGCHENG_ID;
import static cn.yuanqu.enterprises.testing.TestEnterprises.ensureXuhangcheng;
import static cn.yuanqu.enterprises.testing.TestEnterprises.input;
import static cn.yuanqu.enterprises.testing.TestEnterprises.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.testing.Tokens;

/** Requests and loans in the subgraph: the mutations a screen needs and the batched enterprise field. */
@QuarkusTest
class RequestGraphQLTest {

    static ValidatableResponse graphql(String user, String query, Map<String, Object> variables) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables)).post("/graphql").then().statusCode(200);
    }

    @Test
    void anEnterpriseSubmitsInTheSubgraphAndAnOfficerHandlesIt() {
        ensureXuhangcheng();
        String id = graphql("xg-ent-user", """
                mutation($input: RequestInput!) { submitServiceRequest(input: $input) { id status channel enterpriseId } }""",
                Map.of("input", Map.of("category", "FINANCING", "title", "申请流动资金贷款", "submittedOn", "2024-08-01")))
                .body("errors", nullValue()).body("data.submitServiceRequest.enterpriseId", equalTo(XUHANGCHENG_ID))
                .body("data.submitServiceRequest.channel", equalTo("ONLINE")).extract().path("data.submitServiceRequest.id");
        graphql("xg-ent-user", """
                mutation($id: ID!) { moveServiceRequest(id: $id, version: 0,
                  step: { to: ACCEPTED, effectiveDate: "2024-08-02", assignee: "钟建华", deadline: "2024-08-20" }) { status } }""",
                Map.of("id", id)).body("data", nullValue()).body("errors[0].extensions.code", equalTo("forbidden"));
        graphql("xg-enterprise", """
                mutation($id: ID!) { moveServiceRequest(id: $id, version: 0,
                  step: { to: ACCEPTED, effectiveDate: "2024-08-02", assignee: "钟建华", deadline: "2024-08-20" }) { status deadline } }""",
                Map.of("id", id)).body("errors", nullValue()).body("data.moveServiceRequest.status", equalTo("ACCEPTED"));
    }

    @Test
    void theRequestsOfAListOfEnterprisesAreResolvedTogether() {
        String a = register("xingguo", input("子图诉求甲有限公司")).path("id");
        graphql("xg-enterprise", """
                mutation($input: RequestInput!) { submitServiceRequest(park: "xingguo", input: $input) { id } }""",
                Map.of("input", Map.of("enterpriseId", a, "category", "LABOUR", "title", "招工", "channel", "PHONE",
                        "submittedOn", "2024-03-03"))).body("errors", nullValue());
        graphql("xg-leader", """
                query { enterprises(filter: { name: "子图诉求甲" }) { items { name requests { title channel } } } }""", Map.of())
                .body("errors", nullValue())
                .body("data.enterprises.items[0].requests.title", equalTo(List.of("招工")))
                .body("data.enterprises.items[0].requests.channel", equalTo(List.of("PHONE")));
    }
}
