package cn.yuanqu.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * enterprises-service's ledgers and workflow steps through the gateway, over the real services: the
 * qualification, cultivation, monthly-report and request ledgers answer what enterprises-service's REST API
 * answers for the demo zone, and an enterprise of a park of its own ({@code e2e-cultivation}, so the demo
 * zones stay exact) goes through award, the cultivation pool, a monthly report and a request from submission
 * to rating — with stale versions and illegal steps refused with the service's codes.
 */
@ExtendWith(Platform.class)
class GatewayCultivationTest {

    private static final String PARK = "e2e-cultivation";

    static ValidatableResponse graphql(String user, String query, Map<String, Object> variables) {
        Platform p = Platform.get();
        return given().auth().oauth2(p.token(user)).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post(p.gateway.resolve("/graphql")).then().statusCode(200);
    }

    static JsonPath rest(String user, String path, Map<String, Object> query) {
        Platform p = Platform.get();
        return new JsonPath(given().auth().oauth2(p.token(user)).queryParams(query)
                .get(p.enterprises.resolve(path)).then().statusCode(200).extract().asString());
    }

    static String newEnterprise(String name) {
        Platform p = Platform.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("creditCode", ProjectInvestorTest.newCreditCode());
        body.put("name", name);
        body.put("industryChain", "电子信息");
        body.put("settledOn", "2023-03-01");
        return given().auth().oauth2(p.token("admin")).contentType(ContentType.JSON).queryParam("park", PARK).body(body)
                .post(p.enterprises.resolve("/api/enterprises")).then().statusCode(201).extract().path("id");
    }

    @Test
    void theQualificationLedgerIsWhatEnterprisesServiceHolds() {
        JsonPath viaGateway = graphql("xg-leader", """
                query($f: QualificationFilterInput) { qualifications(park: "xingguo", filter: $f, size: 200) {
                  total items { id enterpriseId type typeName level awardedOn validToday } } }""",
                Map.of("f", Map.of("type", "HIGH_TECH"))).body("errors", nullValue()).extract().jsonPath();
        JsonPath direct = rest("xg-leader", "/api/qualifications", Map.of("park", "xingguo", "type", "HIGH_TECH", "size", 200));
        assertThat(viaGateway.getLong("data.qualifications.total")).isPositive().isEqualTo(direct.getLong("total"));
        assertThat(viaGateway.getList("data.qualifications.items.id")).isEqualTo(direct.getList("items.id"));
        assertThat(viaGateway.getList("data.qualifications.items.typeName", String.class)).containsOnly("高新技术企业");

        JsonPath counts = graphql("xg-leader", "{ qualificationCounts(park: \"xingguo\", validOn: \"2024-12-31\") { type level count } }",
                Map.of()).body("errors", nullValue()).extract().jsonPath();
        JsonPath directCounts = rest("xg-leader", "/api/qualifications/counts", Map.of("park", "xingguo", "validOn", "2024-12-31"));
        assertThat(counts.getList("data.qualificationCounts.count", Long.class)).isEqualTo(directCounts.getList("count", Long.class));
    }

    @Test
    void theRequestAndCultivationLedgersAreWhatEnterprisesServiceHolds() {
        JsonPath requests = graphql("xg-leader", """
                query($f: RequestFilterInput) { serviceRequests(park: "xingguo", filter: $f, page: 1, size: 10) {
                  total page items { id statusName categoryName } } }""",
                Map.of("f", Map.of("submittedFrom", "2024-01-01", "submittedTo", "2024-12-31")))
                .body("errors", nullValue()).extract().jsonPath();
        JsonPath direct = rest("xg-leader", "/api/requests",
                Map.of("park", "xingguo", "submittedFrom", "2024-01-01", "submittedTo", "2024-12-31", "page", 1, "size", 10));
        assertThat(requests.getLong("data.serviceRequests.total")).isPositive().isEqualTo(direct.getLong("total"));
        assertThat(requests.getList("data.serviceRequests.items.id")).hasSize(10).isEqualTo(direct.getList("items.id"));

        JsonPath pool = graphql("xg-leader", "{ cultivationEntries(park: \"xingguo\", size: 200) { total items { id statusName } } }",
                Map.of()).body("errors", nullValue()).extract().jsonPath();
        JsonPath directPool = rest("xg-leader", "/api/cultivation", Map.of("park", "xingguo", "size", 200));
        assertThat(pool.getLong("data.cultivationEntries.total")).isEqualTo(directPool.getLong("total"));
        assertThat(pool.getList("data.cultivationEntries.items.id")).isEqualTo(directPool.getList("items.id"));
    }

