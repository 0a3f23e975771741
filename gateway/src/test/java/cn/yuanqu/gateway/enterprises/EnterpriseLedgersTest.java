package cn.yuanqu.gateway.enterprises;

import static cn.yuanqu.gateway.GatewayTest.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * enterprises-service's ledgers and workflow steps in the gateway's schema, with enterprises-service at a
 * closed port (test profile): the operations and their Chinese names, roles refused before any call, and the
 * unreachable service named in the error of the fields that need it.
 */
@QuarkusTest
class EnterpriseLedgersTest {

    @ParameterizedTest
    @ValueSource(strings = { "qualifications(", "qualificationCounts(", "awardQualification(", "revokeQualification(",
            "cultivationEntries(", "cultivationHistory(", "openCultivation(", "moveCultivation(", "addCultivationMeasure(",
            "monthlyIndicators(", "submitMonthlyIndicator(", "serviceRequests(", "serviceRequestHistory(",
            "submitServiceRequest(", "moveServiceRequest(", "rateServiceRequest(", "专精特新中小企业 / ",
            "已申报 / applied", "已受理 / accepted", "12345热线 / 12345 hotline", "资质荣誉台账", "latestIndicator",
            "visits(", "recordVisit(", "agencyMatters(", "finishAgencyMatter(", "loans(", "moveLoan(", "recoverLoan(",
            "policyPayouts(", "payPolicy(", "财园信贷通 / ", "不良（追偿中）", "eligibility(", "enterpriseEligibility(",
            "setEligibilityThresholds(", "recordEnterpriseYearFacts(", "数据不全，补齐后再判" })
    void theSchemaOffersTheLedgersAndStepsWithChineseNames(String expected) {
        given().auth().oauth2(token("xg-leader")).when().get("/graphql/schema.graphql")
                .then().statusCode(200).body(containsString(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "xg-leader|mutation { awardQualification(input: {enterpriseId: \"e\", type: HIGH_TECH, level: NATIONAL, awardedOn: \"2024-01-02\"}) { id } }",
            "xg-ent-user|mutation { moveCultivation(id: \"c\", version: 0, step: {to: APPLIED, effectiveDate: \"2024-01-02\"}) { id } }",
            "xg-leader|mutation { moveServiceRequest(id: \"r\", version: 0, step: {to: ACCEPTED, effectiveDate: \"2024-01-02\"}) { id } }",
            "xg-safety|mutation { submitMonthlyIndicator(enterpriseId: \"e\", month: \"2024-01\", values: {outputValue: 1, operatingRevenue: 1, mainBusinessRevenue: 1, profit: 0, taxPaid: 0}) { month } }",
            "xg-ent-user|{ qualificationCounts { count } }",
            "xg-leader|mutation { issueLoan(input: {scheme: CAIYUANTONG, bank: \"b\", contractNo: \"c\", amount: 1, issuedOn: \"2024-01-02\", dueOn: \"2025-01-02\"}) { id } }",
            "xg-enterprise|mutation { setEligibilityThresholds(thresholds: {aboveScaleRevenue: 1, innovativePassScore: 60, innovativeMinInnovation: 20, innovativeMinGrowth: 15, innovativeMinSpecialization: 15, innovativeDirectEquity: 0, specializedMinNicheYears: 2, specializedMinRd: 0, specializedMinRdRatio: 0.03, specializedMinRevenue: 0, specializedAltEquity: 0, highTechBandSmall: 1, highTechBandLarge: 2, highTechRdRatioSmall: 0.05, highTechRdRatioMid: 0.04, highTechRdRatioLarge: 0.03, highTechMinStStaff: 0.1, highTechMinProductShare: 0.6}) { source } }",
            "xg-ent-user|mutation { recordVisit(input: {enterpriseId: \"e\", visitedOn: \"2024-01-02\", visitors: \"v\"}) { id } }" })
    void aRoleWithoutAccessIsRefusedBeforeAnyCall(String user, String query) {
        // forbidden, not service-unavailable: refused before the call to the (unreachable) service
        given().auth().oauth2(token(user)).contentType(ContentType.JSON).body(Map.of("query", query))
                .when().post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("forbidden"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "qualifications", "cultivationEntries", "serviceRequests", "visits", "agencyMatters", "loans",
            "policyPayouts" })
    void anUnreachableServiceIsNamedAndTheRestAnswers(String field) {
        given().auth().oauth2(token("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("query", "{ __typename " + field + " { total } }"))
                .when().post("/graphql").then().statusCode(200)
                .body("data.__typename", equalTo("Query"))
                .body("data." + field, nullValue())
                .body("errors[0].extensions.code", equalTo("service-unavailable"))
                .body("errors[0].message", containsString("enterprises-service"))
                .body("errors[0].path[0]", equalTo(field));
    }
}
