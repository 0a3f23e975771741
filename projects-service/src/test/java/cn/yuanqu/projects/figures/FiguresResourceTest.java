package cn.yuanqu.projects.figures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/**
 * The figures endpoint over a park of its own ({@code figtest}, written by admin): every figure comes out
 * of the records written here, for 2024 against 2023.
 */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class FiguresResourceTest {

    static final String PARK = "figtest";

    static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).queryParam("park", PARK);
    }

    static String post(String path, Object body) {
        return admin().body(body).post(path).then().statusCode(201).extract().path("id");
    }

    static void ok(String path, long version, Object body) {
        admin().header("If-Match", "\"" + version + "\"").body(body).post(path).then().statusCode(200);
    }

    static Map<String, Object> project(String name, String category, String signedOn, String total) {
        Map<String, Object> p = new HashMap<>(Map.of("name", name, "category", category, "signedOn", signedOn,
                "totalInvestment", total));
        if (!category.equals("INFRASTRUCTURE")) {
            p.put("investorId", FakeEnterprises.FIGTEST);
        }
        return p;
    }

    static void activity(String kind, String on) {
        post("/api/activities", Map.of("kind", kind, "startOn", on, "title", kind + on));
    }

    static synchronized void load() {
        if (admin().queryParam("name", "项目A").get("/api/projects").then().extract().<Integer> path("total") > 0) {
            return;
        }
        // 2023: one trip, project A signed (never started), infrastructure C started with a first report
        activity("TRIP", "2023-05-01");
        post("/api/projects", project("项目A", "INDUSTRIAL", "2023-03-01", "100000000"));
        String c = post("/api/projects", project("污水管网C", "INFRASTRUCTURE", "2023-09-01", "37000000"));
        ok("/api/projects/" + c + "/transitions", 0, Map.of("to", "STARTED", "effectiveDate", "2023-10-09"));
        progress(c, "2023-12-31", "1000000", "20", "2.0");
        // 2024: two trips, three receptions; two leads, one still in talks, one signed as project B
        activity("TRIP", "2024-03-05");
        activity("TRIP", "2024-09-12");
        activity("RECEPTION", "2024-01-20");
        activity("RECEPTION", "2024-05-20");
        activity("RECEPTION", "2024-11-20");
        String l1 = post("/api/leads", lead("株洲测试电子", "2024-02-01"));
        ok("/api/leads/" + l1 + "/transitions", 0, Map.of("to", "NEGOTIATING", "effectiveDate", "2024-03-01"));
        String l2 = post("/api/leads", lead("深圳测试科技", "2024-01-10"));
        ok("/api/leads/" + l2 + "/transitions", 0, Map.of("to", "NEGOTIATING", "effectiveDate", "2024-02-15"));
        Map<String, Object> b = project("项目B", "INDUSTRIAL", "2024-04-01", "500000000");
        b.put("keyLevel", "COUNTY_TOP");
        String projectB = admin().header("If-Match", "\"1\"").body(Map.of("project", b))
                .post("/api/leads/" + l2 + "/signing").then().statusCode(200).extract().path("project.id");
        String review = post("/api/meetings", Map.of("kind", "JOINT_REVIEW", "heldOn", "2024-04-20", "title", "联审会"));
        admin().body(Map.of("projectId", projectB, "version", 0)).post("/api/meetings/" + review + "/approvals").then()
                .statusCode(200);
        ok("/api/projects/" + projectB + "/transitions", 1, Map.of("to", "LAND_SUPPLIED", "effectiveDate", "2024-05-06"));
        ok("/api/projects/" + projectB + "/transitions", 2, Map.of("to", "STARTED", "effectiveDate", "2024-06-03"));
        ok("/api/projects/" + projectB + "/transitions", 3, Map.of("to", "COMPLETED", "effectiveDate", "2024-12-10"));
        progress(c, "2024-06-30", "4000000", "60", "6.0");
        progress(c, "2024-12-31", "6500000", "100", "10.2");
        // a weekly meeting raises two issues: one resolved, one overdue at the end of 2024
        String weekly = post("/api/meetings", Map.of("kind", "WEEKLY_SCHEDULING", "heldOn", "2024-07-01", "title", "周调度"));
        String i1 = admin().body(issue(c, "2024-07-15")).post("/api/meetings/" + weekly + "/issues").then().statusCode(201)
                .extract().path("id");
        admin().body(issue(projectB, "2024-08-15")).post("/api/meetings/" + weekly + "/issues").then().statusCode(201);
        ok("/api/issues/" + i1 + "/resolution", 0, Map.of("resolvedOn", "2024-07-10", "resolution", "已协调"));
        admin().body(Map.of("newStarts", 2, "completions", 1, "fixedAssetInvestment", "10000000",
                "signedInvestment", "1000000000")).put("/api/targets/2024").then().statusCode(200);
    }

    static Map<String, Object> lead(String company, String on) {
        return Map.of("company", company, "owner", "曾伟", "firstContactOn", on);
    }

    static Map<String, Object> issue(String project, String deadline) {
        return Map.of("projectId", project, "category", "LAND", "description", "用地报批", "responsibleUnit", "自然资源局",
                "deadline", deadline);
    }

    static void progress(String project, String date, String investment, String image, String pipe) {
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON)
                .body(Map.of("kind", "MONTH", "reportDate", date, "cumulativeInvestment", investment,
                        "imageProgress", image, "pipeKm", pipe, "milestone", "管网铺设"))
                .post("/api/projects/" + project + "/progress").then().statusCode(201);
    }

    static JsonPath figures(String from, String to) {
        return new JsonPath(given().auth().oauth2(Tokens.of("admin")).queryParam("park", PARK).queryParam("from", from)
                .queryParam("to", to).get("/api/figures").then().statusCode(200).extract().asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static BigDecimal value(JsonPath f, String key) {
        return f.getObject("parks[0].figures.find { it.key == '" + key + "' }.value", BigDecimal.class);
    }

    static BigDecimal base(JsonPath f, String key) {
        return f.getObject("parks[0].figures.find { it.key == '" + key + "' }.base", BigDecimal.class);
    }

    static void is(BigDecimal actual, String expected) {
        assertThat(actual).isEqualByComparingTo(expected);
    }

    @Test
    void theYearsFiguresComeFromTheRecords() {
        load();
        JsonPath f = figures("2024-01", "2024-12");
        assertThat(f.getString("baseFrom")).isEqualTo("2023-01");
        is(value(f, "activities.trips"), "2");
        is(base(f, "activities.trips"), "1");
        is(f.getObject("parks[0].figures.find { it.key == 'activities.trips' }.ratio", BigDecimal.class), "1");
        is(value(f, "activities.receptions"), "3");
        is(value(f, "leads.new"), "2");
        is(value(f, "leads.signed"), "1");
        is(value(f, "leads.negotiating"), "1");
        is(value(f, "projects.signed"), "1");
        is(value(f, "projects.signedInvestment"), "500000000");
        is(base(f, "projects.signed"), "1");
        is(value(f, "projects.approved"), "1");
        is(value(f, "projects.started"), "1");
        is(base(f, "projects.started"), "1");
        is(value(f, "projects.completed"), "1");
        is(value(f, "projects.underConstruction"), "1");
        is(value(f, "projects.signedNotStarted"), "1");
        is(value(f, "projects.investmentCompleted"), "5500000");
        is(base(f, "projects.investmentCompleted"), "1000000");
        is(value(f, "projects.pipeKm"), "8.2");
        is(value(f, "projects.avgWorkingDaysToStart"), "43");
        is(value(f, "issues.raised"), "2");
        is(value(f, "issues.resolved"), "1");
        is(value(f, "issues.overdue"), "1");
        is(value(f, "targets.startsShare"), "0.5");
        is(value(f, "targets.investmentShare"), "0.55");
        is(value(f, "targets.completionsShare"), "1");
        assertThat(value(f, "targets.signedInvestmentShare")).isEqualByComparingTo("0.5");
        assertThat(base(f, "targets.startsShare")).as("no 2023 target").isNull();

        List<String> started = f.getList("parks[0].highlights.find { it.key == 'projects.started' }.items.name");
        assertThat(started).containsExactly("项目B");
        assertThat(f.getString("parks[0].highlights.find { it.key == 'projects.started' }.items[0].detail"))
                .isEqualTo("产业项目，县重中之重");
        assertThat(f.getList("parks[0].highlights.find { it.key == 'leads.negotiating' }.items.name", String.class))
                .containsExactly("株洲测试电子");
        assertThat(f.getString("parks[0].highlights.find { it.key == 'projects.publicWorks' }.items[0].detail"))
                .startsWith("形象进度100%；管网10.2公里");
        assertThat(f.getString("parks[0].highlights.find { it.key == 'projects.publicWorks' }.items[0].date"))
                .as("the start day").isEqualTo("2023-10-09");
        assertThat(f.getObject("parks[0].highlights.find { it.key == 'projects.publicWorks' }.items[0].value", BigDecimal.class))
                .as("the total investment").isEqualByComparingTo("37000000");
    }

    @Test
    void aPastPeriodIsAsOfItsEnd() {
        load();
        JsonPath mid = figures("2024-01", "2024-06");
        // as of 2024-06-30: B has started, C's report of that day counts; the lead in talks already was
        is(value(mid, "projects.underConstruction"), "2");
        is(value(mid, "projects.investmentCompleted"), "3000000");
        is(value(mid, "projects.completed"), "0");
        is(value(mid, "leads.negotiating"), "1");
    }

    @Test
    void badMonthsAndForeignParksAreRefused() {
        given().auth().oauth2(Tokens.of("admin")).queryParam("park", PARK).queryParam("from", "2024-13")
                .queryParam("to", "2024-01").get("/api/figures").then().statusCode(400);
        given().auth().oauth2(Tokens.of("d2-leader")).queryParam("park", PARK).queryParam("from", "2024-01")
                .queryParam("to", "2024-12").get("/api/figures").then().statusCode(403);
        given().auth().oauth2(Tokens.of("xg-ent-user")).queryParam("from", "2024-01").queryParam("to", "2024-12")
                .get("/api/figures").then().statusCode(403);
    }
}
