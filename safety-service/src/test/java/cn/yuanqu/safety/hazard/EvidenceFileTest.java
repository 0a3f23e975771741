package cn.yuanqu.safety.hazard;

import static cn.yuanqu.safety.testing.TestSafety.hazard;
import static cn.yuanqu.safety.testing.TestSafety.inspection;
import static cn.yuanqu.safety.testing.TestSafety.raise;
import static cn.yuanqu.safety.testing.TestSafety.rectify;
import static cn.yuanqu.safety.testing.TestSafety.review;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/** Evidence files in PostgreSQL: type checked by content, 10 MB at most, kept once, only for who may see the hazard. */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class EvidenceFileTest {

    static final byte[] JPEG = jpeg(2048);

    static byte[] jpeg(int size) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) 7);
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        b[2] = (byte) 0xFF;
        return b;
    }

    static ValidatableResponse upload(String user, String hazard, String rectification, String type, byte[] body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(type).queryParam("name", "整改后照片.jpg").body(body)
                .post("/api/hazards/" + hazard + "/rectifications/" + rectification + "/files").then();
    }

    @Test
    void anEnterpriseUploadsPhotosOfItsRectification() {
        String hazard = raise("xg-safety", hazard(inspection("2024-10-08"), "2024-10-31")).statusCode(201).extract().path("id");
        rectify("xg-ent-user", hazard, 0, "2024-10-15", false).statusCode(200);
        String rectification = given().auth().oauth2(Tokens.of("xg-ent-user")).get("/api/hazards/" + hazard + "/rectifications")
                .then().statusCode(200).extract().path("[0].id");

        String id = upload("xg-ent-user", hazard, rectification, "image/jpeg", JPEG).statusCode(201)
                .body("sizeBytes", equalTo(2048)).body("contentType", equalTo("image/jpeg")).extract().path("id");
        // the same file again is kept once
        upload("xg-ent-user", hazard, rectification, "image/jpeg", JPEG).statusCode(201).body("id", equalTo(id));
        // the content decides the type, not the header
        upload("xg-ent-user", hazard, rectification, "image/png", JPEG).statusCode(422)
                .body("violations[0].rule", equalTo("Type"));
        upload("xg-ent-user", hazard, rectification, "text/plain", "hello".getBytes()).statusCode(415);

        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/hazards/" + hazard + "/files").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].fileName", equalTo("整改后照片.jpg"));
        byte[] back = given().auth().oauth2(Tokens.of("xg-safety")).get("/api/hazards/" + hazard + "/files/" + id).then()
                .statusCode(200).contentType("image/jpeg").extract().asByteArray();
        assertThat(back).isEqualTo(JPEG);
        given().auth().oauth2(Tokens.of("d2-leader")).get("/api/hazards/" + hazard + "/files/" + id).then().statusCode(404);

        // another enterprise's hazard: not for this enterprise's user; a closed hazard takes no more evidence
        String other = raise("xg-safety", hazard(inspection(FakeEnterprises.SANY, "2024-10-08"), "2024-10-31"))
                .statusCode(201).extract().path("id");
        upload("xg-ent-user", other, rectification, "image/jpeg", JPEG).statusCode(403);
        rectify("xg-ent-user", hazard, 1, "2024-10-16", true).statusCode(200);
        review("xg-safety", hazard, 2, true, "2024-10-17", true, null).statusCode(200);
        upload("xg-ent-user", hazard, rectification, "image/jpeg", jpeg(100)).statusCode(422)
                .body("code", equalTo("illegal-transition"));
    }
}