    @Test
    void anotherParksLeaderSeesNoXingguoQualificationOrRequest() {
        graphql("d2-leader", "{ qualifications(size: 200) { items { park } } serviceRequests(size: 200) { items { park } } }", Map.of())
                .body("errors", nullValue())
                .body("data.qualifications.items.park", everyItem(equalTo("demo2")))
                .body("data.serviceRequests.items.park", everyItem(equalTo("demo2")));
        String xingguoQualification = rest("xg-leader", "/api/qualifications", Map.of("park", "xingguo", "size", 1)).getString("items[0].id");
        graphql("d2-leader", "query($id: ID!) { qualification(id: $id) { id } }", Map.of("id", xingguoQualification))
                .body("data.qualification", nullValue())
                .body("errors[0].extensions.code", equalTo("not-found"));
    }

    @Test
    void anEnterpriseGoesThroughTheCultivationPoolToItsAward() {
        String enterprise = newEnterprise("培育库网关测试电子有限公司");
        JsonPath opened = graphql("admin", """
                mutation($in: CultivationInput!) { openCultivation(park: "e2e-cultivation", input: $in) {
                  id status statusName version target } }""",
                Map.of("in", Map.of("enterpriseId", enterprise, "target", "QUALIFICATION", "targetType", "SPECIALIZED_SME",
                        "targetLevel", "PROVINCIAL", "expectedMonth", "2024-10", "cadre", "钟建华", "plan", "一企一策：研发费用归集辅导",
                        "enteredOn", "2024-01-05")))
                .body("errors", nullValue()).body("data.openCultivation.statusName", equalTo("储备")).extract().jsonPath();
        String id = opened.getString("data.openCultivation.id");
        String move = """
                mutation($id: ID!, $v: BigInteger!, $s: CultivationTransitionInput!) { moveCultivation(id: $id, version: $v, step: $s) {
                  status version achievedOn } }""";
        graphql("admin", move, Map.of("id", id, "v", 0, "s", Map.of("to", "ACHIEVED", "effectiveDate", "2024-02-01")))
                .body("data.moveCultivation", nullValue()).body("errors[0].extensions.code", equalTo("illegal-transition"));
        graphql("admin", move, Map.of("id", id, "v", 0, "s", Map.of("to", "CULTIVATING", "effectiveDate", "2024-02-01")))
                .body("errors", nullValue()).body("data.moveCultivation.version", equalTo(1));
        graphql("admin", move, Map.of("id", id, "v", 0, "s", Map.of("to", "APPLIED", "effectiveDate", "2024-05-01")))
                .body("data.moveCultivation", nullValue()).body("errors[0].extensions.code", equalTo("stale-version"));
        graphql("admin", """
                mutation($id: ID!, $m: MeasureInput!) { addCultivationMeasure(id: $id, measure: $m) { kind text } }""",
                Map.of("id", id, "m", Map.of("on", "2024-03-10", "text", "走访企业，协调研发费用加计扣除")))
                .body("errors", nullValue()).body("data.addCultivationMeasure.kind", equalTo("MEASURE"));
        graphql("admin", move, Map.of("id", id, "v", 1, "s", Map.of("to", "APPLIED", "effectiveDate", "2024-05-01")))
                .body("errors", nullValue());
        graphql("admin", move, Map.of("id", id, "v", 2, "s",
                Map.of("to", "ACHIEVED", "effectiveDate", "2024-09-20", "certificateNo", "ZJTX2024-0921")))
                .body("errors", nullValue()).body("data.moveCultivation.achievedOn", equalTo("2024-09-20"));

        JsonPath history = graphql("admin", "query($id: ID!) { cultivationHistory(id: $id) { kind to } }", Map.of("id", id))
                .body("errors", nullValue()).extract().jsonPath();
        assertThat(history.getList("data.cultivationHistory.kind", String.class))
                .containsExactly("TRANSITION", "TRANSITION", "MEASURE", "TRANSITION", "TRANSITION");
        // reaching the goal recorded the award, which the enterprise's 一企一档 now shows
        graphql("admin", "query($id: ID!) { enterprise(id: $id) { qualifications { type level awardedOn certificateNo } "
                + "cultivationEntries { statusName } } }", Map.of("id", enterprise))
                .body("errors", nullValue())
                .body("data.enterprise.qualifications[0].type", equalTo("SPECIALIZED_SME"))
                .body("data.enterprise.qualifications[0].awardedOn", equalTo("2024-09-20"))
                .body("data.enterprise.cultivationEntries[0].statusName", equalTo("已认定"));
    }

