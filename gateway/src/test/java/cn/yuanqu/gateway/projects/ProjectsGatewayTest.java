package cn.yuanqu.gateway.projects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.gateway.GatewayTest;

/**
 * projects-service's ledgers and workflow through the gateway with real tokens and projects-service unreachable
 * (the test profile points every service at a closed port): the schema offers them with Chinese descriptions and
 * enum names, roles are refused before any call (a call would fail as unavailable), and an unreachable service is
 * a {@code service-unavailable} error naming it, on its fields only.
 */
@QuarkusTest
class ProjectsGatewayTest {

    private static ValidatableResponse graphql(String user, String query) {
        return given().auth().oauth2(GatewayTest.token(user)).contentType(ContentType.JSON)
                .body(Map.of("query", query)).post("/graphql").then().statusCode(200);
    }

    @Test
    void theSchemaOffersTheLedgersAndTheWorkflowWithChineseDescriptionsAndEnumNames() {
        String schema = given().auth().oauth2(GatewayTest.token("xg-leader")).get("/graphql/schema.graphql")
                .then().statusCode(200).extract().asString();
        for (String operation : List.of("projects(", "project(", "projectHistory(", "signedNotStartedProjects(",
                "stalledProjects(", "projectProgress(", "annualTarget(", "leads(", "lead(", "leadLog(",
                "promotionActivities(", "meetings(", "projectIssues(", "createProject(", "updateProject(",
                "moveProjectStage(", "reportProjectProgress(", "correctProjectProgress(", "approveProject(",
                "raiseProjectIssue(", "resolveProjectIssue(", "recordLead(", "updateLead(", "moveLead(",
                "followUpLead(", "signLead(", "recordPromotionActivity(", "updatePromotionActivity(",
                "recordMeeting(", "setAnnualTarget(")) {
            org.assertj.core.api.Assertions.assertThat(schema).as("schema offers %s", operation).contains("  " + operation);
        }
        org.assertj.core.api.Assertions.assertThat(schema)
                .contains("项目台账", "阶段变更", "招商线索台账", "联审通过", "签约 / signed", "开工 / started", "竣工 / completed",
                        "停缓建 / suspended", "洽谈 / in talks", "每周调度 / weekly scheduling meeting", "待解决 / open")
                .contains("investor: Enterprise", "stage: ProjectStage!", "enum ProjectStage", "enum LeadStatus");
    }

    @Test
    void aRoleWithoutWriteAccessIsRefusedBeforeAnyCall() {
        graphql("xg-leader", """
                mutation { moveProjectStage(id: "00000000-0000-0000-0000-000000000001", version: 0,
                  step: {to: STARTED, effectiveDate: "2024-05-01"}) { id stage } }""")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("forbidden"))
                .body("errors[0].path[0]", equalTo("moveProjectStage"));
        graphql("xg-leader", """
                mutation { recordLead(input: {company: "x", owner: "y", firstContactOn: "2024-05-01"}) { id } }""")
                .body("errors[0].extensions.code", equalTo("forbidden"));
    }

    @Test
    void anEnterpriseUserHasNoProjectLedger() {
        graphql("xg-ent-user", "{ projects { total } leads { total } }")
                .body("data.projects", nullValue())
                .body("errors.extensions.code", everyItem(equalTo("forbidden")))
                .body("errors", hasSize(2));
    }

    @Test
    void projectsServiceDownGivesServiceUnavailableNamingItOnItsFieldsOnly() {
        graphql("xg-leader", "{ __typename projects(size: 5) { total items { name stageName investor { name } } } }")
                .body("data.__typename", equalTo("Query"))
                .body("data.projects", nullValue())
                .body("errors[0].extensions.code", equalTo("service-unavailable"))
                .body("errors[0].message", containsString("projects-service"))
                .body("errors[0].path[0]", equalTo("projects"));
        graphql("xg-project", """
                mutation { createProject(input: {name: "x", category: INDUSTRIAL, totalInvestment: 1,
                  signedOn: "2024-05-01"}) { id } }""")
                .body("errors[0].extensions.code", equalTo("service-unavailable"))
                .body("errors[0].message", containsString("projects-service"));
    }
}
