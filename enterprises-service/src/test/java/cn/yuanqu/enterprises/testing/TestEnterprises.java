package cn.yuanqu.enterprises.testing;

import static io.restassured.RestAssured.given;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import cn.yuanqu.platform.creditcode.CreditCode;
import cn.yuanqu.testing.Tokens;

/** Builders of valid test data and small REST helpers shared by the tests of this module. */
public final class TestEnterprises {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The demo enterprise whose staff is {@code xg-ent-user}. */
    public static final String XUHANGCHENG_CODE = "91360732MA35XH8C2X";
    public static final String XUHANGCHENG_ID = "bbacd6f1-8825-5dc4-b88c-60566b3ff93c";

    private TestEnterprises() {
    }

    /** A fresh, valid 统一社会信用代码 (random organisation code, both check characters right). */
    public static String newCreditCode() {
        while (true) {
            StringBuilder org = new StringBuilder("T");
            for (int i = 0; i < 7; i++) {
                org.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            char check = CreditCode.organisationCheckDigit(org.toString());
            if (ALPHABET.indexOf(check) >= 0) {
                return CreditCode.withCheckCharacter("91360732" + org + check);
            }
        }
    }

    /** A registration body with a fresh credit code. */
    public static Map<String, Object> input(String name) {
        return input(name, newCreditCode());
    }

    public static Map<String, Object> input(String name, String creditCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("creditCode", creditCode);
        body.put("name", name);
        body.put("legalRepresentative", "王伟");
        body.put("contacts", List.of(Map.of("name", "王伟", "role", "总经理", "phone", "0797-5321234")));
        body.put("address", "兴国县经济开发区");
        body.put("industry", "电子元器件制造");
        body.put("industryChain", "电子信息");
        body.put("grid", "第一网格");
        body.put("cadre", "钟建华");
        body.put("settledOn", "2020-05-01");
        return body;
    }

    /** Registers an enterprise in a park as {@code xg-enterprise} (or admin for other parks). */
    public static Response register(String park, Map<String, Object> body) {
        String officer = "xingguo".equals(park) ? "xg-enterprise" : "admin";
        return given().auth().oauth2(Tokens.of(officer)).contentType(ContentType.JSON).queryParam("park", park)
                .body(body).when().post("/api/enterprises")
                .then().statusCode(201).extract().response();
    }

    /** Makes sure 旭航诚电子 (xg-ent-user's enterprise) exists in xingguo. */
    public static void ensureXuhangcheng() {
        Response existing = given().auth().oauth2(Tokens.of("xg-enterprise"))
                .get("/api/enterprises/by-credit-code/" + XUHANGCHENG_CODE + "?park=xingguo");
        if (existing.statusCode() == 404) {
            register("xingguo", input("兴国县旭航诚电子有限公司", XUHANGCHENG_CODE));
        }
    }
}
