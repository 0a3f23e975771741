package cn.yuanqu.land.parcel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.response.ValidatableResponse;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/** The parcel ledger with real tokens: registration rules, the 53号令 assessment, transitions, isolation. */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class ParcelResourceTest {

    static final String RECTANGLE = "{\"type\":\"Polygon\",\"coordinates\":[[[115.35,26.34],[115.352,26.34],[115.352,26.3412],"
            + "[115.35,26.3412],[115.35,26.34]]]}";

    @BeforeAll
    static void decimalsAsDoubles() {
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE));
    }

    static Map<String, Object> facts(String holder) {
        Map<String, Object> f = new HashMap<>();
        f.put("location", "兴国经开区南区");
        f.put("areaMu", 40);
        f.put("landUse", "工业用地");
        f.put("supplyMethod", "CONVEYANCE");
        f.put("holderId", holder);
        f.put("contractNo", "360732-2021-" + UUID.randomUUID().toString().substring(0, 6));
        f.put("contractDate", "2021-12-20");
        f.put("landPrice", "12000000");
        f.put("agreedStartOn", "2022-03-01");
        f.put("agreedCompletionOn", "2023-09-01");
        f.put("promisedInvestment", "100000000");
        f.put("plotRatioAgreed", "1.2");
        return f;
    }

    static Map<String, Object> parcel(String code, String status, Map<String, Object> facts) {
        return Map.of("code", code, "name", "南区工业地块", "status", status, "statusSince", "2021-12-20", "facts", facts);
    }

    static ValidatableResponse register(String user, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body).post("/api/parcels").then();
    }

    static ValidatableResponse move(String id, long version, String to, String on) {
        return given().auth().oauth2(Tokens.of("xg-land")).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(Map.of("to", to, "effectiveDate", on, "reason", "核查")).post("/api/parcels/" + id + "/transitions").then();
    }

    static String code() {
        return "XG-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aSuppliedParcelIsRegisteredWithItsHolderAndBoundary() {
        Map<String, Object> f = facts(FakeEnterprises.SANY);
        f.put("boundary", RECTANGLE);
        register("xg-land", parcel(code(), "SUPPLIED_UNBUILT", f)).statusCode(201)
                .body("holderName", equalTo("三一智能建造（兴国）有限公司")).body("statusName", equalTo("已供未建"))
                .body("areaM2", closeTo(26666.67, 0.01))
                // 1亿元 over 40亩: 250万元/亩
                .body("investmentIntensity", closeTo(250.0, 0.001))
                // 0.002° × 0.0012° at 26.34°N on the sphere
                .body("boundaryAreaM2", closeTo(26654.0, 60.0));
    }

    @Test
    void badRegistrationsAreRefusedNamingTheField() {
        Map<String, Object> noHolder = facts(null);
        register("xg-land", parcel(code(), "SUPPLIED_UNBUILT", noHolder)).statusCode(422)
                .body("violations[0].field", equalTo("facts.holderId"));
        register("xg-land", parcel(code(), "UNDER_CONSTRUCTION", facts(FakeEnterprises.SANY))).statusCode(422)
                .body("violations[0].field", equalTo("facts.startedOn"));
        register("xg-land", parcel(code(), "SUPPLIED_UNBUILT", facts(FakeEnterprises.DEMO2))).statusCode(422)
                .body("violations[0].field", equalTo("facts.holderId"));
        Map<String, Object> badShape = facts(FakeEnterprises.SANY);
        badShape.put("boundary", "{\"type\":\"Polygon\",\"coordinates\":[[[115.35,26.34],[115.36,26.34],[115.35,26.35]]]}");
        register("xg-land", parcel(code(), "SUPPLIED_UNBUILT", badShape)).statusCode(400)
                .body("violations[0].field", equalTo("facts.boundary.coordinates[0]"));
        Map<String, Object> share = facts(FakeEnterprises.SANY);
        share.put("developedShare", "1.5");
        register("xg-land", parcel(code(), "SUPPLIED_UNBUILT", share)).statusCode(400);
        String c = code();
        register("xg-land", parcel(c, "SUPPLIED_UNBUILT", facts(FakeEnterprises.SANY))).statusCode(201);
        register("xg-land", parcel(c, "SUPPLIED_UNBUILT", facts(FakeEnterprises.SANY))).statusCode(409)
                .body("violations[0].field", equalTo("code"));
        register("xg-leader", parcel(code(), "SUPPLIED_UNBUILT", facts(FakeEnterprises.SANY))).statusCode(403);
        register("xg-ent-user", parcel(code(), "SUPPLIED_UNBUILT", facts(FakeEnterprises.XUHANGCHENG))).statusCode(403);
    }

    @Test
    void theAssessmentFollowsOrderNo53AtItsEdges() {
        String id = register("xg-land", parcel(code(), "SUPPLIED_UNBUILT", facts(FakeEnterprises.SANY))).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("asOf", "2023-02-28").get("/api/parcels/" + id + "/idle-assessment")
                .then().statusCode(200).body("idle", equalTo(false));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("asOf", "2023-03-01").get("/api/parcels/" + id + "/idle-assessment")
                .then().statusCode(200).body("idle", equalTo(true)).body("cause", equalTo("ENTERPRISE"))
                .body("idleSince", equalTo("2023-03-01")).body("idleFee", closeTo(2400000.0, 0.001))
                .body("options", equalTo(List.of("IDLE_FEE", "DEADLINE_START")));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("asOf", "2024-03-01").get("/api/parcels/" + id + "/idle-assessment")
                .then().statusCode(200).body("fullYears", equalTo(2)).body("options", equalTo(List.of("FREE_RECOVERY")));
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("asOf", "2024-13-01").get("/api/parcels/" + id + "/idle-assessment")
                .then().statusCode(400).body("violations[0].field", equalTo("asOf"));

        // the government's cause, recorded as a correction: no fee, its own options
        Map<String, Object> f = facts(FakeEnterprises.SANY);
        f.put("governmentCause", "LAND_NOT_DELIVERED");
        given().auth().oauth2(Tokens.of("xg-land")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(f)
                .put("/api/parcels/" + id).then().statusCode(200).body("version", equalTo(1));
        given().auth().oauth2(Tokens.of("xg-land")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(f)
                .put("/api/parcels/" + id).then().statusCode(409);
        given().auth().oauth2(Tokens.of("xg-leader")).queryParam("asOf", "2024-03-01").get("/api/parcels/" + id + "/idle-assessment")
                .then().statusCode(200).body("cause", equalTo("GOVERNMENT")).body("idleFee", equalTo(null))
                .body("options", hasItem("EXTEND_START")).body("options", not(hasItem("FREE_RECOVERY")));
    }

    @Test
    void statusChangesFollowTheTableAndAreDated() {
        String id = register("xg-land", parcel(code(), "SUPPLIED_UNBUILT", facts(FakeEnterprises.SANY))).statusCode(201)
                .extract().path("id");
        move(id, 0, "BUILT", "2023-05-01").statusCode(422).body("code", equalTo("illegal-transition"));
        move(id, 0, "IDLE", "2021-01-01").statusCode(422).body("violations[0].field", equalTo("effectiveDate"));
        move(id, 0, "IDLE", "2023-03-15").statusCode(200).body("status", equalTo("IDLE"));
        move(id, 0, "UNDER_CONSTRUCTION", "2023-06-01").statusCode(409);
        move(id, 1, "UNDER_CONSTRUCTION", "2023-06-01").statusCode(200).body("startedOn", equalTo("2023-06-01"));
        move(id, 2, "BUILT", "2024-06-01").statusCode(200).body("completedOn", equalTo("2024-06-01"));
        List<String> to = given().auth().oauth2(Tokens.of("xg-leader")).get("/api/parcels/" + id + "/history").then()
                .statusCode(200).extract().path("to");
        assertThat(to).containsExactly("SUPPLIED_UNBUILT", "IDLE", "UNDER_CONSTRUCTION", "BUILT");
        // a reserve parcel cannot be supplied before its holder is recorded
        String reserve = register("xg-land", Map.of("code", code(), "name", "储备地块", "status", "IN_APPROVAL",
                "statusSince", "2024-01-01", "facts", Map.of("areaMu", 120, "landUse", "工业用地"))).statusCode(201).extract().path("id");
        move(reserve, 0, "SUPPLIED_UNBUILT", "2024-05-01").statusCode(422).body("violations[0].field", equalTo("to"));
    }

    @Test
    void parksAndEnterprisesSeeOnlyTheirOwn() {
        String sany = register("xg-land", parcel(code(), "SUPPLIED_UNBUILT", facts(FakeEnterprises.SANY))).statusCode(201)
                .extract().path("id");
        String own = register("xg-land", parcel(code(), "SUPPLIED_UNBUILT", facts(FakeEnterprises.XUHANGCHENG))).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(Tokens.of("d2-leader")).get("/api/parcels/" + sany).then().statusCode(404);
        given().auth().oauth2(Tokens.of("d2-leader")).queryParam("size", 200).get("/api/parcels").then().statusCode(200)
                .body("items.id", not(hasItem(sany)));
        given().auth().oauth2(Tokens.of("xg-ent-user")).get("/api/parcels/" + own).then().statusCode(200);
        given().auth().oauth2(Tokens.of("xg-ent-user")).get("/api/parcels/" + sany).then().statusCode(404);
        List<String> holders = given().auth().oauth2(Tokens.of("xg-ent-user")).queryParam("size", 200).get("/api/parcels").then()
                .statusCode(200).extract().path("items.holderId");
        assertThat(holders).containsOnly(FakeEnterprises.XUHANGCHENG);

        List<List<String>> batched = given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("enterpriseIds", List.of(FakeEnterprises.SANY, "not-an-id", FakeEnterprises.XUHANGCHENG)))
                .post("/api/parcels/by-enterprises").then().statusCode(200).extract().path("parcels.id");
        assertThat(batched.get(0)).contains(sany);
        assertThat(batched.get(1)).isEmpty();
        assertThat(batched.get(2)).contains(own).doesNotContain(sany);
    }

    @Test
    void enterpriseParcelsResolveInOneBatchInTheSubgraph() {
        String sany = register("xg-land", parcel(code(), "SUPPLIED_UNBUILT", facts(FakeEnterprises.SANY))).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON).body(Map.of("query", """
                query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Enterprise { id parcels { id statusName } } } }""",
                "variables", Map.of("reps", List.of(Map.of("__typename", "Enterprise", "id", FakeEnterprises.SANY),
                        Map.of("__typename", "Enterprise", "id", FakeEnterprises.DEMO2)))))
                .post("/graphql").then().statusCode(200).body("errors", equalTo(null))
                .body("data._entities[0].parcels.id", hasItem(sany)).body("data._entities[1].parcels.size()", equalTo(0));
        given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON).body(Map.of("query", """
                mutation { registerParcel(input: {code: "GQL-1", name: "x", status: RESERVE, statusSince: "2024-01-01",
                  facts: {areaMu: 10, landUse: "工业用地"}}) { id } }"""))
                .post("/graphql").then().statusCode(200).body("errors[0].message", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void parcelsAreLookedUpByParkAndCodeInOrderWithinTheCallersParks() {
        String sanyCode = code();
        String ownCode = code();
        String sany = register("xg-land", parcel(sanyCode, "SUPPLIED_UNBUILT", facts(FakeEnterprises.SANY))).statusCode(201)
                .extract().path("id");
        String own = register("xg-land", parcel(ownCode, "SUPPLIED_UNBUILT", facts(FakeEnterprises.XUHANGCHENG)))
                .statusCode(201).extract().path("id");
        List<Map<String, String>> refs = List.of(Map.of("park", "xingguo", "code", ownCode),
                Map.of("park", "xingguo", "code", "NO-SUCH-" + sanyCode), Map.of("park", "xingguo", "code", sanyCode),
                Map.of("park", "demo2", "code", sanyCode));

        List<Map<String, Object>> answer = given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("refs", refs)).post("/api/parcels/by-codes").then().statusCode(200)
                .body("code", equalTo(List.of(ownCode, "NO-SUCH-" + sanyCode, sanyCode, sanyCode)))
                .extract().path("");
        assertThat(parcelIds(answer)).containsExactly(own, null, sany, null);
        List<Map<String, Object>> forEnterprise = given().auth().oauth2(Tokens.of("xg-ent-user")).contentType(ContentType.JSON)
                .body(Map.of("refs", refs)).post("/api/parcels/by-codes").then().statusCode(200).extract().path("");
        assertThat(parcelIds(forEnterprise)).containsExactly(own, null, null, null);
        List<Map<String, Object>> otherPark = given().auth().oauth2(Tokens.of("d2-leader")).contentType(ContentType.JSON)
                .body(Map.of("refs", refs)).post("/api/parcels/by-codes").then().statusCode(200).extract().path("");
        assertThat(parcelIds(otherPark)).hasSize(4).containsOnlyNulls();
        given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("refs", List.of(Map.of("park", "xingguo")))).post("/api/parcels/by-codes").then().statusCode(400);

        List<Map<String, Object>> graphql = given().auth().oauth2(Tokens.of("xg-leader")).contentType(ContentType.JSON)
                .body(Map.of("query", """
                        query($refs: [ParcelRefInput!]!) { parcelsByCodes(refs: $refs) { id code holderId } }""",
                        "variables", Map.of("refs", refs)))
                .post("/graphql").then().statusCode(200).body("errors", equalTo(null)).extract().path("data.parcelsByCodes");
        assertThat(graphql).hasSize(4);
        assertThat(graphql.stream().map(p -> p == null ? null : p.get("id")).toList()).containsExactly(own, null, sany, null);
    }

    /** The id of each answer's parcel, null where there is none (GPath's {@code parcel.id} would drop the nulls). */
    @SuppressWarnings("unchecked")
    private static List<String> parcelIds(List<Map<String, Object>> answer) {
        return answer.stream().map(a -> a.get("parcel") == null ? null : (String) ((Map<String, Object>) a.get("parcel")).get("id"))
                .toList();
    }
}
