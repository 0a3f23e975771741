package cn.yuanqu.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

import cn.yuanqu.demo.DemoZone;

/** land-service checks a parcel's holder against the real enterprises-service, with the caller's token. */
@ExtendWith(Platform.class)
class LandParcelsTest {

    @Test
    void aParcelsHolderIsAnEnterpriseOfThePark() {
        Platform p = Platform.get();
        String own = idOf(DemoZone.XINGGUO, DemoZone.XUHANGCHENG_CREDIT_CODE, "xg-leader");
        String other = idOf(DemoZone.DEMO2, DemoZone.demo2().get(0).creditCode(), "admin");
        given().auth().oauth2(p.token("xg-land")).contentType(ContentType.JSON).body(parcel("E2E-LAND-1", own))
                .post(p.land.resolve("/api/parcels")).then().statusCode(201)
                .body("holderName", equalTo("兴国县旭航诚电子有限公司"));
        given().auth().oauth2(p.token("xg-land")).contentType(ContentType.JSON).body(parcel("E2E-LAND-2", other))
                .post(p.land.resolve("/api/parcels")).then().statusCode(422)
                .body("violations[0].field", equalTo("facts.holderId"));
        given().auth().oauth2(p.token("xg-ent-user")).get(p.land.resolve("/api/parcels")).then().statusCode(200)
                .body("items.holderId.unique()", equalTo(java.util.List.of(own)));
    }

    private static Map<String, Object> parcel(String code, String holder) {
        return Map.of("code", code, "name", "e2e 地块", "status", "SUPPLIED_UNBUILT", "statusSince", "2023-01-10",
                "facts", Map.of("areaMu", 30, "landUse", "工业用地", "supplyMethod", "CONVEYANCE", "holderId", holder,
                        "agreedStartOn", "2023-06-01", "landPrice", "9000000"));
    }

    private static String idOf(String park, String creditCode, String user) {
        Platform p = Platform.get();
        return given().auth().oauth2(p.token(user)).queryParam("park", park)
                .get(p.enterprises.resolve("/api/enterprises/by-credit-code/" + creditCode)).then().statusCode(200)
                .extract().path("id");
    }
}