    @Test
    void anAwardIsRecordedAndRevokedWithItsVersion() {
        String enterprise = newEnterprise("资质网关测试科技有限公司");
        String award = """
                mutation($in: QualificationInput!) { awardQualification(park: "e2e-cultivation", input: $in) { id version validUntil } }""";
        JsonPath awarded = graphql("admin", award, Map.of("in", Map.of("enterpriseId", enterprise, "type", "HIGH_TECH",
                "level", "NATIONAL", "certificateNo", "GR202436000123", "awardedOn", "2024-12-10")))
                .body("errors", nullValue()).extract().jsonPath();
        String id = awarded.getString("data.awardQualification.id");
        assertThat(awarded.getString("data.awardQualification.validUntil")).isEqualTo("2027-12-09");
        graphql("admin", award, Map.of("in", Map.of("enterpriseId", enterprise, "type", "HIGH_TECH", "level", "NATIONAL",
                "awardedOn", "2024-12-10"))).body("data", nullValue()).body("errors[0].extensions.code", equalTo("conflict"));
        String revoke = """
                mutation($id: ID!, $v: BigInteger!, $r: RevocationInput!) { revokeQualification(id: $id, version: $v, revocation: $r) {
                  revokedOn validToday } }""";
        graphql("admin", revoke, Map.of("id", id, "v", 7, "r", Map.of("revokedOn", "2025-06-30", "reason", "复核不合格")))
                .body("errors[0].extensions.code", equalTo("stale-version"));
        graphql("admin", revoke, Map.of("id", id, "v", 0, "r", Map.of("revokedOn", "2025-06-30", "reason", "复核不合格")))
                .body("errors", nullValue()).body("data.revokeQualification.validToday", equalTo(false));
    }

    @Test
    void aMonthlyReportIsSubmittedCorrectedAndShownAsTheLatest() {
        String enterprise = newEnterprise("月报网关测试机械有限公司");
        String submit = """
                mutation($e: ID!, $m: String!, $v: IndicatorValuesInput!, $ver: BigInteger) {
                  submitMonthlyIndicator(enterpriseId: $e, month: $m, values: $v, version: $ver) { month version values { operatingRevenue } } }""";
        Map<String, Object> values = new LinkedHashMap<>(Map.of("outputValue", 5_200_000, "operatingRevenue", 5_000_000,
                "mainBusinessRevenue", 4_900_000, "profit", 310_000, "taxPaid", 160_000, "employees", 86));
        graphql("admin", submit, Map.of("e", enterprise, "m", "2024-03", "v", values)).body("errors", nullValue())
                .body("data.submitMonthlyIndicator.version", equalTo(0));
        graphql("admin", submit, Map.of("e", enterprise, "m", "2024-04", "v", values)).body("errors", nullValue());
        values.put("operatingRevenue", 5_100_000);
        graphql("admin", submit, Map.of("e", enterprise, "m", "2024-04", "v", values, "ver", 3))
                .body("errors[0].extensions.code", equalTo("stale-version"));
        graphql("admin", submit, Map.of("e", enterprise, "m", "2024-04", "v", values, "ver", 0)).body("errors", nullValue())
                .body("data.submitMonthlyIndicator.version", equalTo(1));
        JsonPath read = graphql("admin", "query($e: ID, $ids: [String!]!) { monthlyIndicators(park: \"e2e-cultivation\", "
                + "enterpriseId: $e) { month } enterprisesByIds(ids: $ids) { latestIndicator { month values { operatingRevenue } } } }",
                Map.of("e", enterprise, "ids", List.of(enterprise)))
                .body("errors", nullValue())
                .body("data.monthlyIndicators.month", equalTo(List.of("2024-03", "2024-04")))
                .body("data.enterprisesByIds[0].latestIndicator.month", equalTo("2024-04")).extract().jsonPath();
        assertThat(read.getDouble("data.enterprisesByIds[0].latestIndicator.values.operatingRevenue")).isEqualTo(5_100_000d);
    }

