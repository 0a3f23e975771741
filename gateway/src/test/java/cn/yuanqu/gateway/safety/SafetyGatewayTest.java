package cn.yuanqu.gateway.safety;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.gateway.GatewayTest;

/**
 * safety-service's ledgers and workflow in the gateway's schema, with real tokens from the test Keycloak and
 * safety-service unreachable (the test profile points it at a closed port): the operations with their Chinese
 * descriptions and enum names, roles refused before any call, and an unavailable service named in the error.
 */
@QuarkusTest
class SafetyGatewayTest {

    private static ValidatableResponse graphql(String user, String query) {
        return given().auth().oauth2(GatewayTest.token(user)).contentType(ContentType.JSON).body(Map.of("query", query))
                .when().post("/graphql").then().statusCode(200);
    }

    @Test
    void theSchemaOffersTheSafetyLedgersAndWorkflowWithChineseDescriptionsAndEnumNames() {
        String schema = given().auth().oauth2(GatewayTest.token("xg-leader")).when().get("/graphql/schema.graphql")
                .then().statusCode(200).extract().asString();
        for (String op : new String[] { "hazards(", "hazard(", "hazardHistory(", "hazardRectifications(", "inspections(",
                "campaigns(", "monitoringPoints(", "monitoringPoint(", "samples(", "responsibilityLetters(", "enterprisesWithoutLetter(",
                "trainings(", "untrainedEnterprises(", "drills(", "feedbackItems(", "majorCriteria(", "recordInspection(",
                "raiseHazard(", "planHazard(", "rectifyHazard(", "reviewHazard(", "approveHazardClosing(",
                "escalateHazard(", "signResponsibilityLetter(", "recordTraining(", "recordDrill(", "recordCampaign(",
                "setCampaignResults(", "recordFeedbackItem(", "moveFeedbackItem(", "createMonitoringPoint(",
                "setPointLimits(" }) {
            org.assertj.core.api.Assertions.assertThat(schema).as(op).contains(op);
        }
        org.assertj.core.api.Assertions.assertThat(schema)
                .contains("隐患台账", "登记检查", "重大隐患销号审批", "待复查 / awaiting review", "重大 / major",
                        "夜查 / night check", "已整改待销号 / rectified, awaiting closure", "input HazardFilter",
                        "enum HazardStatus", "type Hazard ", "type Inspection ", "openHazards", "REST");
    }

    @Test
    void hazardsAndInspectionsCarryTheirEnterpriseAndEnterprisesTheirInspections() {
        String schema = given().auth().oauth2(GatewayTest.token("xg-leader")).when().get("/graphql/schema.graphql")
                .then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(schema)
                .contains("隐患所属企业", "被检查企业", "企业接受的检查");
    }

    @Test
    void aLeaderCannotRecordAHazardAndIsRefusedBeforeAnyCall() {
        // safety-service is unreachable here: a forbidden (not service-unavailable) answer proves no call was made
        graphql("xg-leader", """
                mutation { raiseHazard(input: {inspectionId: "x", level: GENERAL, category: "消防通道", description: "d",
                  deadline: "2030-01-01", responsiblePerson: "p"}) { id } }""")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("forbidden"));
    }

    @Test
    void anEnterpriseUserCannotReadTheCampaignsNorReviewAHazard() {
        graphql("xg-ent-user", "{ campaigns { id } }")
                .body("errors[0].extensions.code", equalTo("forbidden"))
                .body("errors[0].path[0]", equalTo("campaigns"));
        graphql("xg-ent-user", """
                mutation { reviewHazard(id: "x", version: 0, input: {passed: true, reviewedOn: "2024-01-01", onSite: true}) { id } }""")
                .body("errors[0].extensions.code", equalTo("forbidden"));
    }

    @Test
    void aProjectOfficerCannotApproveTheClosingOfAMajorHazard() {
        graphql("xg-project", """
                mutation { approveHazardClosing(id: "x", version: 0, input: {approvedOn: "2024-01-01"}) { id } }""")
                .body("errors[0].extensions.code", equalTo("forbidden"));
    }

    @Test
    void safetyServiceDownGivesServiceUnavailableNamingItAndTheRestOfTheAnswer() {
        graphql("xg-leader", "{ __typename hazards { total } inspections { total } }")
                .body("data.__typename", equalTo("Query"))
                .body("data.hazards", nullValue())
                .body("errors.extensions.code", everyItem(equalTo("service-unavailable")))
                .body("errors[0].message", containsString("safety-service"))
                .body("errors[0].message", containsString("安全环保服务"));
    }

    @Test
    void aMutationWithSafetyServiceDownIsServiceUnavailable() {
        graphql("xg-safety", """
                mutation { recordInspection(input: {type: DAILY, domain: FIRE, enterpriseId: "x", inspectedOn: "2024-01-01",
                  inspectors: "张三"}) { id } }""")
                .body("errors[0].extensions.code", equalTo("service-unavailable"))
                .body("errors[0].message", containsString("safety-service"));
    }
}
