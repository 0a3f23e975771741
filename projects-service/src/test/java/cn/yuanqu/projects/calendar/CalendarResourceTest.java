package cn.yuanqu.projects.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/** The per-park working-day calendar: the national arrangement, a park's own days, who may set them. */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class CalendarResourceTest {

    @Test
    void theNationalArrangementIsTheDefault() {
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/calendar/2024").then().statusCode(200)
                .body("park", equalTo("xingguo")).body("workingDays", equalTo(251))
                .body("days.find { it.day == '2024-02-12' }.name", equalTo("春节"))
                .body("days.find { it.day == '2024-02-18' }.working", equalTo(true))
                .body("days.find { it.day == '2024-02-18' }.source", equalTo("NATIONAL"));
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/calendar/1999").then().statusCode(400)
                .body("violations[0].field", equalTo("year"));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("from", "2024-02-30").get("/api/calendar/working-days")
                .then().statusCode(400).body("violations.field", hasItem("from")).body("violations.field", hasItem("to"));
    }

    @Test
    void anAdminSetsAParksOwnDaysAndOnlyThatParkSeesThem() {
        // demo2 takes a local holiday on Monday 8 April 2025 and works Saturday 12 April 2025 instead
        var days = Map.of("days", List.of(
                Map.of("day", "2025-04-08", "working", false, "name", "县庆"),
                Map.of("day", "2025-04-12", "working", true, "name", "县庆调休上班")));
        given().auth().oauth2(Tokens.of("d2-leader")).contentType(ContentType.JSON).body(days)
                .put("/api/calendar/2025").then().statusCode(403);
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).queryParam("park", "demo2").body(days)
                .put("/api/calendar/2025").then().statusCode(200)
                .body("days.find { it.day == '2025-04-08' }.source", equalTo("PARK"));

        // Mon 7 → Fri 11 April: 兴国 works Tue–Fri (4), demo2 not on Tuesday (3); to Mon 14: demo2 gains Saturday
        given().auth().oauth2(Tokens.of("d2-leader")).queryParam("from", "2025-04-07").queryParam("to", "2025-04-11")
                .get("/api/calendar/working-days").then().statusCode(200).body("workingDays", equalTo(3));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("from", "2025-04-07").queryParam("to", "2025-04-11")
                .get("/api/calendar/working-days").then().statusCode(200).body("workingDays", equalTo(4));
        given().auth().oauth2(Tokens.of("d2-leader")).queryParam("from", "2025-04-07").queryParam("to", "2025-04-14")
                .get("/api/calendar/working-days").then().statusCode(200).body("workingDays", equalTo(5));
        given().auth().oauth2(Tokens.of("xg-leader")).get("/api/calendar/2025").then().statusCode(200)
                .body("days.day", org.hamcrest.Matchers.not(hasItem("2025-04-08")));

        var wrong = Map.of("days", List.of(Map.of("day", "2026-01-05", "working", false, "name", "x"),
                Map.of("day", "2025-05-06", "working", false, "name", "a"),
                Map.of("day", "2025-05-06", "working", false, "name", "b")));
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).queryParam("park", "demo2").body(wrong)
                .put("/api/calendar/2025").then().statusCode(422)
                .body("violations.field", hasItem("days[0].day")).body("violations.field", hasItem("days[2].day"));
    }
}
