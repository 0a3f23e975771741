package cn.yuanqu.gateway.land;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.yuanqu.gateway.GatewayTest;

/**
 * land-service's ledgers and workflow in the gateway's schema, with real tokens and land-service unreachable (the
 * test profile points it at a closed port): the operations and their Chinese descriptions and enum names, roles
 * refused before any call, and land-service down reported on its fields only.
 */
@QuarkusTest
class LandGraphQLApiTest {

    @Test
    void theSchemaOffersTheLandLedgersWorkflowAndJoinsWithChineseDescriptions() {
        String schema = given().auth().oauth2(GatewayTest.token("xg-leader")).when().get("/graphql/schema.graphql")
                .then().statusCode(200).extract().asString();
        for (String operation : new String[] { "parcels(", "parcel(", "parcelHistory(", "idleAssessment(", "landCases(",
                "landCase(", "landCaseHistory(", "idleCandidates(", "disposalTarget(", "factoryBuildings(", "leases(",
                "leaseLedger(", "leaseArrears(", "efficiencyResults(", "efficiencyScheme(", "efficiencyEvaluation(",
                "inefficientCandidates(", "openLandCase(", "moveLandCase(", "recordLeasePayment(", "signLease(",
                "endLease(", "registerParcel(", "correctParcel(", "moveParcel(", "registerFactoryBuilding(",
                "setDisposalTarget(", "setEfficiencyScheme(", "evaluateEfficiency(" }) {
            assertThat(schema).as(operation).contains("  " + operation);
        }
        assertThat(schema)
                .contains("holder: Enterprise", "tenant: Enterprise", "takingOverEnterprise: Enterprise", "parcel: Parcel",
                        "efficiency: EfficiencyResult")
                .contains("enum ParcelStatus", "enum LandCaseStatus", "enum LandCaseKind", "enum LandDisposalMethod",
                        "enum LeaseChargeKind", "enum EfficiencyGrade")
                .contains("闲置低效用地处置案件", "处置案件下一步", "宗地台账")
                .contains("已建成 / built", "调查 / investigating", "腾笼换鸟 / replace the occupant", "清退 / cleared out")
                .contains("input OpenLandCaseInput", "input LandCaseStepInput", "input LeasePaymentInput");
    }

    @Test
    void rolesAreRefusedBeforeAnyCall() {
        // land-service is unreachable in tests: a call would be service-unavailable, so forbidden means no call
        given().auth().oauth2(GatewayTest.token("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("query", """
                        mutation { openLandCase(input: {parcelId: "00000000-0000-0000-0000-000000000001", kind: IDLE,
                          openedOn: "2024-01-02", documentNo: "X-1"}) { id } }"""))
                .when().post("/graphql").then().statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("forbidden"));
        given().auth().oauth2(GatewayTest.token("xg-ent-user")).contentType(ContentType.JSON)
                .body(Map.of("query", "{ landCases { total } }"))
                .when().post("/graphql").then().statusCode(200)
                .body("data.landCases", nullValue())
                .body("errors[0].extensions.code", equalTo("forbidden"));
    }

    @Test
    void landServiceDownIsServiceUnavailableNamingItOnItsFieldsOnly() {
        given().auth().oauth2(GatewayTest.token("xg-land")).contentType(ContentType.JSON)
                .body(Map.of("query", "{ __typename parcels(status: IDLE, page: 0, size: 5) { total items { code holder { name } } } }"))
                .when().post("/graphql").then().statusCode(200)
                .body("data.__typename", equalTo("Query"))
                .body("data.parcels", nullValue())
                .body("errors[0].extensions.code", equalTo("service-unavailable"))
                .body("errors[0].message", containsString("land-service"))
                .body("errors[0].path[0]", equalTo("parcels"));
        given().auth().oauth2(GatewayTest.token("xg-land")).contentType(ContentType.JSON)
                .body(Map.of("query", """
                        mutation { recordLeasePayment(leaseId: "00000000-0000-0000-0000-000000000001",
                          input: {kind: RENT, amount: 1, paidOn: "2024-01-02", receiptNo: "R-1"}) { id } }"""))
                .when().post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("service-unavailable"))
                .body("errors[0].message", containsString("land-service"));
    }
}
