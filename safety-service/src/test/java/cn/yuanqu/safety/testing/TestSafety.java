package cn.yuanqu.safety.testing;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/** Building blocks of the safety tests: inspections and hazards recorded with real tokens. */
public final class TestSafety {

    private TestSafety() {
    }

    /** An inspection of 旭航诚电子 (xg-ent-user's enterprise) on {@code on}; its id. */
    public static String inspection(String on) {
        return inspection(FakeEnterprises.XUHANGCHENG, on);
    }

    public static String inspection(String enterpriseId, String on) {
        return given().auth().oauth2(Tokens.of("xg-safety")).contentType(ContentType.JSON).queryParam("park", "xingguo")
                .body(Map.of("type", "DAILY", "domain", "WORK_SAFETY", "enterpriseId", enterpriseId, "inspectedOn", on,
                        "inspectors", "钟安、李平", "result", "发现隐患"))
                .post("/api/inspections").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> hazard(String inspectionId, String deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("inspectionId", inspectionId);
        body.put("level", "GENERAL");
        body.put("category", "消防通道");
        body.put("location", "二号车间东侧");
        body.put("description", "消防通道堆放货物");
        body.put("deadline", deadline);
        body.put("responsiblePerson", "王伟");
        body.put("noticeType", "RECTIFICATION_NOTICE");
        body.put("noticeNo", "兴经开安整〔2024〕" + UUID.randomUUID().toString().substring(0, 8));
        return body;
    }

    public static Map<String, Object> major(String inspectionId, String deadline, String criterion) {
        Map<String, Object> body = hazard(inspectionId, deadline);
        body.put("criteria", List.of(criterion));
        body.put("category", "特种作业");
        body.put("description", "焊工未取得特种作业操作证上岗作业");
        return body;
    }

    public static ValidatableResponse raise(String user, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body).post("/api/hazards").then();
    }

    public static ValidatableResponse rectify(String user, String id, long version, String on, boolean completed) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(Map.of("doneOn", on, "measures", "清理通道货物，划设禁停标线", "evidence", "整改前后照片各3张",
                        "links", List.of("https://files.example.cn/evidence/1.jpg"), "completed", completed))
                .post("/api/hazards/" + id + "/rectifications").then();
    }

    public static ValidatableResponse review(String user, String id, long version, boolean passed, String on, boolean onSite,
            String opinion) {
        Map<String, Object> body = new HashMap<>(Map.of("passed", passed, "reviewedOn", on, "onSite", onSite));
        if (opinion != null) {
            body.put("opinion", opinion);
        }
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(body).post("/api/hazards/" + id + "/reviews").then();
    }

    public static ValidatableResponse approve(String user, String id, long version, String on) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(Map.of("approvedOn", on, "opinion", "同意销号")).post("/api/hazards/" + id + "/closing-approval").then();
    }

    public static ValidatableResponse plan(String user, String id, long version) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(Map.of("goals", "全部特种作业人员持证上岗", "measures", "停止无证人员作业，组织培训取证", "funds", "20000",
                        "people", "企业安全负责人王伟", "deadline", "2024-06-30", "emergencyMeasures", "动火作业专人监护，配备灭火器材"))
                .put("/api/hazards/" + id + "/plan").then();
    }
}
