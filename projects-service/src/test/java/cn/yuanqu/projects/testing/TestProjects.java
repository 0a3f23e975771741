package cn.yuanqu.projects.testing;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/** Building blocks of the project tests: inputs with unique names, and calls with real tokens. */
public final class TestProjects {

    private TestProjects() {
    }

    /** An industrial project of 旭航诚电子 signed on {@code signedOn}, with a unique name. */
    public static Map<String, Object> industrial(String signedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "年产500万套精密电子元器件项目-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("category", "INDUSTRIAL");
        body.put("investorId", FakeEnterprises.XUHANGCHENG);
        body.put("industryChain", "电子信息");
        body.put("totalInvestment", "300000000");
        body.put("fixedAssetInvestment", "220000000");
        body.put("landAreaMu", "85.5");
        body.put("keyLevel", "MUNICIPAL");
        body.put("leader", "刘明");
        body.put("signedOn", signedOn);
        return body;
    }

    /** An infrastructure project initiated on {@code initiatedOn}. */
    public static Map<String, Object> infrastructure(String initiatedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "红门片区污水管网提升改造-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("category", "INFRASTRUCTURE");
        body.put("totalInvestment", "37000000");
        body.put("leader", "钟建华");
        body.put("signedOn", initiatedOn);
        return body;
    }

    public static ValidatableResponse create(String user, Map<String, Object> body) {
        return create(user, "xingguo", body);
    }

    public static ValidatableResponse create(String user, String park, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).queryParam("park", park)
                .body(body).post("/api/projects").then();
    }

    public static ValidatableResponse move(String user, String id, long version, String to, String on, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        body.put("effectiveDate", on);
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"").body(body).post("/api/projects/" + id + "/transitions").then();
    }

    /** A joint-review meeting on {@code heldOn} (park xingguo); its id. */
    public static String jointReview(String heldOn) {
        return given().auth().oauth2(Tokens.of("xg-project")).contentType(ContentType.JSON).queryParam("park", "xingguo")
                .body(Map.of("kind", "JOINT_REVIEW", "heldOn", heldOn, "title", "园区项目联审会（" + heldOn + "）",
                        "chair", "刘明"))
                .post("/api/meetings").then().statusCode(201).extract().path("id");
    }

    /** The joint review of {@code meetingId} approves a project. */
    public static ValidatableResponse approve(String user, String meetingId, String projectId, long version) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .body(Map.of("projectId", projectId, "version", version))
                .post("/api/meetings/" + meetingId + "/approvals").then();
    }

    /** Approves a project in a fresh joint-review meeting held on {@code on}. */
    public static ValidatableResponse approve(String projectId, long version, String on) {
        return approve("xg-project", jointReview(on), projectId, version);
    }

    public static ValidatableResponse report(String user, String id, String date, String investment, String progress) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .body(Map.of("kind", "MONTH", "reportDate", date, "cumulativeInvestment", investment,
                        "imageProgress", progress, "milestone", "主体结构施工"))
                .post("/api/projects/" + id + "/progress").then();
    }
}
