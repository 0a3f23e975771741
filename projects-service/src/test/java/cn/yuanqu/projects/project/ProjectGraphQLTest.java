package cn.yuanqu.projects.project;

import static cn.yuanqu.projects.testing.TestProjects.create;
import static cn.yuanqu.projects.testing.TestProjects.industrial;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/** The subgraph: mutations, the Project and Enterprise entities, batched Enterprise.projects. */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class ProjectGraphQLTest {

    static ValidatableResponse graphql(String user, String query, Map<String, Object> variables) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables)).post("/graphql").then().statusCode(200);
    }

    @Test
    void anOfficerRecordsAndMovesAProjectAndItsInvestorIsTheEnterpriseEntity() {
        Map<String, Object> input = industrial("2024-06-03");
        String id = graphql("xg-project", """
                mutation($input: ProjectInput!) { createProject(park: "xingguo", input: $input) { id stage version investor { id } } }
                """, Map.of("input", input)).body("errors", equalTo(null))
                .body("data.createProject.investor.id", equalTo(FakeEnterprises.XUHANGCHENG))
                .extract().path("data.createProject.id");
        graphql("xg-project", """
                mutation($id: ID!) { moveProjectStage(id: $id, version: 0, step: {to: STARTED, effectiveDate: "2024-06-10"}) { stage } }
                """, Map.of("id", id)).body("errors[0].extensions.code", equalTo("illegal-transition"));
        String meeting = graphql("xg-project", """
                mutation { recordMeeting(park: "xingguo", input: {kind: JOINT_REVIEW, heldOn: "2024-06-10", title: "联审会"}) { id kindName } }
                """, Map.of()).body("data.recordMeeting.kindName", equalTo("联审会议")).extract().path("data.recordMeeting.id");
        graphql("xg-project", """
                mutation($m: ID!, $id: String!) { approveProject(meetingId: $m, input: {projectId: $id, version: 0}) { stage stageName } }
                """, Map.of("id", id, "m", meeting)).body("errors", equalTo(null))
                .body("data.approveProject.stageName", equalTo("联审通过"));
        graphql("xg-leader", """
                mutation($input: ProjectInput!) { createProject(park: "xingguo", input: $input) { id } }
                """, Map.of("input", industrial("2024-06-03"))).body("errors[0].extensions.code", equalTo("forbidden"));
    }

    @Test
    void enterpriseProjectsAreResolvedForManyEnterprisesAtOnce() {
        String id = create("xg-project", industrial("2024-06-03")).statusCode(201).extract().path("id");
        var answer = graphql("xg-leader", """
                query($reps: [_Any!]!) { _entities(representations: $reps) {
                  ... on Enterprise { id projects { id name stage latestProgress { reportDate } } } } }
                """, Map.of("reps", List.of(
                Map.of("__typename", "Enterprise", "id", FakeEnterprises.XUHANGCHENG),
                Map.of("__typename", "Enterprise", "id", FakeEnterprises.SANY))))
                .body("errors", equalTo(null)).extract();
        assertThat(answer.<List<String>> path("data._entities[0].projects.id")).contains(id);
        assertThat(answer.<List<Object>> path("data._entities[1].projects")).isEmpty();

        graphql("xg-leader", """
                query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Project { id name investor { id } } } }
                """, Map.of("reps", List.of(Map.of("__typename", "Project", "id", id))))
                .body("data._entities[0].investor.id", equalTo(FakeEnterprises.XUHANGCHENG));
        // another park's leader cannot resolve it
        graphql("d2-leader", """
                query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Project { id } } }
                """, Map.of("reps", List.of(Map.of("__typename", "Project", "id", id))))
                .body("data._entities[0]", equalTo(null));
    }

    @Test
    void theListsAreInTheSubgraph() {
        create("xg-project", industrial("2024-06-03")).statusCode(201);
        graphql("xg-leader", """
                { signedNotStartedProjects { project { name } workingDaysSinceSigning overTarget }
                  stalledProjects { daysSilent } projectSettings { stalledAfterDays startTargetWorkingDays }
                  workingCalendar(year: 2024) { workingDays } }
                """, Map.of()).body("errors", equalTo(null))
                .body("data.signedNotStartedProjects.overTarget", hasItem(true))
                .body("data.workingCalendar.workingDays", equalTo(251))
                .body("data.projectSettings", notNullValue());
    }
}
