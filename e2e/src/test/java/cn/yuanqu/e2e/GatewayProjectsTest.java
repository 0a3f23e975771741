package cn.yuanqu.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import cn.yuanqu.demo.DemoZone;

/**
 * projects-service's ledgers and workflow through the gateway over the real services: the ledgers of the demo park
 * xingguo equal projects-service's own REST answers (filters and paging), {@code Project.investor} costs one
 * enterprises-service call for a page of projects, and a project and a lead of a park of their own
 * ({@code e2e-gw-projects}, written by admin so the demo counts stay exact) go through their steps, with illegal
 * steps, stale versions, roles and other parks refused.
 */
@ExtendWith(Platform.class)
class GatewayProjectsTest {

    private static final String PARK = "e2e-gw-projects";
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String PROJECT_FIELDS = """
            id park name category categoryName investorId investorName industryChain totalInvestment stage stageName
            stageSince nextStages signedOn startedOn completedOn version""";

    static JsonPath graphql(String user, String query, Map<String, Object> variables) {
        return graphql(Platform.get().gateway.resolve("/graphql").toString(), user, query, variables);
    }

    static JsonPath graphql(String url, String user, String query, Map<String, Object> variables) {
        return new JsonPath(given().auth().oauth2(Platform.get().token(user)).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables)).post(url)
                .then().statusCode(200).extract().asString());
    }

    static JsonPath rest(String user, String path, Map<String, Object> query) {
        Platform p = Platform.get();
        return new JsonPath(given().auth().oauth2(p.token(user)).queryParams(query).get(p.projects.resolve(path))
                .then().statusCode(200).extract().asString());
    }

    static String unique(String name) {
        return name + "-" + Long.toHexString(RANDOM.nextLong());
    }

    static Map<String, Object> vars(Object... keysAndValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** The fields both answers carry, comparable (amounts as numbers, whatever their scale). */
    private static List<Map<String, Object>> comparable(List<Map<String, Object>> rows, List<String> fields) {
        return rows.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            for (String f : fields) {
                Object v = r.get(f);
                m.put(f, v instanceof Number n ? new BigDecimal(n.toString()).stripTrailingZeros().toPlainString()
                        : v == null ? null : v.toString());
            }
            return m;
        }).toList();
    }

    // ---- ledgers of the demo park, against projects-service's REST answers ----

    private static final String PROJECTS = """
            query($park: String, $filter: ProjectFilter, $page: Int, $size: Int, $sort: String) {
              projects(park: $park, filter: $filter, page: $page, size: $size, sort: $sort) {
                total totalPages page size items { %s } } }""".formatted(PROJECT_FIELDS);

    private static final List<String> COMPARED = List.of("id", "park", "name", "category", "categoryName", "investorId",
            "investorName", "totalInvestment", "stage", "stageName", "stageSince", "signedOn", "startedOn",
            "completedOn", "version");

    @Test
    void theProjectLedgerThroughTheGatewayIsProjectsServicesAnswerPageByPageAndFiltered() {
        JsonPath all = rest("xg-leader", "/api/projects", Map.of("park", DemoZone.XINGGUO, "size", 1));
        assertThat(all.getLong("total")).as("demo projects of xingguo").isGreaterThan(10);

        JsonPath gw = graphql("xg-project", PROJECTS, vars("park", DemoZone.XINGGUO, "page", 1, "size", 5,
                "sort", "name,asc"));
        JsonPath svc = rest("xg-project", "/api/projects", Map.of("park", DemoZone.XINGGUO, "page", 1, "size", 5,
                "sort", "name,asc"));
        assertThat(gw.getList("errors")).isNull();
        assertThat(gw.getLong("data.projects.total")).isEqualTo(svc.getLong("total"));
        assertThat(gw.getInt("data.projects.totalPages")).isEqualTo(svc.getInt("totalPages"));
        assertThat(gw.getInt("data.projects.page")).isEqualTo(1);
        assertThat(gw.getList("data.projects.items")).hasSize(5);
        assertThat(comparable(gw.getList("data.projects.items"), COMPARED))
                .isEqualTo(comparable(svc.getList("items"), COMPARED));

        JsonPath started = graphql("xg-leader", PROJECTS, vars("park", DemoZone.XINGGUO, "size", 200,
                "filter", Map.of("stage", "STARTED")));
        JsonPath startedSvc = rest("xg-leader", "/api/projects", Map.of("park", DemoZone.XINGGUO, "size", 200,
                "stage", "STARTED"));
        assertThat(started.getLong("data.projects.total")).isEqualTo(startedSvc.getLong("total")).isPositive()
                .isLessThan(all.getLong("total"));
        assertThat(started.getList("data.projects.items.stage", String.class)).containsOnly("STARTED");
        assertThat(started.getList("data.projects.items.stageName", String.class)).containsOnly("开工");
        assertThat(comparable(started.getList("data.projects.items"), COMPARED))
                .isEqualTo(comparable(startedSvc.getList("items"), COMPARED));
    }

    @Test
    void theOtherLedgersThroughTheGatewayAreProjectsServicesAnswers() {
        String xg = DemoZone.XINGGUO;
        JsonPath gw = graphql("xg-leader", """
                query($park: String) {
                  leads(park: $park, size: 200, sort: "company,asc") { total items { id company status statusName owner } }
                  promotionActivities(park: $park, size: 200) { total items { id kind kindName title startOn leadIds } }
                  meetings(park: $park, size: 200) { total items { id kind kindName title heldOn } }
                  projectIssues(park: $park) { id projectId status statusName category deadline overdue }
                  signedNotStartedProjects(park: $park) { project { id stage } workingDaysSinceSigning overTarget }
                  stalledProjects(park: $park) { project { id } daysSilent stalledAfterDays }
                }""", vars("park", xg));
        assertThat(gw.getList("errors")).isNull();

        JsonPath leads = rest("xg-leader", "/api/leads", Map.of("park", xg, "size", 200, "sort", "company,asc"));
        assertThat(gw.getLong("data.leads.total")).isEqualTo(leads.getLong("total")).isPositive();
        List<String> leadFields = List.of("id", "company", "status", "statusName", "owner");
        assertThat(comparable(gw.getList("data.leads.items"), leadFields))
                .isEqualTo(comparable(leads.getList("items"), leadFields));

        JsonPath activities = rest("xg-leader", "/api/activities", Map.of("park", xg, "size", 200));
        assertThat(gw.getLong("data.promotionActivities.total")).isEqualTo(activities.getLong("total")).isPositive();
        assertThat(gw.getList("data.promotionActivities.items.id")).isEqualTo(activities.getList("items.id"));
        assertThat(gw.getList("data.promotionActivities.items.kindName"))
                .isEqualTo(activities.getList("items.kindName"));

        JsonPath meetings = rest("xg-leader", "/api/meetings", Map.of("park", xg, "size", 200));
        assertThat(gw.getLong("data.meetings.total")).isEqualTo(meetings.getLong("total"));
        assertThat(gw.getList("data.meetings.items.id")).isEqualTo(meetings.getList("items.id"));

        JsonPath issues = rest("xg-leader", "/api/issues", Map.of("park", xg));
        assertThat(gw.getList("data.projectIssues.id")).isEqualTo(issues.getList("id"));
        assertThat(gw.getList("data.projectIssues.overdue")).isEqualTo(issues.getList("overdue"));

        JsonPath notStarted = rest("xg-leader", "/api/projects/signed-not-started", Map.of("park", xg));
        assertThat(gw.getList("data.signedNotStartedProjects.project.id"))
                .isEqualTo(notStarted.getList("project.id"));
        assertThat(gw.getList("data.signedNotStartedProjects.workingDaysSinceSigning"))
                .isEqualTo(notStarted.getList("workingDaysSinceSigning"));
        JsonPath stalled = rest("xg-leader", "/api/projects/stalled", Map.of("park", xg));
        assertThat(gw.getList("data.stalledProjects.project.id")).isEqualTo(stalled.getList("project.id"));

        // a lead filter and a page of leads
        JsonPath talks = graphql("xg-leader", """
                query($park: String) { leads(park: $park, filter: {status: NEGOTIATING}, page: 0, size: 2) {
                  total totalPages items { status } } }""", vars("park", xg));
        JsonPath talksSvc = rest("xg-leader", "/api/leads", Map.of("park", xg, "status", "NEGOTIATING", "size", 2));
        assertThat(talks.getLong("data.leads.total")).isEqualTo(talksSvc.getLong("total"));
        assertThat(talks.getInt("data.leads.totalPages")).isEqualTo(talksSvc.getInt("totalPages"));
        assertThat(talks.getList("data.leads.items.status", String.class)).containsOnly("NEGOTIATING");
    }

    @Test
    void aProjectsHistoryProgressAndTheParksTargetAreTheServicesAnswers() {
        String xg = DemoZone.XINGGUO;
        String started = rest("xg-leader", "/api/projects", Map.of("park", xg, "stage", "STARTED", "size", 1))
                .getString("items[0].id");
        JsonPath gw = graphql("xg-leader", """
                query($id: ID!) {
                  project(id: $id) { id stage stageName }
                  projectHistory(id: $id) { from to toName on actor }
                  projectProgress(projectId: $id) { id reportDate imageProgress cumulativeInvestment version }
                }""", vars("id", started));
        assertThat(gw.getList("errors")).isNull();
        assertThat(gw.getString("data.project.stageName")).isEqualTo("开工");
        JsonPath history = rest("xg-leader", "/api/projects/" + started + "/history", Map.of());
        assertThat(gw.getList("data.projectHistory.toName")).isEqualTo(history.getList("toName")).contains("开工");
        JsonPath progress = rest("xg-leader", "/api/projects/" + started + "/progress", Map.of());
        assertThat(gw.getList("data.projectProgress.id")).isEqualTo(progress.getList("id"));
    }

    // ---- Project.investor ----

    /**
     * Calls the gateway's fault-tolerant client bean method has made so far: its {@code ft.invocations.total}
     * counter (one per downstream call when nothing is retried). The typed GraphQL clients' Vert.x web clients
     * have no metrics name, so they do not appear in {@code http_client_requests}, which counts the REST look-ups.
     */
    private static long calls(String metrics, String method) {
        Matcher m = Pattern.compile("ft_invocations_total\\{[^}]*method=\"" + Pattern.quote(method)
                + "\"[^}]*} ([0-9.E]+)").matcher(metrics);
        long total = 0;
        while (m.find()) {
            total += (long) Double.parseDouble(m.group(1));
        }
        return total;
    }

    private static String metrics() {
        return given().get(Platform.get().gatewayManagement.resolve("/q/metrics")).then().statusCode(200).extract()
                .asString();
    }

    /** The lines of the gateway's metrics that count downstream calls (for a failure's message). */
    private static String downstreamLines(String metrics) {
        return metrics.lines()
                .filter(l -> l.startsWith("ft_invocations_total") || l.startsWith("http_client_requests_seconds_count"))
                .reduce("", (a, b) -> a + "\n" + b);
    }

    private static final String BY_IDS = "cn.yuanqu.gateway.enterprises.EnterprisesClient.byIds";
    private static final String LEDGER = "cn.yuanqu.gateway.projects.ProjectsLedgerClient.projects";

    @Test
    void theInvestorsOfAPageOfProjectsCostOneEnterprisesServiceCall() {
        String page = """
                { projects(park: "xingguo", size: 100) { items { id investorId %s } } }""";
        // the same page without and with the join
        String before = metrics();
        JsonPath plain = graphql("xg-leader", page.formatted(""), Map.of());
        String between = metrics();
        JsonPath joined = graphql("xg-leader", page.formatted("investor { id name park }"), Map.of());
        String after = metrics();
        assertThat(plain.getList("errors")).isNull();
        assertThat(joined.getList("errors")).isNull();
        assertThat(calls(between, LEDGER) - calls(before, LEDGER)).as("the ledger: one projects-service call%s",
                downstreamLines(between)).isEqualTo(1);
        assertThat(calls(between, BY_IDS) - calls(before, BY_IDS)).as("no investor asked: no enterprises-service call")
                .isZero();
        assertThat(calls(after, LEDGER) - calls(between, LEDGER)).as("the ledger: one projects-service call").isEqualTo(1);
        assertThat(calls(after, BY_IDS) - calls(between, BY_IDS))
                .as("the investors of 100 projects: one enterprises-service call%s", downstreamLines(after)).isEqualTo(1);

        List<Map<String, Object>> items = joined.getList("data.projects.items");
        assertThat(items.stream().filter(i -> i.get("investorId") != null).map(i -> i.get("investorId")).distinct()
                .count()).as("distinct investors in the page").isGreaterThan(1);
        for (Map<String, Object> item : items) {
            @SuppressWarnings("unchecked")
            Map<String, Object> investor = (Map<String, Object>) item.get("investor");
            if (item.get("investorId") == null) {
                assertThat(investor).isNull();
            } else {
                assertThat(investor).isNotNull();
                assertThat(investor.get("id")).isEqualTo(item.get("investorId"));
                assertThat(investor.get("park")).isEqualTo("xingguo");
            }
        }
        // the investor's name is enterprises-service's
        Map<String, Object> first = items.stream().filter(i -> i.get("investorId") != null).findFirst().orElseThrow();
        Platform p = Platform.get();
        String name = given().auth().oauth2(p.token("xg-leader"))
                .get(p.enterprises.resolve("/api/enterprises/" + first.get("investorId"))).then().statusCode(200)
                .extract().path("name");
        assertThat(((Map<?, ?>) first.get("investor")).get("name")).isEqualTo(name);
    }

    // ---- workflow, in a park of its own ----

    static String registerEnterprise(String name) {
        Platform p = Platform.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("creditCode", ProjectInvestorTest.newCreditCode());
        body.put("name", name);
        body.put("industryChain", "电子信息");
        body.put("settledOn", "2024-01-02");
        return given().auth().oauth2(p.token("admin")).contentType(ContentType.JSON).queryParam("park", PARK).body(body)
                .post(p.enterprises.resolve("/api/enterprises")).then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> projectInput(String name, String investorId, String signedOn) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("category", "INDUSTRIAL");
        input.put("investorId", investorId);
        input.put("industryChain", "电子信息");
        input.put("totalInvestment", 120000000);
        input.put("signedOn", signedOn);
        return input;
    }

    private static final String MOVE = """
            mutation($id: ID!, $version: BigInteger!, $step: StageTransitionInput!) {
              moveProjectStage(id: $id, version: $version, step: $step) { id stage stageName stageSince nextStages version } }""";

    private static JsonPath move(String id, long version, String to, String on) {
        return graphql("admin", MOVE, vars("id", id, "version", version, "step", Map.of("to", to, "effectiveDate", on)));
    }

    @Test
    void aProjectIsRecordedApprovedAndMovedThroughItsStagesWithIllegalMovesAndStaleVersionsRefused() {
        String investorName = unique("兴国测试电子有限公司");
        String investor = registerEnterprise(investorName);
        String name = unique("年产500万片电路板项目");
        JsonPath created = graphql("admin", """
                mutation($park: String, $input: ProjectInput!) { createProject(park: $park, input: $input) {
                  %s investor { id name } } }""".formatted(PROJECT_FIELDS),
                vars("park", PARK, "input", projectInput(name, investor, "2024-03-15")));
        assertThat(created.getList("errors")).isNull();
        String id = created.getString("data.createProject.id");
        assertThat(created.getString("data.createProject.stage")).isEqualTo("SIGNED");
        assertThat(created.getString("data.createProject.stageName")).isEqualTo("签约");
        assertThat(created.getList("data.createProject.nextStages")).containsExactly("APPROVED", "SUSPENDED", "TERMINATED");
        assertThat(created.getString("data.createProject.investor.name")).isEqualTo(investorName);
        long version = created.getLong("data.createProject.version");

        // 签约 → 开工 skips the joint review and the land: refused with the service's code, nothing changes
        JsonPath illegal = move(id, version, "STARTED", "2024-04-01");
        assertThat(illegal.getString("errors[0].extensions.code")).isEqualTo("illegal-transition");
        assertThat(illegal.getString("errors[0].message")).contains("签约");
        assertThat(illegal.getString("data.moveProjectStage")).isNull();

        // 联审通过 by a joint-review meeting
        JsonPath meeting = graphql("admin", """
                mutation($park: String, $input: MeetingInput!) { recordMeeting(park: $park, input: $input) { id kind kindName } }""",
                vars("park", PARK, "input", Map.of("kind", "JOINT_REVIEW", "heldOn", "2024-04-01",
                        "title", unique("项目联审会"))));
        assertThat(meeting.getString("data.recordMeeting.kindName")).isEqualTo("联审会议");
        String meetingId = meeting.getString("data.recordMeeting.id");
        JsonPath approved = graphql("admin", """
                mutation($meetingId: ID!, $input: ApprovalInput!) { approveProject(meetingId: $meetingId, input: $input) {
                  stage stageName version } }""", vars("meetingId", meetingId, "input", Map.of("projectId", id, "version", version)));
        assertThat(approved.getList("errors")).isNull();
        assertThat(approved.getString("data.approveProject.stageName")).isEqualTo("联审通过");
        long approvedVersion = approved.getLong("data.approveProject.version");

        // the version read before the approval is stale now
        JsonPath stale = move(id, version, "LAND_SUPPLIED", "2024-04-20");
        assertThat(stale.getString("errors[0].extensions.code")).isEqualTo("stale-version");

        JsonPath land = move(id, approvedVersion, "LAND_SUPPLIED", "2024-04-20");
        assertThat(land.getString("data.moveProjectStage.stageName")).isEqualTo("供地");
        JsonPath start = move(id, land.getLong("data.moveProjectStage.version"), "STARTED", "2024-05-06");
        assertThat(start.getString("data.moveProjectStage.stageName")).isEqualTo("开工");

        // progress while under construction, corrected with its version
        Map<String, Object> report = new HashMap<>(Map.of("kind", "MONTH", "reportDate", "2024-06-30",
                "cumulativeInvestment", 30000000, "imageProgress", 25, "milestone", "主体结构施工"));
        JsonPath reported = graphql("admin", """
                mutation($id: ID!, $input: ProgressInput!) { reportProjectProgress(projectId: $id, input: $input) {
                  id projectId imageProgress version } }""", vars("id", id, "input", report));
        assertThat(reported.getList("errors")).isNull();
        String reportId = reported.getString("data.reportProjectProgress.id");
        report.put("imageProgress", 30);
        JsonPath corrected = graphql("admin", """
                mutation($id: ID!, $reportId: ID!, $version: BigInteger!, $input: ProgressInput!) {
                  correctProjectProgress(projectId: $id, reportId: $reportId, version: $version, input: $input) {
                  imageProgress version } }""", vars("id", id, "reportId", reportId,
                "version", reported.getLong("data.reportProjectProgress.version"), "input", report));
        assertThat(corrected.getList("errors")).isNull();
        assertThat(new BigDecimal(corrected.getString("data.correctProjectProgress.imageProgress")))
                .isEqualByComparingTo("30");

        // an issue raised in a scheduling meeting and resolved
        String weekly = graphql("admin", """
                mutation($park: String, $input: MeetingInput!) { recordMeeting(park: $park, input: $input) { id } }""",
                vars("park", PARK, "input", Map.of("kind", "WEEKLY_SCHEDULING", "heldOn", "2024-06-03",
                        "title", unique("项目调度会")))).getString("data.recordMeeting.id");
        JsonPath raised = graphql("admin", """
                mutation($meetingId: ID!, $input: IssueInput!) { raiseProjectIssue(meetingId: $meetingId, input: $input) {
                  id status statusName version } }""", vars("meetingId", weekly, "input", Map.of("projectId", id,
                "category", "UTILITIES", "description", "施工用电未接通", "responsibleUnit", "供电公司", "deadline", "2024-06-20")));
        assertThat(raised.getString("data.raiseProjectIssue.statusName")).isEqualTo("待解决");
        JsonPath resolved = graphql("admin", """
                mutation($id: ID!, $version: BigInteger!, $input: IssueResolutionInput!) {
                  resolveProjectIssue(id: $id, version: $version, input: $input) { status statusName resolvedOn } }""",
                vars("id", raised.getString("data.raiseProjectIssue.id"), "version",
                        raised.getLong("data.raiseProjectIssue.version"),
                        "input", Map.of("resolvedOn", "2024-06-15", "resolution", "已接通临时用电")));
        assertThat(resolved.getString("data.resolveProjectIssue.statusName")).isEqualTo("已解决");

        JsonPath done = move(id, start.getLong("data.moveProjectStage.version"), "COMPLETED", "2024-10-08");
        assertThat(done.getList("errors")).isNull();
        assertThat(done.getString("data.moveProjectStage.stageName")).isEqualTo("竣工");
        assertThat(done.getList("data.moveProjectStage.nextStages")).containsExactly("IN_PRODUCTION", "SUSPENDED", "TERMINATED");

        // the recorded steps, the updated record, and the enterprise's projects (一企一档) show the same project
        JsonPath read = graphql("admin", """
                query($id: ID!, $investor: ID!) {
                  projectHistory(id: $id) { from to toName on meetingId }
                  projectIssues(park: "e2e-gw-projects", projectId: $id) { status }
                  projectProgress(projectId: $id) { imageProgress }
                  enterprise(id: $investor) { projects { id stage stageName startedOn completedOn version } }
                }""", vars("id", id, "investor", investor));
        assertThat(read.getList("errors")).isNull();
        assertThat(read.getList("data.projectHistory.toName")).containsExactly("签约", "联审通过", "供地", "开工", "竣工");
        assertThat(read.getString("data.projectHistory[1].meetingId")).isEqualTo(meetingId);
        assertThat(read.getList("data.projectIssues.status")).containsExactly("RESOLVED");
        assertThat(read.getList("data.projectProgress")).hasSize(1);
        assertThat(read.getList("data.enterprise.projects.id")).containsExactly(id);
        assertThat(read.getString("data.enterprise.projects[0].stage")).isEqualTo("COMPLETED");
        assertThat(read.getString("data.enterprise.projects[0].completedOn")).isEqualTo("2024-10-08");
        assertThat(read.getLong("data.enterprise.projects[0].version")).isEqualTo(done.getLong("data.moveProjectStage.version"));

        // correcting the record needs the current version
        Map<String, Object> corrected2 = projectInput(name, investor, "2024-03-15");
        corrected2.put("leader", "张三");
        JsonPath staleUpdate = graphql("admin", """
                mutation($id: ID!, $version: BigInteger!, $input: ProjectInput!) {
                  updateProject(id: $id, version: $version, input: $input) { leader version } }""",
                vars("id", id, "version", approvedVersion, "input", corrected2));
        assertThat(staleUpdate.getString("errors[0].extensions.code")).isEqualTo("stale-version");
        JsonPath updated = graphql("admin", """
                mutation($id: ID!, $version: BigInteger!, $input: ProjectInput!) {
                  updateProject(id: $id, version: $version, input: $input) { leader version } }""",
                vars("id", id, "version", done.getLong("data.moveProjectStage.version"), "input", corrected2));
        assertThat(updated.getString("data.updateProject.leader")).isEqualTo("张三");
    }

    @Test
    void aLeadIsRecordedTalkedToFollowedUpAndSignedIntoAProject() {
        String investor = registerEnterprise(unique("兴国测试新材料有限公司"));
        String company = unique("深圳某新材料科技有限公司");
        JsonPath lead = graphql("admin", """
                mutation($park: String, $input: LeadInput!) { recordLead(park: $park, input: $input) {
                  id status statusName nextStatuses version } }""", vars("park", PARK, "input", Map.of("company", company,
                "sourceRegion", "深圳", "industryChain", "新材料", "owner", "招商一组", "firstContactOn", "2024-01-10")));
        assertThat(lead.getList("errors")).isNull();
        String id = lead.getString("data.recordLead.id");
        assertThat(lead.getString("data.recordLead.statusName")).isEqualTo("线索");

        // signing a lead not yet in talks is refused
        Map<String, Object> signing = Map.of("project", projectInput(unique("新材料项目"), investor, "2024-03-01"));
        String sign = """
                mutation($id: ID!, $version: BigInteger!, $input: SigningInput!) { signLead(id: $id, version: $version, input: $input) {
                  lead { status statusName projectId } project { id stage leadId investor { id } } } }""";
        JsonPath early = graphql("admin", sign, vars("id", id, "version", lead.getLong("data.recordLead.version"),
                "input", signing));
        assertThat(early.getString("errors[0].extensions.code")).isEqualTo("illegal-transition");

        JsonPath talks = graphql("admin", """
                mutation($id: ID!, $version: BigInteger!, $step: LeadTransitionInput!) { moveLead(id: $id, version: $version, step: $step) {
                  status statusName version } }""", vars("id", id, "version", lead.getLong("data.recordLead.version"),
                "step", Map.of("to", "NEGOTIATING", "effectiveDate", "2024-02-01")));
        assertThat(talks.getString("data.moveLead.statusName")).isEqualTo("洽谈");
        JsonPath followUp = graphql("admin", """
                mutation($id: ID!, $input: FollowUpInput!) { followUpLead(id: $id, input: $input) { kind text } }""",
                vars("id", id, "input", Map.of("on", "2024-02-10", "text", "客商来园考察标准厂房")));
        assertThat(followUp.getString("data.followUpLead.text")).isEqualTo("客商来园考察标准厂房");

        JsonPath activity = graphql("admin", """
                mutation($park: String, $input: ActivityInput!) { recordPromotionActivity(park: $park, input: $input) {
                  id kindName leadIds version } }""", vars("park", PARK, "input", Map.of("kind", "TRIP",
                "startOn", "2024-02-05", "title", unique("赴深圳新材料产业招商"), "leadIds", List.of(id))));
        assertThat(activity.getList("data.recordPromotionActivity.leadIds")).containsExactly(id);
        assertThat(activity.getString("data.recordPromotionActivity.kindName")).isEqualTo("外出招商");

        JsonPath signed = graphql("admin", sign, vars("id", id, "version", talks.getLong("data.moveLead.version"),
                "input", signing));
        assertThat(signed.getList("errors")).isNull();
        assertThat(signed.getString("data.signLead.lead.statusName")).isEqualTo("签约");
        assertThat(signed.getString("data.signLead.project.stage")).isEqualTo("SIGNED");
        assertThat(signed.getString("data.signLead.project.leadId")).isEqualTo(id);
        assertThat(signed.getString("data.signLead.project.investor.id")).isEqualTo(investor);
        assertThat(signed.getString("data.signLead.lead.projectId")).isEqualTo(signed.getString("data.signLead.project.id"));

        JsonPath log = graphql("admin", "query($id: ID!) { lead(id: $id) { status } leadLog(id: $id) { kind to text } }",
                vars("id", id));
        assertThat(log.getString("data.lead.status")).isEqualTo("SIGNED");
        assertThat(log.getList("data.leadLog.kind")).contains("STATUS", "FOLLOW_UP");
    }

    @Test
    void theParksAnnualTargetIsSetThenChangedWithItsVersion() {
        String park = unique("e2e-gw-target");
        String set = """
                mutation($park: String, $version: BigInteger, $input: AnnualTargetInput!) {
                  setAnnualTarget(park: $park, year: 2024, version: $version, input: $input) { year newStarts version } }""";
        Map<String, Object> input = new HashMap<>(Map.of("newStarts", 28, "completions", 12,
                "fixedAssetInvestment", 3000000000L, "signedInvestment", 5000000000L));
        JsonPath first = graphql("admin", set, vars("park", park, "version", null, "input", input));
        assertThat(first.getList("errors")).isNull();
        assertThat(first.getInt("data.setAnnualTarget.newStarts")).isEqualTo(28);
        input.put("newStarts", 30);
        JsonPath second = graphql("admin", set, vars("park", park, "version", first.getLong("data.setAnnualTarget.version"),
                "input", input));
        assertThat(second.getInt("data.setAnnualTarget.newStarts")).isEqualTo(30);
        JsonPath stale = graphql("admin", set, vars("park", park, "version", first.getLong("data.setAnnualTarget.version"),
                "input", input));
        assertThat(stale.getString("errors[0].extensions.code")).isEqualTo("stale-version");
        JsonPath read = graphql("admin", "query($park: String) { annualTarget(park: $park, year: 2024) { newStarts } }",
                vars("park", park));
        assertThat(read.getInt("data.annualTarget.newStarts")).isEqualTo(30);
    }

    // ---- roles and parks ----

    @Test
    void aLeaderCannotRecordAProjectAndNothingIsWritten() {
        String name = unique("越权登记项目");
        JsonPath refused = graphql("xg-leader", """
                mutation($input: ProjectInput!) { createProject(input: $input) { id } }""",
                vars("input", Map.of("name", name, "category", "INFRASTRUCTURE", "totalInvestment", 1000,
                        "signedOn", "2024-03-01")));
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("forbidden");
        assertThat(refused.getString("data")).isNull();
        JsonPath none = graphql("xg-leader", PROJECTS, vars("filter", Map.of("name", name)));
        assertThat(none.getLong("data.projects.total")).isZero();
    }

    @Test
    void anotherParksLeaderSeesNoXingguoProject() {
        String xingguoProject = rest("xg-leader", "/api/projects", Map.of("park", DemoZone.XINGGUO, "size", 1))
                .getString("items[0].id");
        JsonPath own = graphql("d2-leader", PROJECTS, vars("size", 200));
        assertThat(own.getList("errors")).isNull();
        assertThat(own.getLong("data.projects.total"))
                .isEqualTo(rest("d2-leader", "/api/projects", Map.of("size", 1)).getLong("total"));
        assertThat(own.getList("data.projects.items.park", String.class)).allMatch(DemoZone.DEMO2::equals);
        assertThat(own.getList("data.projects.items.id")).doesNotContain(xingguoProject);
        // nor in the other ledgers
        JsonPath leads = graphql("d2-leader", "{ leads(size: 200) { items { park } } projectIssues { park } }", Map.of());
        assertThat(leads.getList("errors")).isNull();
        assertThat(leads.getList("data.leads.items.park", String.class)).allMatch(DemoZone.DEMO2::equals);
        assertThat(leads.getList("data.projectIssues.park", String.class)).allMatch(DemoZone.DEMO2::equals);

        JsonPath other = graphql("d2-leader", PROJECTS, vars("park", DemoZone.XINGGUO));
        assertThat(other.getString("errors[0].extensions.code")).isEqualTo("forbidden");
        JsonPath byId = graphql("d2-leader", "query($id: ID!) { project(id: $id) { id name } projectHistory(id: $id) { to } }",
                vars("id", xingguoProject));
        assertThat(byId.getList("errors.extensions.code", String.class)).containsOnly("not-found");
        assertThat(byId.getString("data.project")).isNull();
    }
}