    @Test
    void aRequestGoesFromSubmissionToRating() {
        String enterprise = newEnterprise("诉求网关测试纺织有限公司");
        JsonPath submitted = graphql("admin", """
                mutation($in: RequestInput!) { submitServiceRequest(park: "e2e-cultivation", input: $in) {
                  id status statusName channel version } }""",
                Map.of("in", Map.of("enterpriseId", enterprise, "category", "UTILITIES", "channel", "HOTLINE",
                        "title", "厂区用电增容", "submittedOn", "2024-04-02")))
                .body("errors", nullValue()).body("data.submitServiceRequest.statusName", equalTo("已提交")).extract().jsonPath();
        String id = submitted.getString("data.submitServiceRequest.id");
        String move = """
                mutation($id: ID!, $v: BigInteger!, $s: RequestTransitionInput!) { moveServiceRequest(id: $id, version: $v, step: $s) {
                  status version } }""";
        graphql("admin", move, Map.of("id", id, "v", 0, "s", Map.of("to", "CLOSED", "effectiveDate", "2024-04-03", "resolution", "已办")))
                .body("errors[0].extensions.code", equalTo("illegal-transition"));
        graphql("admin", move, Map.of("id", id, "v", 0, "s",
                Map.of("to", "ACCEPTED", "effectiveDate", "2024-04-03", "assignee", "县供电公司", "deadline", "2024-04-20")))
                .body("errors", nullValue()).body("data.moveServiceRequest.version", equalTo(1));
        graphql("admin", move, Map.of("id", id, "v", 1, "s",
                Map.of("to", "CLOSED", "effectiveDate", "2024-04-15", "resolution", "新增变压器一台，已通电")))
                .body("errors", nullValue());
        String rate = """
                mutation($id: ID!, $v: BigInteger!, $r: RatingInput!) { rateServiceRequest(id: $id, version: $v, rating: $r) {
                  statusName satisfaction } }""";
        graphql("admin", rate, Map.of("id", id, "v", 2, "r", Map.of("satisfaction", 9, "ratedOn", "2024-04-16")))
                .body("data.rateServiceRequest", nullValue()).body("errors[0].message", containsString("satisfaction"));
        graphql("admin", rate, Map.of("id", id, "v", 2, "r", Map.of("satisfaction", 5, "ratedOn", "2024-04-16")))
                .body("errors", nullValue()).body("data.rateServiceRequest.statusName", equalTo("已评价"));
        graphql("admin", "query($id: ID!) { serviceRequestHistory(id: $id) { to } }", Map.of("id", id))
                .body("errors", nullValue())
                .body("data.serviceRequestHistory.to", equalTo(List.of("SUBMITTED", "ACCEPTED", "CLOSED", "RATED")));
    }

    @Test
    void theLoanVisitAndAgencyLedgersAreWhatEnterprisesServiceHolds() {
        JsonPath loans = graphql("xg-leader", """
                { loans(park: "xingguo", issuedFrom: "2024-01-01", issuedTo: "2024-12-31", size: 200) {
                  total items { id schemeName amount statusName } } }""", Map.of())
                .body("errors", nullValue()).extract().jsonPath();
        JsonPath direct = rest("xg-leader", "/api/loans",
                Map.of("park", "xingguo", "issuedFrom", "2024-01-01", "issuedTo", "2024-12-31", "size", 200));
        assertThat(loans.getLong("data.loans.total")).isPositive().isEqualTo(direct.getLong("total"));
        assertThat(loans.getList("data.loans.items.id")).isEqualTo(direct.getList("items.id"));

        JsonPath agency = graphql("xg-leader", "{ agencyMatters(park: \"xingguo\", from: \"2024-01-01\", to: \"2024-12-31\", size: 5) "
                + "{ total items { id kindName statusName } } }", Map.of()).body("errors", nullValue()).extract().jsonPath();
        JsonPath directAgency = rest("xg-leader", "/api/agency-matters",
                Map.of("park", "xingguo", "from", "2024-01-01", "to", "2024-12-31", "size", 5));
        assertThat(agency.getLong("data.agencyMatters.total")).isPositive().isEqualTo(directAgency.getLong("total"));
        assertThat(agency.getList("data.agencyMatters.items.id")).isEqualTo(directAgency.getList("items.id"));

        JsonPath visits = graphql("xg-leader", "{ visits(park: \"xingguo\", size: 5) { total items { id kindName } } }", Map.of())
                .body("errors", nullValue()).extract().jsonPath();
        assertThat(visits.getLong("data.visits.total")).isEqualTo(rest("xg-leader", "/api/visits", Map.of("park", "xingguo")).getLong("total"));
    }

