package cn.yuanqu.land.landcase;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/** The case procedure with real tokens: every step and refusal, 53号令 on the decision, the parcel marked. */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class LandCaseTest {

    static String parcel(String agreedStart, String status) {
        Map<String, Object> facts = new HashMap<>(Map.of("areaMu", 40, "landUse", "工业用地", "supplyMethod", "CONVEYANCE",
                "holderId", FakeEnterprises.SANY, "agreedStartOn", agreedStart, "landPrice", "12000000"));
        if (!status.equals("SUPPLIED_UNBUILT")) {
            facts.put("startedOn", agreedStart);
        }
        return given().auth().oauth2(Tokens.of("xg-land")).contentType(ContentType.JSON)
                .body(Map.of("code", "LC-" + UUID.randomUUID().toString().substring(0, 8), "name", "案件地块", "status", status,
                        "statusSince", "2019-06-01", "facts", facts))
                .post("/api/parcels").then().statusCode(201).extract().path("id");
    }

    static String doc() {
        return "兴经开土〔" + UUID.randomUUID().toString().substring(0, 8) + "〕号";
    }

    static ValidatableResponse open(String user, String parcelId, String kind, String on, String documentNo) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .body(Map.of("parcelId", parcelId, "kind", kind, "openedOn", on, "documentNo", documentNo))
                .post("/api/land-cases").then();
    }

    static ValidatableResponse step(String id, long version, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of("xg-land")).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(body).post("/api/land-cases/" + id + "/transitions").then();
    }

    static Map<String, Object> to(String status, String on, Object... more) {
        Map<String, Object> m = new HashMap<>(Map.of("to", status, "effectiveDate", on));
        for (int i = 0; i < more.length; i += 2) {
            m.put((String) more[i], more[i + 1]);
        }
        return m;
    }

    static String parcelStatus(String id) {
        return given().auth().oauth2(Tokens.of("xg-leader")).get("/api/parcels/" + id).then().statusCode(200).extract().path("status");
    }

    @Test
    void anIdleCaseRunsItsProcedureAndTheFeeIsComputed() {
        String p = parcel("2022-03-01", "SUPPLIED_UNBUILT");
        List<String> before = given().auth().oauth2(Tokens.of("xg-leader")).queryParam("asOf", "2023-02-28")
                .get("/api/land-cases/candidates").then().statusCode(200).extract().path("parcel.id");
        assertThat(before).doesNotContain(p);
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("asOf", "2023-03-01").get("/api/land-cases/candidates").then()
                .statusCode(200).body("parcel.id", hasItem(p));

        String id = open("xg-land", p, "IDLE", "2023-03-10", doc()).statusCode(201).body("statusName", equalTo("调查"))
                .body("suggestion.idle", equalTo(true)).body("suggestion.options", equalTo(List.of("IDLE_FEE", "DEADLINE_START")))
                .extract().path("id");
        open("xg-land", p, "IDLE", "2023-03-11", doc()).statusCode(409).body("code", equalTo("case-open"));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("asOf", "2023-03-01").get("/api/land-cases/candidates").then()
                .statusCode(200).body("parcel.id", not(hasItem(p)));

        step(id, 0, to("DETERMINED", "2023-04-01", "documentNo", doc())).statusCode(422).body("violations[0].field", equalTo("cause"));
        step(id, 0, to("DETERMINED", "2023-04-01", "cause", "ENTERPRISE")).statusCode(422)
                .body("violations[0].field", equalTo("documentNo"));
        step(id, 0, to("NOTIFIED", "2023-04-01", "documentNo", doc())).statusCode(422).body("code", equalTo("illegal-transition"));
        step(id, 0, to("DETERMINED", "2023-03-01", "cause", "ENTERPRISE", "documentNo", doc())).statusCode(422)
                .body("violations[0].field", equalTo("effectiveDate"));
        step(id, 0, to("DETERMINED", "2023-04-01", "cause", "ENTERPRISE", "documentNo", doc())).statusCode(200)
                .body("statusName", equalTo("认定"));
        assertThat(parcelStatus(p)).as("the parcel is marked idle").isEqualTo("IDLE");
        step(id, 0, to("NOTIFIED", "2023-04-10", "documentNo", doc())).statusCode(409);
        step(id, 1, to("NOTIFIED", "2023-04-10", "documentNo", doc())).statusCode(200);
        // one year idle: recovery without compensation is not lawful yet
        step(id, 2, to("DECIDED", "2023-05-01", "documentNo", doc(), "method", "FREE_RECOVERY")).statusCode(422)
                .body("violations[0].rule", equalTo("NotLawful"));
        step(id, 2, to("DECIDED", "2023-05-01", "documentNo", doc())).statusCode(422).body("violations[0].field", equalTo("method"));
        step(id, 2, to("DECIDED", "2023-05-01", "documentNo", doc(), "method", "IDLE_FEE", "text", "征缴闲置费并限期动工"))
                .statusCode(200).body("methodName", equalTo("征缴闲置费")).body("idleFee", equalTo(2400000.0f));
        step(id, 3, to("EXECUTING", "2023-05-10")).statusCode(200);
        step(id, 4, to("DISPOSED", "2023-06-30")).statusCode(422).body("violations[0].field", equalTo("areaDisposedMu"));
        step(id, 4, to("DISPOSED", "2023-06-30", "areaDisposedMu", 50)).statusCode(422)
                .body("violations[0].rule", equalTo("NotAboveParcel"));
        step(id, 4, to("DISPOSED", "2023-06-30", "areaDisposedMu", 40, "amountRecovered", "2400000")).statusCode(200)
                .body("disposedOn", equalTo("2023-06-30")).body("statusName", equalTo("已处置"));
        step(id, 5, to("WITHDRAWN", "2023-07-01", "text", "x")).statusCode(422).body("code", equalTo("illegal-transition"));

        List<String> docs = given().auth().oauth2(Tokens.of("xg-leader")).get("/api/land-cases/" + id + "/history").then()
                .statusCode(200).extract().path("documentType");
        assertThat(docs).containsExactly("INVESTIGATION_NOTICE", "DETERMINATION", "NOTICE_OF_RIGHTS", "DISPOSAL_DECISION", null, null);
    }

    @Test
    void twoYearsIdleIsRecoveredAndTheLandTakenOver() {
        String p = parcel("2020-01-01", "SUPPLIED_UNBUILT");
        String id = open("xg-land", p, "IDLE", "2022-02-01", doc()).statusCode(201).extract().path("id");
        step(id, 0, to("DETERMINED", "2022-02-15", "cause", "ENTERPRISE", "documentNo", doc())).statusCode(200);
        step(id, 1, to("NOTIFIED", "2022-02-20", "documentNo", doc())).statusCode(200);
        step(id, 2, to("DECIDED", "2022-03-01", "documentNo", doc(), "method", "FREE_RECOVERY")).statusCode(200)
                .body("suggestion.options", equalTo(List.of("FREE_RECOVERY")));
        step(id, 3, to("EXECUTING", "2022-03-10")).statusCode(200);
        step(id, 4, to("DISPOSED", "2022-06-01", "areaDisposedMu", 40, "takeoverId", FakeEnterprises.DEMO2)).statusCode(422)
                .body("violations[0].field", equalTo("takeoverId"));
        step(id, 4, to("DISPOSED", "2022-06-01", "areaDisposedMu", 40, "takeoverId", FakeEnterprises.XUHANGCHENG)).statusCode(200)
                .body("takeoverName", equalTo("兴国县旭航诚电子有限公司"));
        assertThat(parcelStatus(p)).isEqualTo("RECOVERED");
    }

    @Test
    void theGovernmentsCauseAllowsOnlyItsOptions() {
        String p = parcel("2021-01-01", "SUPPLIED_UNBUILT");
        String id = open("xg-land", p, "IDLE", "2022-03-01", doc()).statusCode(201).extract().path("id");
        step(id, 0, to("DETERMINED", "2022-03-10", "cause", "GOVERNMENT", "documentNo", doc())).statusCode(422)
                .body("violations[0].field", equalTo("governmentCause"));
        step(id, 0, to("DETERMINED", "2022-03-10", "cause", "GOVERNMENT", "governmentCause", "PLAN_REVISED", "documentNo", doc()))
                .statusCode(200).body("suggestion.cause", equalTo("GOVERNMENT"));
        step(id, 1, to("NOTIFIED", "2022-03-20", "documentNo", doc())).statusCode(200);
        step(id, 2, to("DECIDED", "2022-04-01", "documentNo", doc(), "method", "IDLE_FEE")).statusCode(422)
                .body("violations[0].rule", equalTo("NotLawful"));
        step(id, 2, to("DECIDED", "2022-04-01", "documentNo", doc(), "method", "EXTEND_START")).statusCode(200)
                .body("idleFee", equalTo(null));
    }

    @Test
    void anInefficientCaseMarksTheParcelAndCanBeWithdrawn() {
        String p = parcel("2018-01-01", "BUILT");
        String id = open("xg-land", p, "INEFFICIENT", "2024-03-01", doc()).statusCode(201).extract().path("id");
        step(id, 0, to("DETERMINED", "2024-03-20", "documentNo", doc())).statusCode(200);
        assertThat(parcelStatus(p)).isEqualTo("INEFFICIENT");
        step(id, 1, to("NOTIFIED", "2024-03-25", "documentNo", doc())).statusCode(200);
        step(id, 2, to("DECIDED", "2024-04-01", "documentNo", doc(), "method", "FREE_RECOVERY")).statusCode(422)
                .body("violations[0].rule", equalTo("IdleLandOnly"));
        step(id, 2, to("WITHDRAWN", "2024-04-02")).statusCode(422).body("violations[0].field", equalTo("text"));
        step(id, 2, to("WITHDRAWN", "2024-04-02", "text", "企业已签订技改协议")).statusCode(200).body("statusName", equalTo("撤销"));
        // a new case can be opened once the last one is closed
        open("xg-land", p, "INEFFICIENT", "2024-05-01", doc()).statusCode(201);
    }

    @Test
    void rolesAndParksAreKept() {
        String p = parcel("2022-01-01", "SUPPLIED_UNBUILT");
        String number = doc();
        open("xg-leader", p, "IDLE", "2023-03-01", doc()).statusCode(403);
        String id = open("xg-land", p, "IDLE", "2023-03-01", number).statusCode(201).extract().path("id");
        String other = parcel("2022-01-01", "SUPPLIED_UNBUILT");
        open("xg-land", other, "IDLE", "2023-03-01", number).statusCode(409).body("code", equalTo("duplicate-document"));
        given().auth().oauth2(Tokens.of("xg-ent-user")).get("/api/land-cases").then().statusCode(403);
        given().auth().oauth2(Tokens.of("d2-leader")).get("/api/land-cases/" + id).then().statusCode(404);
        // an all-parks account names the park, and the parcel must be of it
        open("admin", p, "IDLE", "2023-03-01", doc()).statusCode(403);
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).queryParam("park", "demo2")
                .body(Map.of("parcelId", other, "kind", "IDLE", "openedOn", "2023-03-01", "documentNo", doc()))
                .post("/api/land-cases").then().statusCode(404);
        given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON).body(Map.of("query",
                "{ landCases(kind: IDLE) { total items { id kindName suggestion { idle options } } } }"))
                .post("/graphql").then().statusCode(200).body("errors", equalTo(null)).body("data.landCases.items.id", hasItem(id));
    }
}
