package cn.yuanqu.projects.project;

import static cn.yuanqu.projects.testing.TestProjects.approve;
import static cn.yuanqu.projects.testing.TestProjects.create;
import static cn.yuanqu.projects.testing.TestProjects.industrial;
import static cn.yuanqu.projects.testing.TestProjects.infrastructure;
import static cn.yuanqu.projects.testing.TestProjects.move;
import static cn.yuanqu.projects.testing.TestProjects.report;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/** The lists officers live in: 签约未开工 in working days, stalled projects, and the progress rules. */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class ProjectListsTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    static JsonPath signedNotStarted(String user) {
        return given().auth().oauth2(Tokens.of(user)).get("/api/projects/signed-not-started").then().statusCode(200)
                .extract().jsonPath();
    }

    static Map<String, Object> entry(JsonPath list, String id) {
        List<Map<String, Object>> items = list.getList("findAll { it.project.id == '" + id + "' }");
        return items.isEmpty() ? null : items.get(0);
    }

    @Test
    void signedNotStartedCountsWorkingDaysInTheParksCalendar() {
        String waiting = create("xg-project", industrial("2024-01-26")).statusCode(201).extract().path("id");
        String started = create("xg-project", industrial("2024-01-26")).statusCode(201).extract().path("id");
        approve(started, 0, "2024-02-01").statusCode(200);
        move("xg-project", started, 1, "LAND_SUPPLIED", "2024-02-20", null).statusCode(200);
        move("xg-project", started, 2, "STARTED", "2024-03-18", null).statusCode(200);
        String suspended = create("xg-project", industrial("2024-01-26")).statusCode(201).extract().path("id");
        approve(suspended, 0, "2024-02-01").statusCode(200);
        move("xg-project", suspended, 1, "SUSPENDED", "2024-03-01", "征迁未完成").statusCode(200);
        String publicWorks = create("xg-project", infrastructure("2024-01-26")).statusCode(201).extract().path("id");

        JsonPath list = signedNotStarted("xg-project");
        Map<String, Object> w = entry(list, waiting);
        assertThat(w).isNotNull();
        int expected = given().auth().oauth2(Tokens.of("xg-project")).queryParam("from", "2024-01-26")
                .queryParam("to", TODAY.toString()).get("/api/calendar/working-days").then().statusCode(200)
                .extract().path("workingDays");
        assertThat(w.get("workingDaysSinceSigning")).isEqualTo(expected);
        assertThat(w.get("targetWorkingDays")).isEqualTo(50);
        // the 50th working day after 26 Jan 2024, counted across 春节 and 清明 (national calendar)
        assertThat(w.get("startDeadline")).isEqualTo("2024-04-11");
        assertThat(w.get("overTarget")).isEqualTo(true);
        assertThat(entry(list, suspended)).as("suspended before the start: still signed and not started").isNotNull();
        assertThat(entry(list, started)).isNull();
        assertThat(entry(list, publicWorks)).as("only signed (industrial) projects").isNull();

        // days from signing to start across the Spring Festival: the calendar endpoint
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("from", "2024-02-08").queryParam("to", "2024-02-19")
                .get("/api/calendar/working-days").then().statusCode(200).body("workingDays", equalTo(3));
    }

    @Test
    void aProjectSignedTodayIsWithinTheTarget() {
        String id = create("xg-project", industrial(TODAY.toString())).statusCode(201).extract().path("id");
        Map<String, Object> e = entry(signedNotStarted("xg-leader"), id);
        assertThat(e.get("workingDaysSinceSigning")).isEqualTo(0);
        assertThat(e.get("overTarget")).isEqualTo(false);
        assertThat(entry(signedNotStarted("d2-leader"), id)).as("another park's list").isNull();
    }

    @Test
    void aProjectUnderConstructionWithoutRecentReportsIsStalled() {
        String silent = create("xg-project", infrastructure("2024-01-10")).statusCode(201).extract().path("id");
        move("xg-project", silent, 0, "STARTED", "2024-03-01", null).statusCode(200);
        String reporting = create("xg-project", infrastructure("2024-01-10")).statusCode(201).extract().path("id");
        move("xg-project", reporting, 0, "STARTED", "2024-03-01", null).statusCode(200);
        report("xg-project", reporting, "2024-03-31", "5000000", "10").statusCode(201);
        report("xg-project", reporting, TODAY.toString(), "9000000", "35").statusCode(201);

        JsonPath stalled = given().auth().oauth2(Tokens.of("xg-leader")).get("/api/projects/stalled").then()
                .statusCode(200).extract().jsonPath();
        List<String> ids = stalled.getList("project.id");
        assertThat(ids).contains(silent).doesNotContain(reporting);
        Map<String, Object> s = stalled.getList("findAll { it.project.id == '" + silent + "' }", Map.class).get(0);
        assertThat(s.get("lastReportDate")).isNull();
        assertThat(s.get("daysSilent")).isEqualTo((int) java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2024, 3, 1), TODAY));
        assertThat(s.get("stalledAfterDays")).isEqualTo(30);

        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("days", "0").get("/api/projects/stalled").then()
                .statusCode(400).body("violations[0].field", equalTo("days"));
    }

    @Test
    void progressFiguresAreCumulativeAndNeverGoBackwards() {
        String id = create("xg-project", infrastructure("2022-01-10")).statusCode(201).extract().path("id");
        move("xg-project", id, 0, "STARTED", "2022-03-01", null).statusCode(200);
        report("xg-project", id, "2022-03-31", "4000000", "10").statusCode(201).body("reportedBy", equalTo("xg-project"));
        report("xg-project", id, "2022-05-31", "11840000", "32").statusCode(201);
        // between the two: must lie between their figures
        report("xg-project", id, "2022-04-30", "3000000", "40").statusCode(422)
                .body("violations.field", hasItem("cumulativeInvestment")).body("violations.field", hasItem("imageProgress"));
        report("xg-project", id, "2022-04-30", "8000000", "20").statusCode(201);
        report("xg-project", id, "2022-04-30", "8000000", "20").statusCode(409).body("violations[0].field", equalTo("reportDate"));
        report("xg-project", id, "2021-12-31", "0", "0").statusCode(422).body("violations[0].field", equalTo("reportDate"));
        report("xg-project", id, "2022-06-30", "12000000", "101").statusCode(400).body("violations[0].field", equalTo("imageProgress"));
        report("xg-safety", id, "2022-06-30", "12000000", "40").statusCode(403);

        List<String> dates = given().auth().oauth2(Tokens.of("xg-leader")).get("/api/projects/" + id + "/progress")
                .then().statusCode(200).extract().path("reportDate");
        assertThat(dates).containsExactly("2022-03-31", "2022-04-30", "2022-05-31");

        move("xg-project", id, 1, "TERMINATED", "2022-06-15", "规划调整").statusCode(200);
        report("xg-project", id, "2022-06-30", "12000000", "40").statusCode(422).body("violations[0].rule", equalTo("NotTerminated"));
    }
}
