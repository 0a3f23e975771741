package cn.yuanqu.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.demo.DemoEnterprise;
import cn.yuanqu.demo.DemoLoader;
import cn.yuanqu.demo.DemoZone;

/**
 * Through the gateway, with real tokens, over the demo zones loaded by the demo generator: what the
 * front ends will do. Nothing here writes to xingguo or demo2, so the demo counts stay exact.
 */
@ExtendWith(Platform.class)
class GatewayEnterprisesTest {

    private static final String LIST = """
            query($park: String, $filter: EnterpriseFilterInput, $page: Int, $size: Int) {
              enterprises(park: $park, filter: $filter, page: $page, size: $size) {
                total totalPages items { id park creditCode name status aboveScale aboveScaleSince }
              }
            }""";

    static ValidatableResponse graphql(String user, String query, Map<String, Object> variables) {
        Platform p = Platform.get();
        return given().auth().oauth2(p.token(user)).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post(p.gateway.resolve("/graphql")).then().statusCode(200);
    }

    @Test
    void theDemoLoadRegisteredEveryDemoEnterprise() {
        DemoLoader.Summary first = Platform.get().firstLoad;
        assertThat(first.registered() + first.alreadyPresent()).isEqualTo(DemoZone.enterprises().size());
    }

    @Test
    void aLeaderListsTheDemoEnterprisesThroughTheGateway() {
        JsonPath page = graphql("xg-leader", LIST, Map.of("size", 200)).body("errors", nullValue())
                .extract().jsonPath();
        assertThat(page.getLong("data.enterprises.total")).isEqualTo(DemoZone.xingguo().size());
        assertThat(page.getList("data.enterprises.items.park", String.class)).containsOnly("xingguo");
        assertThat(page.getList("data.enterprises.items.name", String.class))
                .contains("兴国县旭航诚电子有限公司", "江西百丈泉食品饮料有限公司", "三一智能建造（兴国）有限公司");
    }

    @Test
    void theAboveScaleFilterAgreesWithTheDemoHistory() {
        long expected = DemoZone.xingguo().stream().filter(e -> e.aboveScaleSince() != null).count();
        graphql("xg-leader", LIST, Map.of("size", 1, "filter", Map.of("aboveScale", true)))
                .body("errors", nullValue())
                .body("data.enterprises.total", equalTo((int) expected));
    }

    @Test
    void aCallWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ enterprises { total } }"))
                .when().post(Platform.get().gateway.resolve("/graphql")).then().statusCode(401);
    }

    @Test
    void anotherParksLeaderSeesNoXingguoRowNeitherInAListNorById() {
        graphql("d2-leader", LIST, Map.of("size", 200))
                .body("errors", nullValue())
                .body("data.enterprises.total", equalTo(DemoZone.demo2().size()))
                .body("data.enterprises.items.park", everyItem(equalTo("demo2")));
        graphql("d2-leader", LIST, Map.of("park", "xingguo"))
                .body("errors[0].extensions.code", equalTo("forbidden"));
        String xuhangcheng = idOf(DemoZone.XUHANGCHENG_CREDIT_CODE);
        graphql("d2-leader", "query($id: ID!) { enterprise(id: $id) { id name } }", Map.of("id", xuhangcheng))
                .body("errors[0].extensions.code", equalTo("not-found"))
                .body("data.enterprise", nullValue());
        graphql("d2-leader", "query($ids: [ID!]!) { enterprisesByIds(ids: $ids) { id } }",
                Map.of("ids", List.of(xuhangcheng)))
                .body("data.enterprisesByIds[0]", nullValue());
    }

    @Test
    void theEnterpriseUserSeesOnlyTheirOwnEnterprise() {
        String own = idOf(DemoZone.XUHANGCHENG_CREDIT_CODE);
        String other = idOf(DemoZone.xingguo().get(1).creditCode());
        graphql("xg-ent-user", LIST, Map.of("size", 200))
                .body("data.enterprises.items.id", equalTo(List.of(own)));
        graphql("xg-ent-user", "query($id: ID!) { enterprise(id: $id) { id } }", Map.of("id", other))
                .body("errors[0].extensions.code", equalTo("forbidden"));
    }

    @Test
    void theRealmsEnterpriseIdOfTheEnterpriseUserIsTheDemoEnterprisesId() {
        String token = Platform.get().token("xg-ent-user");
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        String claim = JsonPath.from(payload).getString("enterprise_id");
        assertThat(claim).isEqualTo(idOf(DemoZone.XUHANGCHENG_CREDIT_CODE));
    }

    @Test
    void loadingTheDemoAgainChangesNothing() throws Exception {
        Platform p = Platform.get();
        DemoLoader.Summary again = new DemoLoader(java.net.URI.create(p.keycloak), p.enterprises, p.projects, p.safety, p.land).load();
        assertThat(again.registered()).isZero();
        assertThat(again.transitions()).isZero();
        assertThat(again.qualifications()).isZero();
        assertThat(again.monthlyReports()).isZero();
        assertThat(again.requests()).isZero();
        assertThat(again.matters()).isZero();
        assertThat(again.loans()).isZero();
        assertThat(again.payouts()).isZero();
        assertThat(again.activities()).isZero();
        assertThat(again.leads()).isZero();
        assertThat(again.projects()).isZero();
        assertThat(again.progressReports()).isZero();
        assertThat(again.inspections()).isZero();
        assertThat(again.hazards()).isZero();
        assertThat(again.letters()).isZero();
        assertThat(again.samples()).isZero();
        assertThat(again.landCases()).isZero();
        assertThat(again.leasePayments()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(DemoZone.enterprises().size());
    }

    @Test
    void aWrongRoleCannotRegisterThroughTheGateway() {
        DemoEnterprise sample = DemoZone.xingguo().get(0);
        Map<String, Object> input = DemoLoader.registration(sample);
        input.put("creditCode", "91310110666007217T");
        input.put("settledOn", sample.settledOn().toString());
        graphql("xg-leader", "mutation($input: EnterpriseInput!) { registerEnterprise(input: $input) { id } }",
                Map.of("input", input))
                .body("errors[0].message", org.hamcrest.Matchers.notNullValue())
                .body("data.registerEnterprise", nullValue());
        graphql("xg-leader", LIST, Map.of("size", 1, "filter", Map.of("creditCode", "91310110666007217T")))
                .body("data.enterprises.total", equalTo(0));
    }

    private static String idOf(String creditCode) {
        Platform p = Platform.get();
        return given().auth().oauth2(p.token("xg-leader"))
                .get(p.enterprises.resolve("/api/enterprises/by-credit-code/" + creditCode + "?park=xingguo"))
                .then().statusCode(200).extract().path("id");
    }
}
