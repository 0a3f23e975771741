package cn.yuanqu.enterprises.registry;

import static cn.yuanqu.enterprises.testing.TestEnterprises.input;
import static cn.yuanqu.enterprises.testing.TestEnterprises.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.enterprises.testing.DatabaseSnapshot;
import cn.yuanqu.testing.Tokens;

/** The enterprise subgraph with real tokens: roles per operation, parks, federation entities. */
@QuarkusTest
class EnterpriseGraphQLTest {

    static ValidatableResponse graphql(String user, String query, Map<String, Object> variables) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then().statusCode(200);
    }

    @Test
    void aGraphQLCallWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ enterprises { total } }"))
                .when().post("/graphql").then().statusCode(401);
    }

    @Test
    void aLeaderListsTheParksEnterprises() {
        String id = register("xingguo", input("图谱列表测试有限公司")).path("id");
        graphql("xg-leader", """
                query($name: String) {
                  enterprises(filter: {name: $name}, size: 50) { total items { id name park status aboveScale version } }
                }""", Map.of("name", "图谱列表测试"))
                .body("errors", nullValue())
                .body("data.enterprises.items.id", hasItem(id))
                .body("data.enterprises.items.park", everyItem(equalTo("xingguo")));
    }

    @Test
    void entityReferencesAreResolvedInOneBatchKeepingOrderAndHidingOtherParks() {
        String a = register("xingguo", input("联邦实体甲有限公司")).path("id");
        String b = register("xingguo", input("联邦实体乙有限公司")).path("id");
        String c = register("demo2", input("联邦实体丙有限公司")).path("id");
        graphql("xg-leader", """
                query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Enterprise { id name } } }""",
                Map.of("reps", List.of(
                        Map.of("__typename", "Enterprise", "id", b),
                        Map.of("__typename", "Enterprise", "id", c),
                        Map.of("__typename", "Enterprise", "id", a))))
                .body("data._entities[0].id", equalTo(b))
                .body("data._entities[1]", nullValue())
                .body("data._entities[2].id", equalTo(a));
    }

    @Test
    void aMutationNeedsTheRightRoleAndWritesNothingOtherwise() {
        Map<String, String> before = DatabaseSnapshot.take();
        graphql("xg-leader", """
                mutation($input: EnterpriseInput!) { registerEnterprise(input: $input) { id } }""",
                Map.of("input", input("图谱越权有限公司")))
                .body("errors[0].message", notNullValue())
                .body("data.registerEnterprise", nullValue());
        assertThat(DatabaseSnapshot.take()).isEqualTo(before);
    }

    @Test
    void anInvalidCreditCodeThroughGraphQLIsRefusedNamingTheFieldAndWritesNothing() {
        Map<String, String> before = DatabaseSnapshot.take();
        Map<String, Object> bad = input("图谱信用代码错误有限公司", "91310110666007217A");
        graphql("xg-enterprise", """
                mutation($input: EnterpriseInput!) { registerEnterprise(input: $input) { id } }""",
                Map.of("input", bad))
                .body("data.registerEnterprise", nullValue())
                .body("errors[0].message", org.hamcrest.Matchers.containsString("creditCode"));
        assertThat(DatabaseSnapshot.take()).isEqualTo(before);
    }

    @Test
    void anOfficerRegistersAndAStaleVersionIsRefused() {
        String id = graphql("xg-enterprise", """
                mutation($input: EnterpriseInput!) { registerEnterprise(input: $input) { id version status } }""",
                Map.of("input", input("图谱登记有限公司")))
                .body("errors", nullValue())
                .body("data.registerEnterprise.status", equalTo("OPERATING"))
                .extract().path("data.registerEnterprise.id");
        graphql("xg-enterprise", """
                mutation($id: ID!, $change: StatusChangeInput!) {
                  changeEnterpriseStatus(id: $id, version: 7, change: $change) { status } }""",
                Map.of("id", id, "change", Map.of("to", "SUSPENDED", "effectiveDate", "2024-01-01")))
                .body("errors[0].extensions.code", equalTo("stale-version"));
    }

    @Test
    void anotherParksLeaderGetsNotFoundById() {
        String id = register("xingguo", input("图谱隔离有限公司")).path("id");
        graphql("d2-leader", "query($id: ID!) { enterprise(id: $id) { id name } }", Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("not-found"))
                .body("data.enterprise", nullValue());
    }
}
