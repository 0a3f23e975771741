package cn.yuanqu.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.demo.DemoZone;
import cn.yuanqu.platform.creditcode.CreditCode;

/**
 * projects-service checks a project's investor in the real enterprises-service, with the caller's own
 * token. Writes go to a park of their own ({@code e2e-projects}, by admin) so the demo zones stay exact.
 */
@ExtendWith(Platform.class)
class ProjectInvestorTest {

    private static final String PARK = "e2e-projects";
    private static final SecureRandom RANDOM = new SecureRandom();

    static String newCreditCode() {
        while (true) {
            StringBuilder org = new StringBuilder("P");
            for (int i = 0; i < 7; i++) {
                org.append(CreditCode.ALPHABET.charAt(RANDOM.nextInt(CreditCode.ALPHABET.length())));
            }
            char check = CreditCode.organisationCheckDigit(org.toString());
            if (CreditCode.ALPHABET.indexOf(check) >= 0) {
                return CreditCode.withCheckCharacter("91360732" + org + check);
            }
        }
    }

    static String registerEnterprise(String name) {
        Platform p = Platform.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("creditCode", newCreditCode());
        body.put("name", name);
        body.put("industryChain", "装备制造");
        body.put("settledOn", "2024-01-15");
        return given().auth().oauth2(p.token("admin")).contentType(ContentType.JSON).queryParam("park", PARK).body(body)
                .post(p.enterprises.resolve("/api/enterprises")).then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse createProject(String user, String park, String investorId) {
        Platform p = Platform.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "年产20万立方米预制构件项目-" + Long.toHexString(RANDOM.nextLong()));
        body.put("category", "INDUSTRIAL");
        body.put("investorId", investorId);
        body.put("totalInvestment", "1000000000");
        body.put("signedOn", "2024-03-15");
        return given().auth().oauth2(p.token(user)).contentType(ContentType.JSON).queryParam("park", park).body(body)
                .post(p.projects.resolve("/api/projects")).then();
    }

    static String demoId(String park, String creditCode) {
        Platform p = Platform.get();
        return given().auth().oauth2(p.token("admin"))
                .get(p.enterprises.resolve("/api/enterprises/by-credit-code/" + creditCode + "?park=" + park))
                .then().statusCode(200).extract().path("id");
    }

    @Test
    void aProjectOfAnEnterpriseOfThePark() {
        String investor = registerEnterprise("三一重工装备（测试）有限公司-" + Long.toHexString(RANDOM.nextLong()));
        String project = createProject("admin", PARK, investor).statusCode(201)
                .body("investorId", equalTo(investor)).body("park", equalTo(PARK)).extract().path("id");
        Platform p = Platform.get();
        given().auth().oauth2(p.token("admin")).contentType(ContentType.JSON)
                .body(Map.of("enterpriseIds", List.of(investor))).post(p.projects.resolve("/api/projects/by-enterprises"))
                .then().statusCode(200).body("[0].projects.id", hasItem(project));
    }

    @Test
    void anUnknownInvestorOrOneOfAnotherParkIsRefusedNamingTheField() {
        createProject("admin", PARK, "00000000-0000-4000-8000-000000000001").statusCode(422)
                .body("violations[0].field", equalTo("investorId")).body("violations[0].rule", equalTo("Exists"));
        String xuhangcheng = demoId(DemoZone.XINGGUO, DemoZone.XUHANGCHENG_CREDIT_CODE);
        createProject("admin", PARK, xuhangcheng).statusCode(422).body("violations[0].field", equalTo("investorId"));
        // the officer of another park cannot even see it: the same answer, nothing written
        String demo2 = demoId(DemoZone.DEMO2, DemoZone.demo2().get(0).creditCode());
        createProject("xg-project", DemoZone.XINGGUO, demo2).statusCode(422).body("violations[0].field", equalTo("investorId"));
    }
}
