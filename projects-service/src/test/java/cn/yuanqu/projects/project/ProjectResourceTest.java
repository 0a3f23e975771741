package cn.yuanqu.projects.project;

import static cn.yuanqu.projects.testing.TestProjects.approve;
import static cn.yuanqu.projects.testing.TestProjects.create;
import static cn.yuanqu.projects.testing.TestProjects.industrial;
import static cn.yuanqu.projects.testing.TestProjects.infrastructure;
import static cn.yuanqu.projects.testing.TestProjects.move;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/** Projects over REST with real tokens: the investor check, the stage machine, who may do what, parks. */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class ProjectResourceTest {

    @Test
    void anIndustrialProjectGoesThroughItsStagesOneAtATime() {
        var created = create("xg-project", industrial("2024-01-26")).statusCode(201)
                .header("ETag", "\"0\"").body("stage", equalTo("SIGNED")).body("stageName", equalTo("签约"))
                .body("investorName", equalTo("兴国县旭航诚电子有限公司"))
                .body("nextStages", contains("APPROVED", "SUSPENDED", "TERMINATED")).extract();
        String id = created.path("id");

        // no skipping ahead, and nothing on the wrong track
        move("xg-project", id, 0, "STARTED", "2024-02-01", null).statusCode(422).body("code", equalTo("illegal-transition"));
        move("xg-project", id, 0, "DELIVERED", "2024-02-01", null).statusCode(422).body("code", equalTo("illegal-transition"));
        // not before the current stage began
        // 联审通过 only through a joint-review meeting, held after the signing
        move("xg-project", id, 0, "APPROVED", "2024-02-05", null).statusCode(422)
                .body("violations[0].rule", equalTo("ThroughJointReview"));
        approve(id, 0, "2024-01-20").statusCode(422).body("violations[0].rule", equalTo("SignedBeforeReview"));

        approve(id, 0, "2024-02-05").statusCode(200).body("stage", equalTo("APPROVED"));
        move("xg-project", id, 1, "LAND_SUPPLIED", "2024-03-01", null).statusCode(200);
        move("xg-project", id, 2, "STARTED", "2024-02-20", null).statusCode(422)
                .body("violations.field", hasItem("effectiveDate"));
        // never back
        move("xg-project", id, 2, "APPROVED", "2024-03-02", null).statusCode(422).body("code", equalTo("illegal-transition"));
        move("xg-project", id, 2, "STARTED", "2024-04-10", null).statusCode(200).body("startedOn", equalTo("2024-04-10"));
        move("xg-project", id, 3, "COMPLETED", "2024-11-30", null).statusCode(200).body("completedOn", equalTo("2024-11-30"));
        move("xg-project", id, 4, "IN_PRODUCTION", "2024-12-20", null).statusCode(200);
        move("xg-project", id, 5, "AT_CAPACITY", "2025-06-30", null).statusCode(200)
                .body("nextStages", equalTo(List.of()));
        // final: no exits any more
        move("xg-project", id, 6, "SUSPENDED", "2025-07-01", "资金困难").statusCode(422);
        move("xg-project", id, 6, "TERMINATED", "2025-07-01", "企业退出").statusCode(422);

        List<String> steps = given().auth().oauth2(Tokens.of("xg-leader")).get("/api/projects/" + id + "/history")
                .then().statusCode(200).extract().path("to");
        assertThat(steps).containsExactly("SIGNED", "APPROVED", "LAND_SUPPLIED", "STARTED", "COMPLETED", "IN_PRODUCTION",
                "AT_CAPACITY");
    }

    @Test
    void aSuspendedProjectResumesWhereItLeftAndATerminatedOneStaysTerminated() {
        String id = create("xg-project", industrial("2024-03-01")).statusCode(201).extract().path("id");
        approve(id, 0, "2024-03-10").statusCode(200);
        move("xg-project", id, 1, "SUSPENDED", "2024-04-01", null).statusCode(422).body("violations.field", hasItem("reason"));
        move("xg-project", id, 1, "SUSPENDED", "2024-04-01", "企业资金链紧张，暂缓建设").statusCode(200)
                .body("stage", equalTo("SUSPENDED")).body("suspendedFrom", equalTo("APPROVED"))
                .body("nextStages", contains("APPROVED", "TERMINATED"));
        move("xg-project", id, 2, "LAND_SUPPLIED", "2024-05-01", null).statusCode(422).body("code", equalTo("illegal-transition"));
        move("xg-project", id, 2, "APPROVED", "2024-06-01", "资金到位，恢复推进").statusCode(200)
                .body("stage", equalTo("APPROVED")).body("suspendedFrom", equalTo(null));
        move("xg-project", id, 3, "TERMINATED", "2024-07-01", "企业主动终止合同").statusCode(200).body("stage", equalTo("TERMINATED"));
        move("xg-project", id, 4, "APPROVED", "2024-07-02", null).statusCode(422).body("code", equalTo("illegal-transition"));
    }

    @Test
    void infrastructureSkipsTheIndustrialStages() {
        String id = create("xg-project", infrastructure("2022-02-15")).statusCode(201).body("stage", equalTo("INITIATED"))
                .body("investorId", equalTo(null)).extract().path("id");
        move("xg-project", id, 0, "APPROVED", "2022-03-01", null).statusCode(422);
        move("xg-project", id, 0, "STARTED", "2022-03-01", null).statusCode(200);
        move("xg-project", id, 1, "COMPLETED", "2022-12-01", null).statusCode(200);
        move("xg-project", id, 2, "IN_PRODUCTION", "2022-12-02", null).statusCode(422);
        move("xg-project", id, 2, "DELIVERED", "2022-12-20", null).statusCode(200).body("stage", equalTo("DELIVERED"))
                .body("stageName", equalTo("交付使用"));
    }

    @Test
    void theInvestorIsCheckedInEnterprisesService() {
        Map<String, Object> unknown = industrial("2024-05-01");
        unknown.put("investorId", "00000000-0000-4000-8000-000000000000");
        create("xg-project", unknown).statusCode(422).body("code", equalTo("rule-violation"))
                .body("violations[0].field", equalTo("investorId")).body("violations[0].rule", equalTo("Exists"));

        Map<String, Object> otherPark = industrial("2024-05-01");
        otherPark.put("investorId", FakeEnterprises.DEMO2);
        create("xg-project", otherPark).statusCode(422).body("violations[0].field", equalTo("investorId"));

        Map<String, Object> none = industrial("2024-05-01");
        none.remove("investorId");
        create("xg-project", none).statusCode(422).body("violations[0].field", equalTo("investorId"))
                .body("violations[0].rule", equalTo("RequiredForCategory"));

        Map<String, Object> malformed = industrial("2024-05-01");
        malformed.put("investorId", "not-a-uuid");
        create("xg-project", malformed).statusCode(400).body("violations[0].field", equalTo("investorId"));

        int before = FakeEnterprises.FAILING_CALLS.get();
        Map<String, Object> failing = industrial("2024-05-01");
        failing.put("investorId", FakeEnterprises.FAILING);
        create("xg-project", failing).statusCode(503).body("code", equalTo("dependency-unavailable"));
        assertThat(FakeEnterprises.FAILING_CALLS.get() - before).as("the first call and two retries").isEqualTo(3);

        // nothing was written by the refused requests
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("park", "xingguo")
                .queryParam("investorId", FakeEnterprises.FAILING).get("/api/projects").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void rulesOfTheRecordAreCheckedAndNamed() {
        Map<String, Object> body = industrial("2024-05-01");
        body.put("fixedAssetInvestment", "400000000");
        body.put("plannedStart", "2024-04-01");
        create("xg-project", body).statusCode(422).body("violations.field", hasItem("fixedAssetInvestment"))
                .body("violations.field", hasItem("plannedStart"));

        Map<String, Object> bad = industrial("2099-01-01");
        bad.put("totalInvestment", "-1");
        create("xg-project", bad).statusCode(400).body("violations.field", hasItem("signedOn"))
                .body("violations.field", hasItem("totalInvestment"));

        Map<String, Object> ok = industrial("2024-05-01");
        create("xg-project", ok).statusCode(201);
        create("xg-project", ok).statusCode(409).body("violations[0].field", equalTo("name"));
    }

    @Test
    void editsUseOptimisticLockingAndKeepTheCategoryAndSigningDate() {
        Map<String, Object> body = industrial("2024-05-01");
        String id = create("xg-project", body).statusCode(201).extract().path("id");
        body.put("leader", "王强");
        given().auth().oauth2(Tokens.of("xg-project")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body).put("/api/projects/" + id).then().statusCode(200).body("leader", equalTo("王强"))
                .body("version", equalTo(1));
        given().auth().oauth2(Tokens.of("xg-project")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body).put("/api/projects/" + id).then().statusCode(409).body("code", equalTo("stale-version"));
        move("xg-project", id, 0, "APPROVED", "2024-05-02", null).statusCode(409);

        body.put("signedOn", "2024-04-01");
        body.put("category", "RENOVATION");
        given().auth().oauth2(Tokens.of("xg-project")).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(body).put("/api/projects/" + id).then().statusCode(422)
                .body("violations.field", hasItem("signedOn")).body("violations.field", hasItem("category"));
    }

    @Test
    void onlyTheProjectOfficeWritesAndEveryParkSeesOnlyItsOwn() {
        String id = create("xg-project", industrial("2024-05-01")).statusCode(201).extract().path("id");
        create("xg-enterprise", industrial("2024-05-01")).statusCode(403);
        create("xg-leader", industrial("2024-05-01")).statusCode(403);
        create("xg-ent-user", industrial("2024-05-01")).statusCode(403);
        move("xg-safety", id, 0, "APPROVED", "2024-05-02", null).statusCode(403);

        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/projects/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.of("province")).get("/api/projects/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.of("d2-leader")).get("/api/projects/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.of("d2-leader")).queryParam("park", "xingguo").get("/api/projects").then().statusCode(403);
        given().auth().oauth2(Tokens.of("d2-leader")).get("/api/projects").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(Tokens.of("xg-ent-user")).get("/api/projects").then().statusCode(403);
        given().get("/api/projects").then().statusCode(401);
    }

    @Test
    void projectsOfSeveralEnterprisesComeInOneCall() {
        String id = create("xg-project", industrial("2024-05-01")).statusCode(201).extract().path("id");
        var answer = given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("enterpriseIds", List.of(FakeEnterprises.SANY, FakeEnterprises.XUHANGCHENG, "nonsense")))
                .post("/api/projects/by-enterprises").then().statusCode(200).extract();
        assertThat(answer.<List<String>> path("enterpriseId"))
                .containsExactly(FakeEnterprises.SANY, FakeEnterprises.XUHANGCHENG, "nonsense");
        assertThat(answer.<List<String>> path("[1].projects.id")).contains(id);
        assertThat(answer.<List<Object>> path("[2].projects")).isEmpty();
        // the enterprise's own user sees its own projects, another park's leader none of them
        given().auth().oauth2(Tokens.of("xg-ent-user")).contentType(ContentType.JSON)
                .body(Map.of("enterpriseIds", List.of(FakeEnterprises.XUHANGCHENG))).post("/api/projects/by-enterprises")
                .then().statusCode(200).body("[0].projects.id", hasItem(id));
        given().auth().oauth2(Tokens.of("d2-leader")).contentType(ContentType.JSON)
                .body(Map.of("enterpriseIds", List.of(FakeEnterprises.XUHANGCHENG))).post("/api/projects/by-enterprises")
                .then().statusCode(200).body("[0].projects", equalTo(List.of()));
    }

    @Test
    void ledgerFiltersAndBadParametersAreNamed() {
        Map<String, Object> body = industrial("2024-05-01");
        body.put("industryChain", "新材料");
        String id = create("xg-project", body).statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("industryChain", "新材料").queryParam("stage", "SIGNED")
                .queryParam("size", "200").get("/api/projects").then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("stage", "BUILT").queryParam("size", "0")
                .get("/api/projects").then().statusCode(400)
                .body("violations.field", hasItem("stage")).body("violations.field", hasItem("size"));
    }
}
