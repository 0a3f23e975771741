package cn.yuanqu.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * safety-service's ledgers and workflow through the gateway over the real services and the demo zone: the
 * ledgers equal safety-service's own REST answers (filters and paging), the joins cost one downstream call per
 * field, a hazard goes through its whole loop (inspection → hazard → plan → rectification → on-site review →
 * closing by a second officer) with illegal steps, stale versions and the reviewer's own approval refused with
 * the service's codes, roles are refused by the gateway, and another park's rows stay invisible. Records created
 * here are fresh (unique texts, dated yesterday so the demo's 2024 figures do not move); assertions never depend
 * on today's date or on the order of the tests.
 */
@ExtendWith(Platform.class)
class GatewaySafetyTest {

    /** Every date the tests record: yesterday, in the past for any time zone of the services. */
    private static final LocalDate DAY = LocalDate.now().minusDays(1);

    private static final String HAZARD_FIELDS = "id park inspectionId enterpriseId level levelName status statusName "
            + "category description foundOn deadline overdue supervised version closedOn";

    // ---- helpers ----

    private static JsonPath graphql(String user, String query, Map<String, Object> variables) {
        Platform p = Platform.get();
        return new JsonPath(given().auth().oauth2(p.token(user)).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables)).post(p.gateway.resolve("/graphql"))
                .then().statusCode(200).extract().asString());
    }

    /** A query or mutation that must succeed: its data. */
    private static JsonPath ok(String user, String query, Map<String, Object> variables) {
        JsonPath r = graphql(user, query, variables);
        assertThat(r.getList("errors")).as("errors of %s", query).isNull();
        return r;
    }

    /** The code of the first error of a refused call. */
    private static String refused(String user, String query, Map<String, Object> variables) {
        JsonPath r = graphql(user, query, variables);
        assertThat(r.getList("errors")).as("errors of %s", query).isNotEmpty();
        return r.getString("errors[0].extensions.code");
    }

    private static RequestSpecification rest(String user) {
        return given().auth().oauth2(Platform.get().token(user)).accept(ContentType.JSON);
    }

    private static JsonPath restGet(String user, String path, Map<String, Object> params) {
        return new JsonPath(rest(user).queryParams(params).get(Platform.get().safety.resolve(path)).then().statusCode(200)
                .extract().asString());
    }

    private static String metrics() {
        return given().get(Platform.get().gatewayManagement.resolve("/q/metrics")).then().statusCode(200).extract().asString();
    }

    /** Calls the gateway's REST clients have made so far to a look-up path (its http.client.requests timer). */
    private static long calls(String metrics, String uri) {
        return sum(metrics, "http_client_requests_seconds_count", "uri=\"" + uri + "\"");
    }

    /**
     * Calls the gateway has made so far through a fault-tolerant client method (e.g.
     * {@code cn.yuanqu.gateway.enterprises.EnterprisesClient.byIds}): its invocations plus their retries, from the
     * fault-tolerance metrics. The typed GraphQL clients' HTTP calls have no http.client.requests timer (Quarkus
     * meters only named Vert.x clients, i.e. the REST clients), so these count the subgraph calls.
     */
    private static long clientCalls(String metrics, String method) {
        String tag = "method=\"" + method + "\"";
        return sum(metrics, "ft_invocations_total", tag) + sum(metrics, "ft_retry_retries_total", tag);
    }

    private static long sum(String metrics, String name, String tag) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{([^}]*)} ([0-9.E]+)$").matcher(metrics);
        long total = 0;
        while (m.find()) {
            if (m.group(1).contains(tag)) {
                total += (long) Double.parseDouble(m.group(2));
            }
        }
        return total;
    }

    /** The listed keys of a row, values as text (GraphQL and REST render numbers and dates alike then). */
    private static Map<String, String> fields(Map<String, Object> row, List<String> keys) {
        Map<String, String> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, row.get(k) == null ? null : String.valueOf(row.get(k))));
        return out;
    }

    private static List<Map<String, String>> rows(List<Map<String, Object>> items, List<String> keys) {
        return items.stream().map(r -> fields(r, keys)).toList();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** An operating xingguo enterprise (the first of the registry's list). */
    private static String anEnterprise() {
        return ok("xg-leader", "{ enterprises(park: \"xingguo\", size: 1, filter: {status: OPERATING}) { items { id } } }",
                Map.of()).getString("data.enterprises.items[0].id");
    }

    private static final String HAZARDS = "query($park: String, $filter: HazardFilter, $page: Int, $size: Int) {"
            + " hazards(park: $park, filter: $filter, page: $page, size: $size) { total totalPages page size items { "
            + HAZARD_FIELDS + " } } }";

    private static final String INSPECTIONS = """
            query($park: String, $type: InspectionType, $to: Date, $enterpriseId: ID, $page: Int, $size: Int) {
              inspections(park: $park, type: $type, to: $to, enterpriseId: $enterpriseId, page: $page, size: $size) {
                total totalPages page size items { id park type typeName domain domainName enterpriseId enterpriseName
                  campaignId inspectedOn inspectors result version } } }""";

    private static final List<String> HAZARD_KEYS = List.of(HAZARD_FIELDS.split(" "));
    private static final List<String> INSPECTION_KEYS = List.of("id", "park", "type", "typeName", "domain", "domainName",
            "enterpriseId", "enterpriseName", "campaignId", "inspectedOn", "inspectors", "result", "version");

    // ---- ledgers ----

    @Test
    void theHazardLedgerThroughTheGatewayIsSafetyServicesOwnWithFiltersAndPaging() {
        JsonPath all = ok("xg-leader", HAZARDS, Map.of("park", "xingguo", "size", 50));
        JsonPath restAll = restGet("xg-leader", "/api/hazards", Map.of("park", "xingguo", "size", 50));
        assertThat(all.getLong("data.hazards.total")).isPositive().isEqualTo(restAll.getLong("total"));
        assertThat(all.getInt("data.hazards.totalPages")).isEqualTo(restAll.getInt("totalPages"));
        assertThat(rows(all.getList("data.hazards.items"), HAZARD_KEYS))
                .isNotEmpty().isEqualTo(rows(restAll.getList("items"), HAZARD_KEYS));

        // a filter and a later page
        Map<String, Object> filter = Map.of("status", "CLOSED", "level", "GENERAL");
        JsonPath page = ok("xg-leader", HAZARDS, Map.of("park", "xingguo", "filter", filter, "page", 1, "size", 7));
        JsonPath restPage = restGet("xg-leader", "/api/hazards",
                Map.of("park", "xingguo", "status", "CLOSED", "level", "GENERAL", "page", 1, "size", 7));
        assertThat(page.getLong("data.hazards.total")).isPositive().isEqualTo(restPage.getLong("total"));
        assertThat(page.getInt("data.hazards.page")).isEqualTo(1);
        assertThat(rows(page.getList("data.hazards.items"), HAZARD_KEYS))
                .hasSize(7).isEqualTo(rows(restPage.getList("items"), HAZARD_KEYS));
        assertThat(page.getList("data.hazards.items.statusName", String.class)).containsOnly("已销号");
        assertThat(page.getList("data.hazards.items.levelName", String.class)).containsOnly("一般");
    }

    @Test
    void theInspectionLedgerThroughTheGatewayIsSafetyServicesOwnWithFiltersAndPaging() {
        JsonPath all = ok("xg-leader", INSPECTIONS, Map.of("park", "xingguo", "size", 30));
        JsonPath restAll = restGet("xg-leader", "/api/inspections", Map.of("park", "xingguo", "size", 30));
        assertThat(all.getLong("data.inspections.total")).isPositive().isEqualTo(restAll.getLong("total"));
        assertThat(rows(all.getList("data.inspections.items"), INSPECTION_KEYS))
                .isNotEmpty().isEqualTo(rows(restAll.getList("items"), INSPECTION_KEYS));

        // filtered by the type and up to the date of the 5th inspection, second page of 3
        String type = all.getString("data.inspections.items[4].type");
        String to = all.getString("data.inspections.items[4].inspectedOn");
        JsonPath page = ok("xg-leader", INSPECTIONS, Map.of("park", "xingguo", "type", type, "to", to, "page", 1, "size", 3));
        JsonPath restPage = restGet("xg-leader", "/api/inspections",
                Map.of("park", "xingguo", "type", type, "to", to, "page", 1, "size", 3));
        assertThat(page.getLong("data.inspections.total")).isPositive().isEqualTo(restPage.getLong("total"));
        assertThat(rows(page.getList("data.inspections.items"), INSPECTION_KEYS))
                .isEqualTo(rows(restPage.getList("items"), INSPECTION_KEYS));
        assertThat(page.getList("data.inspections.items.type", String.class)).containsOnly(type);
    }

    @Test
    void theOtherLedgersAnswerAsSafetyServiceDoes() {
        JsonPath r = ok("xg-leader", """
                { campaigns(park: "xingguo") { id name kindName results { item unit count } version }
                  drills(park: "xingguo", from: "2024-01-01", to: "2024-12-31") { id kindName title participants }
                  trainings(park: "xingguo", from: "2024-01-01", to: "2024-12-31") { id kind title people attendees { enterpriseId people } }
                  responsibilityLetters(park: "xingguo", year: 2024) { id enterpriseId year signedOn }
                  enterprisesWithoutLetter(park: "xingguo", year: 2024) { enterpriseId name }
                  untrainedEnterprises(park: "xingguo", since: "2024-01-01") { enterpriseId name }
                  feedbackItems(park: "xingguo") { id code statusName overdue version }
                  monitoringPoints(park: "xingguo") { id code kindName standardName limits { indicator text } version }
                  samples(park: "xingguo", size: 5) { total items { id pointCode exceeded measurements { indicator value exceeded } } }
                  majorCriteria(park: "xingguo") { code category text active source } }""", Map.of());
        Map<String, Object> p = Map.of("park", "xingguo");
        assertThat(r.getList("data.campaigns.id")).isNotEmpty()
                .isEqualTo(restGet("xg-leader", "/api/campaigns", p).getList("id"));
        Map<String, Object> year = Map.of("park", "xingguo", "from", "2024-01-01", "to", "2024-12-31");
        assertThat(r.getList("data.drills.id")).isNotEmpty().isEqualTo(restGet("xg-leader", "/api/drills", year).getList("id"));
        assertThat(r.getList("data.trainings.id")).isNotEmpty()
                .isEqualTo(restGet("xg-leader", "/api/trainings", year).getList("id"));
        assertThat(r.getList("data.responsibilityLetters.id"))
                .isEqualTo(restGet("xg-leader", "/api/letters", Map.of("park", "xingguo", "year", 2024)).getList("id"));
        assertThat(r.getList("data.enterprisesWithoutLetter.enterpriseId")).isEqualTo(
                restGet("xg-leader", "/api/letters/missing", Map.of("park", "xingguo", "year", 2024)).getList("enterpriseId"));
        assertThat(r.getList("data.untrainedEnterprises.enterpriseId")).isEqualTo(restGet("xg-leader",
                "/api/trainings/untrained", Map.of("park", "xingguo", "since", "2024-01-01")).getList("enterpriseId"));
        assertThat(r.getList("data.feedbackItems.id")).isEqualTo(restGet("xg-leader", "/api/feedback-items", p).getList("id"));
        assertThat(r.getList("data.monitoringPoints.id")).isNotEmpty()
                .isEqualTo(restGet("xg-leader", "/api/monitoring-points", p).getList("id"));
        assertThat(r.getLong("data.samples.total"))
                .isEqualTo(restGet("xg-leader", "/api/samples", Map.of("park", "xingguo", "size", 5)).getLong("total"));
        assertThat(r.getList("data.majorCriteria.code")).isNotEmpty();
    }

    // ---- joins ----

    private static final String BY_IDS = "cn.yuanqu.gateway.enterprises.EnterprisesClient.byIds";
    private static final String LEDGER = "cn.yuanqu.gateway.safety.SafetyClient.hazards";

    @Test
    void aPageOfHazardsWithTheirEnterpriseCostsOneEnterprisesCall() {
        String plain = "{ hazards(park: \"xingguo\", size: 100) { items { id enterpriseId } } }";
        String joined = "{ hazards(park: \"xingguo\", size: 100) { items { id enterpriseId enterprise { id name park } } } }";
        String m0 = metrics();
        ok("xg-leader", plain, Map.of());
        String m1 = metrics();
        JsonPath r = ok("xg-leader", joined, Map.of());
        String m2 = metrics();
        assertThat(clientCalls(m1, LEDGER) - clientCalls(m0, LEDGER)).as("safety-service calls of the ledger").isEqualTo(1);
        assertThat(clientCalls(m1, BY_IDS) - clientCalls(m0, BY_IDS)).as("enterprises-service calls without the join")
                .isZero();
        assertThat(clientCalls(m2, LEDGER) - clientCalls(m1, LEDGER)).as("safety-service calls of the joined ledger")
                .isEqualTo(1);
        assertThat(clientCalls(m2, BY_IDS) - clientCalls(m1, BY_IDS)).as("enterprises-service calls for Hazard.enterprise")
                .isEqualTo(1);

        List<Map<String, Object>> items = r.getList("data.hazards.items");
        assertThat(items).hasSizeGreaterThan(10);
        assertThat(items).anyMatch(h -> h.get("enterprise") != null);
        for (Map<String, Object> h : items) {
            @SuppressWarnings("unchecked")
            Map<String, Object> e = (Map<String, Object>) h.get("enterprise");
            if (h.get("enterpriseId") == null) {
                assertThat(e).as("a zone-level hazard has no enterprise").isNull();
            } else {
                assertThat(e).as("the enterprise of hazard %s", h.get("id")).isNotNull();
                assertThat(e.get("id")).isEqualTo(h.get("enterpriseId"));
                assertThat(e.get("park")).isEqualTo("xingguo");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEnterprisesInspectionsAreSafetyServicesLookUpInOneCall() {
        String m0 = metrics();
        JsonPath r = ok("xg-leader", "{ enterprises(park: \"xingguo\", size: 100) { items { id inspections { id inspectedOn } } } }",
                Map.of());
        String m1 = metrics();
        assertThat(calls(m1, "/api/inspections/by-enterprises") - calls(m0, "/api/inspections/by-enterprises"))
                .as("calls to the inspections look-up for 100 enterprises").isEqualTo(1);

        List<String> ids = r.getList("data.enterprises.items.id", String.class);
        JsonPath rest = new JsonPath(rest("xg-leader").contentType(ContentType.JSON).body(Map.of("enterpriseIds", ids))
                .post(Platform.get().safety.resolve("/api/inspections/by-enterprises")).then().statusCode(200).extract().asString());
        Map<String, Object> expected = new HashMap<>();
        List<Map<String, Object>> answer = rest.getList("$");
        answer.forEach(row -> expected.put((String) row.get("enterpriseId"),
                ((List<Map<String, Object>>) row.get("inspections")).stream().map(i -> i.get("id")).toList()));
        Map<String, Object> actual = new HashMap<>();
        List<Map<String, Object>> items = r.getList("data.enterprises.items");
        items.forEach(e -> actual.put((String) e.get("id"),
                ((List<Map<String, Object>>) e.get("inspections")).stream().map(i -> i.get("id")).toList()));
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.values()).anyMatch(l -> !((List<?>) l).isEmpty());
    }

    // ---- the hazard loop ----

    private static final String RECORD_INSPECTION = """
            mutation($input: InspectionInput!) { recordInspection(park: "xingguo", input: $input) {
              id type domain enterpriseId inspectedOn version enterprise { id name } } }""";
    private static final String RAISE = "mutation($input: HazardInput!) { raiseHazard(input: $input) { " + HAZARD_FIELDS
            + " enterprise { id } } }";
    private static final String PLAN = "mutation($id: ID!, $version: BigInteger!, $plan: PlanInput!) {"
            + " planHazard(id: $id, version: $version, plan: $plan) { id status version planMeasures } }";
    private static final String RECTIFY = "mutation($id: ID!, $version: BigInteger!, $input: RectificationInput!) {"
            + " rectifyHazard(id: $id, version: $version, input: $input) { id status statusName version } }";
    private static final String REVIEW = "mutation($id: ID!, $version: BigInteger!, $input: ReviewInput!) {"
            + " reviewHazard(id: $id, version: $version, input: $input) { id status version reviewedBy closedOn } }";
    private static final String APPROVE = "mutation($id: ID!, $version: BigInteger!, $input: ClosingApprovalInput!) {"
            + " approveHazardClosing(id: $id, version: $version, input: $input) { id status statusName version closedOn closedBy } }";

    private static Map<String, Object> inspection(String enterpriseId, String tag) {
        return Map.of("type", "DAILY", "domain", "WORK_SAFETY", "enterpriseId", enterpriseId, "inspectedOn", DAY.toString(),
                "inspectors", "e2e " + tag, "result", "网关端到端测试 " + tag);
    }

    private static Map<String, Object> hazard(String inspectionId, String level, String tag) {
        return Map.of("inspectionId", inspectionId, "level", level, "category", "消防通道", "location", "一号车间",
                "description", "网关测试隐患 " + tag, "deadline", DAY.plusDays(30).toString(), "responsiblePerson", "张三",
                "noticeType", "RECTIFICATION_NOTICE", "noticeNo", "GW-E2E-" + tag);
    }

    private static Map<String, Object> rectification(boolean completed) {
        return Map.of("doneOn", DAY.toString(), "measures", "清理通道，张贴标识", "evidence", "现场照片",
                "links", List.of("https://example.cn/photo.jpg"), "completed", completed);
    }

    private static Map<String, Object> vars(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void aMajorHazardGoesThroughItsWholeLoopThroughTheGatewayAndASecondOfficerClosesIt() {
        String tag = unique();
        String enterpriseId = anEnterprise();

        JsonPath insp = ok("xg-safety", RECORD_INSPECTION, Map.of("input", inspection(enterpriseId, tag)));
        String inspectionId = insp.getString("data.recordInspection.id");
        assertThat(insp.getString("data.recordInspection.enterprise.id")).as("Inspection.enterprise").isEqualTo(enterpriseId);

        JsonPath raised = ok("xg-safety", RAISE, Map.of("input", hazard(inspectionId, "MAJOR", tag)));
        String id = raised.getString("data.raiseHazard.id");
        long v0 = raised.getLong("data.raiseHazard.version");
        assertThat(raised.getString("data.raiseHazard.status")).isEqualTo("PENDING");
        assertThat(raised.getString("data.raiseHazard.statusName")).isEqualTo("待整改");
        assertThat(raised.getBoolean("data.raiseHazard.supervised")).isTrue();
        assertThat(raised.getString("data.raiseHazard.enterprise.id")).as("Hazard.enterprise").isEqualTo(enterpriseId);

        // illegal steps, refused by the service with its codes: a review before any rectification, a major hazard
        // rectified without its plan
        assertThat(refused("xg-safety", REVIEW, vars("id", id, "version", v0, "input",
                Map.of("passed", true, "reviewedOn", DAY.toString(), "onSite", true)))).isEqualTo("illegal-transition");
        assertThat(refused("xg-safety", RECTIFY, vars("id", id, "version", v0, "input", rectification(true))))
                .isEqualTo("rule-violation");

        JsonPath planned = ok("xg-safety", PLAN, vars("id", id, "version", v0, "plan", Map.of("goals", "消除隐患",
                "measures", "拆除占道堆放物", "funds", 5000, "people", "安全科 李四", "deadline", DAY.plusDays(20).toString(),
                "emergencyMeasures", "设置警戒")));
        long v1 = planned.getLong("data.planHazard.version");
        assertThat(v1).isGreaterThan(v0);

        // a stale version is refused
        assertThat(refused("xg-safety", RECTIFY, vars("id", id, "version", v0, "input", rectification(true))))
                .isEqualTo("stale-version");

        JsonPath rectified = ok("xg-safety", RECTIFY, vars("id", id, "version", v1, "input", rectification(true)));
        assertThat(rectified.getString("data.rectifyHazard.status")).isEqualTo("AWAITING_REVIEW");
        long v2 = rectified.getLong("data.rectifyHazard.version");

        JsonPath reviewed = ok("xg-safety", REVIEW, vars("id", id, "version", v2, "input",
                Map.of("passed", true, "reviewedOn", DAY.toString(), "onSite", true, "opinion", "现场复查通过")));
        assertThat(reviewed.getString("data.reviewHazard.status")).isEqualTo("AWAITING_REVIEW");
        assertThat(reviewed.getString("data.reviewHazard.reviewedBy")).isNotBlank();
        assertThat(reviewed.getString("data.reviewHazard.closedOn")).isNull();
        long v3 = reviewed.getLong("data.reviewHazard.version");

        // four eyes: the reviewer cannot approve the closing
        assertThat(refused("xg-safety", APPROVE, vars("id", id, "version", v3, "input",
                Map.of("approvedOn", DAY.toString())))).isEqualTo("rule-violation");

        JsonPath closed = ok("xg-safety2", APPROVE, vars("id", id, "version", v3, "input",
                Map.of("approvedOn", DAY.toString(), "opinion", "同意销号")));
        assertThat(closed.getString("data.approveHazardClosing.status")).isEqualTo("CLOSED");
        assertThat(closed.getString("data.approveHazardClosing.statusName")).isEqualTo("已销号");
        assertThat(closed.getString("data.approveHazardClosing.closedOn")).isEqualTo(DAY.toString());

        // a closed hazard takes no further rectification
        long v4 = closed.getLong("data.approveHazardClosing.version");
        assertThat(refused("xg-safety", RECTIFY, vars("id", id, "version", v4, "input", rectification(false))))
                .isEqualTo("illegal-transition");

        JsonPath history = ok("xg-leader", """
                query($id: ID!) { hazard(id: $id) { id status version enterprise { id } }
                  hazardHistory(id: $id) { kind from to on actor }
                  hazardRectifications(id: $id) { measures links completed recordedBy } }""", Map.of("id", id));
        assertThat(history.getString("data.hazard.status")).isEqualTo("CLOSED");
        assertThat(history.getString("data.hazard.enterprise.id")).isEqualTo(enterpriseId);
        assertThat(history.getList("data.hazardHistory.kind", String.class))
                .contains("RAISED", "PLAN", "RECTIFICATION", "REVIEW_PASSED", "CLOSING_APPROVED");
        assertThat(history.getList("data.hazardRectifications.links", List.class))
                .containsExactly(List.of("https://example.cn/photo.jpg"));

        // the ledger, filtered by the inspection, shows it as safety-service does
        JsonPath ledger = ok("xg-leader", HAZARDS, Map.of("park", "xingguo", "filter", Map.of("inspectionId", inspectionId)));
        assertThat(rows(ledger.getList("data.hazards.items"), HAZARD_KEYS)).isEqualTo(rows(
                restGet("xg-leader", "/api/hazards", Map.of("park", "xingguo", "inspectionId", inspectionId)).getList("items"),
                HAZARD_KEYS));
        assertThat(ledger.getList("data.hazards.items.id", String.class)).containsExactly(id);
    }

    @Test
    void aGeneralHazardFailsItsReviewIsRectifiedAgainAndClosesOnReview() {
        String tag = unique();
        String inspectionId = ok("xg-safety", RECORD_INSPECTION, Map.of("input", inspection(anEnterprise(), tag)))
                .getString("data.recordInspection.id");
        JsonPath raised = ok("xg-safety", RAISE, Map.of("input", hazard(inspectionId, "GENERAL", tag)));
        String id = raised.getString("data.raiseHazard.id");

        JsonPath r1 = ok("xg-safety", RECTIFY, vars("id", id, "version", raised.getLong("data.raiseHazard.version"),
                "input", rectification(true)));
        JsonPath failed = ok("xg-safety", REVIEW, vars("id", id, "version", r1.getLong("data.rectifyHazard.version"),
                "input", Map.of("passed", false, "reviewedOn", DAY.toString(), "onSite", false, "opinion", "通道仍有堆放")));
        assertThat(failed.getString("data.reviewHazard.status")).isEqualTo("RECTIFYING");
        JsonPath r2 = ok("xg-safety", RECTIFY, vars("id", id, "version", failed.getLong("data.reviewHazard.version"),
                "input", rectification(true)));
        JsonPath passed = ok("xg-safety", REVIEW, vars("id", id, "version", r2.getLong("data.rectifyHazard.version"),
                "input", Map.of("passed", true, "reviewedOn", DAY.toString(), "onSite", false)));
        assertThat(passed.getString("data.reviewHazard.status")).isEqualTo("CLOSED");
        // a general hazard needs no closing approval: asking for one is an illegal step
        assertThat(refused("xg-safety2", APPROVE, vars("id", id, "version", passed.getLong("data.reviewHazard.version"),
                "input", Map.of("approvedOn", DAY.toString())))).isEqualTo("illegal-transition");
    }

    @Test
    void anEscalationIsRecordedOnAHazard() {
        String tag = unique();
        String inspectionId = ok("xg-safety", RECORD_INSPECTION, Map.of("input", inspection(anEnterprise(), tag)))
                .getString("data.recordInspection.id");
        String id = ok("xg-safety", RAISE, Map.of("input", hazard(inspectionId, "GENERAL", tag))).getString("data.raiseHazard.id");
        String escalate = "mutation($id: ID!, $input: EscalationInput!) { escalateHazard(id: $id, input: $input) { id kind kindName amount } }";
        JsonPath e = ok("xg-safety", escalate, vars("id", id, "input",
                Map.of("kind", "PENALTY", "on", DAY.toString(), "authority", "县应急管理局", "amount", 20000)));
        assertThat(e.getString("data.escalateHazard.kindName")).isEqualTo("行政处罚");
        // a penalty without its amount is invalid, as the service rules
        assertThat(refused("xg-safety", escalate, vars("id", id, "input", Map.of("kind", "PENALTY", "on", DAY.toString()))))
                .isEqualTo("rule-violation");
    }

    // ---- roles and parks ----

    @Test
    void rolesAreRefusedByTheGateway() {
        String tag = unique();
        assertThat(refused("xg-leader", RECORD_INSPECTION, Map.of("input", inspection(anEnterprise(), tag))))
                .isEqualTo("forbidden");
        assertThat(refused("xg-ent-user", "{ campaigns(park: \"xingguo\") { id } }", Map.of())).isEqualTo("forbidden");
        assertThat(refused("xg-project", APPROVE, vars("id", UUID.randomUUID().toString(), "version", 0, "input",
                Map.of("approvedOn", DAY.toString())))).isEqualTo("forbidden");
    }

    @Test
    void anotherParksLeaderSeesNoXingguoHazardOrInspection() {
        JsonPath xg = ok("xg-leader", HAZARDS, Map.of("park", "xingguo", "size", 5));
        String xingguoHazard = xg.getString("data.hazards.items[0].id");
        String xingguoInspection = xg.getString("data.hazards.items[0].inspectionId");

        JsonPath d2 = ok("d2-leader", HAZARDS, Map.of("size", 200));
        assertThat(d2.getList("data.hazards.items.park", String.class)).doesNotContain("xingguo");
        assertThat(d2.getList("data.hazards.items.id", String.class)).doesNotContain(xingguoHazard);
        JsonPath d2i = ok("d2-leader", INSPECTIONS, Map.of("size", 200));
        assertThat(d2i.getList("data.inspections.items.park", String.class)).doesNotContain("xingguo");

        assertThat(refused("d2-leader", "query($id: ID!) { hazard(id: $id) { id } }", Map.of("id", xingguoHazard)))
                .isEqualTo("not-found");
        assertThat(refused("d2-leader", HAZARDS, Map.of("park", "xingguo"))).isEqualTo("forbidden");
        if (xingguoInspection != null) {
            JsonPath byInspection = graphql("d2-leader", HAZARDS, Map.of("filter", Map.of("inspectionId", xingguoInspection)));
            assertThat(byInspection.getList("data.hazards.items.id", String.class)).isNullOrEmpty();
        }
    }

    // ---- the other workflows ----

    @Test
    void aCampaignIsRecordedAndItsResultsSetWithItsVersion() {
        String tag = unique();
        JsonPath c = ok("xg-safety", """
                mutation($input: CampaignInput!) { recordCampaign(park: "xingguo", input: $input) { id name kind version results { item } } }""",
                Map.of("input", Map.of("name", "网关测试专项行动 " + tag, "kind", "SPECIAL_ACTION", "startOn", DAY.toString())));
        String id = c.getString("data.recordCampaign.id");
        long v = c.getLong("data.recordCampaign.version");
        String set = """
                mutation($id: ID!, $version: BigInteger!, $results: [CampaignResultInput!]!) {
                  setCampaignResults(id: $id, version: $version, results: $results) { id version results { item unit count } } }""";
        JsonPath r = ok("xg-safety", set, vars("id", id, "version", v, "results",
                List.of(Map.of("item", "拆除防盗网", "unit", "套", "count", 12))));
        assertThat(r.getList("data.setCampaignResults.results.count", Integer.class)).containsExactly(12);
        assertThat(refused("xg-safety", set, vars("id", id, "version", v, "results",
                List.of(Map.of("item", "清理疏散通道", "unit", "处", "count", 3)))))
                .isEqualTo("stale-version");
    }

    @Test
    void aFeedbackItemIsRectifiedAndClosedAndCannotBeReopened() {
        String tag = unique();
        JsonPath f = ok("xg-safety", """
                mutation($input: FeedbackInput!) { recordFeedbackItem(park: "xingguo", input: $input) { id status statusName version } }""",
                Map.of("input", Map.of("source", "PROVINCIAL_INSPECTION", "code", "GW-" + tag, "description", "网关测试问题 " + tag,
                        "responsibleUnit", "园区安环局", "deadline", DAY.plusDays(60).toString(), "receivedOn", DAY.toString())));
        assertThat(f.getString("data.recordFeedbackItem.statusName")).isEqualTo("整改中");
        String move = """
                mutation($id: ID!, $version: BigInteger!, $step: FeedbackStepInput!) {
                  moveFeedbackItem(id: $id, version: $version, step: $step) { id status version } }""";
        String id = f.getString("data.recordFeedbackItem.id");
        JsonPath rectified = ok("xg-safety", move, vars("id", id, "version", f.getLong("data.recordFeedbackItem.version"),
                "step", Map.of("to", "RECTIFIED", "effectiveDate", DAY.toString(), "text", "已整改")));
        JsonPath closed = ok("xg-safety", move, vars("id", id, "version", rectified.getLong("data.moveFeedbackItem.version"),
                "step", Map.of("to", "CLOSED", "effectiveDate", DAY.toString())));
        assertThat(closed.getString("data.moveFeedbackItem.status")).isEqualTo("CLOSED");
        assertThat(refused("xg-safety", move, vars("id", id, "version", closed.getLong("data.moveFeedbackItem.version"),
                "step", Map.of("to", "OPEN", "effectiveDate", DAY.toString(), "text", "重开")))).isEqualTo("illegal-transition");
    }

    @Test
    void aMonitoringPointIsCreatedAndItsLimitsReplaced() {
        String tag = unique();
        JsonPath p = ok("xg-safety", """
                mutation($input: MonitoringPointInput!) { createMonitoringPoint(park: "xingguo", input: $input) {
                  id code standard version limits { indicator max } } }""",
                Map.of("input", Map.of("code", "GW-" + tag, "name", "网关测试排口 " + tag, "kind", "RAIN_OUTLET",
                        "standard", "GB3838_IV", "responsiblePerson", "王五")));
        assertThat(p.getList("data.createMonitoringPoint.limits.indicator", String.class)).contains("COD", "PH");
        String setLimits = """
                mutation($id: ID!, $version: BigInteger!, $limits: [PointLimitInput!]!) {
                  setPointLimits(id: $id, version: $version, limits: $limits) { id version limits { indicator text } } }""";
        String id = p.getString("data.createMonitoringPoint.id");
        long v = p.getLong("data.createMonitoringPoint.version");
        JsonPath r = ok("xg-safety", setLimits, vars("id", id, "version", v, "limits",
                List.of(Map.of("indicator", "COD", "max", 40), Map.of("indicator", "PH", "min", 6, "max", 9))));
        assertThat(r.getList("data.setPointLimits.limits.indicator", String.class)).containsExactlyInAnyOrder("COD", "PH");
        JsonPath read = ok("xg-leader", "query($id: ID!) { monitoringPoint(id: $id) { id version limits { indicator text } } }",
                Map.of("id", id));
        assertThat(read.getList("data.monitoringPoint.limits.text", String.class))
                .isEqualTo(r.getList("data.setPointLimits.limits.text", String.class));
        assertThat(read.getLong("data.monitoringPoint.version")).isEqualTo(r.getLong("data.setPointLimits.version"));
        assertThat(refused("xg-safety", setLimits, vars("id", id, "version", v, "limits",
                List.of(Map.of("indicator", "COD", "max", 50))))).isEqualTo("stale-version");
    }

    @Test
    void aLetterATrainingAndADrillAreRecorded() {
        String tag = unique();
        int year = 2090 + (int) (Math.random() * 10);
        JsonPath missing = ok("xg-safety", "query($y: Int!) { enterprisesWithoutLetter(park: \"xingguo\", year: $y) { enterpriseId } }",
                Map.of("y", year));
        String enterpriseId = missing.getString("data.enterprisesWithoutLetter[0].enterpriseId");
        JsonPath letter = ok("xg-safety", """
                mutation($input: LetterInput!) { signResponsibilityLetter(park: "xingguo", input: $input) { id enterpriseId year } }""",
                Map.of("input", Map.of("enterpriseId", enterpriseId, "year", year, "signedOn", DAY.toString(), "signatory", "赵六")));
        assertThat(letter.getInt("data.signResponsibilityLetter.year")).isEqualTo(year);
        JsonPath after = ok("xg-safety", "query($y: Int!) { enterprisesWithoutLetter(park: \"xingguo\", year: $y) { enterpriseId } }",
                Map.of("y", year));
        assertThat(after.getList("data.enterprisesWithoutLetter.enterpriseId", String.class)).doesNotContain(enterpriseId);

        JsonPath training = ok("xg-safety", """
                mutation($input: TrainingInput!) { recordTraining(park: "xingguo", input: $input) { id kindName people attendees { enterpriseId people } } }""",
                Map.of("input", Map.of("kind", "WARNING_EDUCATION", "heldOn", DAY.toString(), "title", "网关测试警示教育 " + tag,
                        "attendees", List.of(Map.of("enterpriseId", enterpriseId, "people", 7)))));
        assertThat(training.getInt("data.recordTraining.people")).isEqualTo(7);

        JsonPath drill = ok("xg-safety", """
                mutation($input: DrillInput!) { recordDrill(park: "xingguo", input: $input) { id kindName enterpriseId participants } }""",
                Map.of("input", Map.of("kind", "FIRE_EVACUATION", "heldOn", DAY.toString(), "title", "网关测试演练 " + tag,
                        "participants", 30)));
        assertThat(drill.getString("data.recordDrill.kindName")).isEqualTo("消防应急疏散");
        assertThat(drill.getString("data.recordDrill.enterpriseId")).isNull();
        String drills = "query($d: Date!) { drills(park: \"xingguo\", from: $d, to: $d) { id } }";
        assertThat(ok("xg-leader", drills, Map.of("d", DAY.toString())).getList("data.drills.id", String.class))
                .contains(drill.getString("data.recordDrill.id"));
    }
}