    @Test
    void aVisitRecordsItsRequestsAndALoanGoesToRecovery() {
        String enterprise = newEnterprise("走访贷款网关测试鞋业有限公司");
        graphql("admin", """
                mutation($in: VisitInput!) { recordVisit(park: "e2e-cultivation", input: $in) {
                  kindName requests { title statusName channel } } }""",
                Map.of("in", Map.of("enterpriseId", enterprise, "visitedOn", "2024-05-08", "visitors", "钟建华、李敏",
                        "kind", "PROBLEM", "notes", "企业反映招工难", "requests",
                        List.of(Map.of("category", "LABOUR", "title", "招聘缝纫工50名")))))
                .body("errors", nullValue())
                .body("data.recordVisit.kindName", equalTo("问题协调"))
                .body("data.recordVisit.requests[0].channel", equalTo("VISIT"));

        JsonPath loan = graphql("admin", """
                mutation($in: LoanInput!) { issueLoan(park: "e2e-cultivation", input: $in) { id statusName version schemeName } }""",
                Map.of("in", Map.of("enterpriseId", enterprise, "scheme", "CAIYUAN_XINDAITONG", "bank", "兴国农商银行",
                        "contractNo", "XG-" + enterprise.substring(0, 8), "amount", 3_000_000, "issuedOn", "2024-02-01",
                        "dueOn", "2025-01-31")))
                .body("errors", nullValue()).body("data.issueLoan.schemeName", equalTo("财园信贷通")).extract().jsonPath();
        String id = loan.getString("data.issueLoan.id");
        String move = """
                mutation($id: ID!, $v: BigInteger!, $s: LoanTransitionInput!) { moveLoan(id: $id, version: $v, step: $s) {
                  statusName version } }""";
        graphql("admin", move, Map.of("id", id, "v", 0, "s", Map.of("to", "SETTLED", "on", "2025-03-01")))
                .body("errors[0].extensions.code", equalTo("illegal-transition"));
        graphql("admin", move, Map.of("id", id, "v", 0, "s", Map.of("to", "NON_PERFORMING", "on", "2025-02-15", "reason", "逾期未还，风险池代偿")))
                .body("errors", nullValue()).body("data.moveLoan.statusName", equalTo("不良"));
        JsonPath recovered = graphql("admin", """
                mutation($id: ID!, $in: RecoveryInput!) { recoverLoan(id: $id, input: $in) { recovered recoveries { amount } } }""",
                Map.of("id", id, "in", Map.of("recoveredOn", "2025-04-10", "amount", 1_200_000, "note", "法院执行回款")))
                .body("errors", nullValue()).extract().jsonPath();
        assertThat(recovered.getDouble("data.recoverLoan.recovered")).isEqualTo(1_200_000d);
    }

    @Test
    void thePreScreenIsWhatEnterprisesServiceComputesAndTakesAnEnterprisesYearFacts() {
        JsonPath screen = graphql("xg-leader", """
                { eligibility(park: "xingguo", asOf: "2024-12", program: ABOVE_SCALE, outcome: ELIGIBLE, size: 200) {
                  total items { enterpriseId programs { program outcome } } } }""", Map.of())
                .body("errors", nullValue()).extract().jsonPath();
        JsonPath direct = rest("xg-leader", "/api/eligibility",
                Map.of("park", "xingguo", "asOf", "2024-12", "program", "ABOVE_SCALE", "outcome", "ELIGIBLE", "size", 200));
        assertThat(screen.getLong("data.eligibility.total")).isEqualTo(direct.getLong("total"));
        assertThat(screen.getList("data.eligibility.items.enterpriseId")).isEqualTo(direct.getList("items.enterpriseId"));

        String enterprise = newEnterprise("预评网关测试材料有限公司");
        String record = """
                mutation($e: ID!, $v: BigInteger, $f: EligibilityFactsInput!) {
                  recordEnterpriseYearFacts(enterpriseId: $e, year: 2024, version: $v, facts: $f) { year version facts { nicheYears } } }""";
        graphql("admin", record, Map.of("e", enterprise, "f", Map.of("ipLevel", "CLASS_I", "nicheYears", 3, "stStaff", 12)))
                .body("errors", nullValue()).body("data.recordEnterpriseYearFacts.version", equalTo(0));
        graphql("admin", record, Map.of("e", enterprise, "v", 5, "f", Map.of("nicheYears", 4)))
                .body("errors[0].extensions.code", equalTo("stale-version"));
        graphql("admin", "query($e: ID!) { enterpriseYearFacts(enterpriseId: $e, year: 2024) { facts { ipLevel nicheYears } } "
                + "enterpriseEligibility(enterpriseId: $e, asOf: \"2024-12\") { year programs { programName outcome missing } } }",
                Map.of("e", enterprise))
                .body("errors", nullValue())
                .body("data.enterpriseYearFacts.facts.ipLevel", equalTo("CLASS_I"))
                .body("data.enterpriseEligibility.programs.programName", org.hamcrest.Matchers.hasItem("专精特新中小企业"));
    }
}
