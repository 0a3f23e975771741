package cn.yuanqu.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * land-service's ledgers and workflow through the gateway over the real services: the parcel, land-case and lease
 * ledgers with filters and paging equal land-service's own REST answer for the demo park; a parcel's holder, a
 * lease's tenant, a land case's taking-over enterprise and a project's parcel joined with one downstream call
 * each (the gateway's http-client metrics); a land case opened and moved through its steps, an illegal step and a
 * stale version refused with the service's codes; a lease signed, paid and ended; roles refused; another park's
 * records invisible. Writes go to a park of their own ({@code e2e-land}, by admin) so the demo zones stay exact.
 */
@ExtendWith(Platform.class)
class GatewayLandTest {

    private static final String PARK = "e2e-land";
    private static final String XINGGUO = "xingguo";

    // ---- helpers ----

    private static JsonPath graphql(String user, String query, Map<String, Object> variables) {
        Platform p = Platform.get();
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return new JsonPath(given().auth().oauth2(p.token(user)).contentType(ContentType.JSON).body(body)
                .post(p.gateway.resolve("/graphql")).then().statusCode(200).extract().asString());
    }

    private static JsonPath ok(String user, String query, Map<String, Object> variables) {
        JsonPath r = graphql(user, query, variables);
        assertThat(r.getList("errors")).as("errors of %s", query).isNull();
        return r;
    }

    private static String refused(String user, String query, Map<String, Object> variables) {
        JsonPath r = graphql(user, query, variables);
        assertThat(r.getList("errors")).as("errors of %s", query).isNotEmpty();
        return r.getString("errors[0].extensions.code");
    }

    private static JsonPath rest(String user, String path, Map<String, Object> params) {
        Platform p = Platform.get();
        return new JsonPath(given().auth().oauth2(p.token(user)).accept(ContentType.JSON).queryParams(params)
                .get(p.land.resolve(path)).then().statusCode(200).extract().asString());
    }

    private static Map<String, Object> vars(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** The listed keys of each row, values as text (GraphQL and REST render numbers and dates alike then). */
    private static List<Map<String, String>> rows(List<Map<String, Object>> items, List<String> keys) {
        return items.stream().map(row -> {
            Map<String, String> out = new LinkedHashMap<>();
            keys.forEach(k -> out.put(k, row.get(k) == null ? null : String.valueOf(row.get(k))));
            return out;
        }).toList();
    }

    private static String metrics() {
        return given().get(Platform.get().gatewayManagement.resolve("/q/metrics")).then().statusCode(200).extract().asString();
    }

    /**
     * Calls the gateway has made so far through one method of a downstream client bean: its fault-tolerance invocation
     * counter ({@code ft_invocations_total}, one per call of the typed GraphQL client; the gateway's
     * {@code http_client_requests} timer does not tell land-service's {@code /graphql} from enterprises-service's).
     */
    private static long calls(String metrics, String clientMethod) {
        Matcher m = Pattern.compile("ft_invocations_total\\{[^}]*method=\"" + Pattern.quote(clientMethod) + "\"[^}]*} ([0-9.E]+)")
                .matcher(metrics);
        long total = 0;
        while (m.find()) {
            total += (long) Double.parseDouble(m.group(1));
        }
        return total;
    }

    /** The metric lines that count downstream calls, to explain a failed count. */
    private static String downstreamLines(String metrics) {
        return metrics.lines().filter(l -> l.startsWith("ft_invocations_total") || l.startsWith("http_client_requests_seconds_count"))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static final String PARCELS = "cn.yuanqu.gateway.land.LandLedgerClient.parcels";
    private static final String PARCELS_BY_CODES = "cn.yuanqu.gateway.land.LandLedgerClient.parcelsByCodes";
    private static final String ENTERPRISES_BY_IDS = "cn.yuanqu.gateway.enterprises.EnterprisesClient.byIds";

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** An enterprise of the test park, registered by admin in enterprises-service. */
    private static String registerEnterprise(String name) {
        Platform p = Platform.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("creditCode", ProjectInvestorTest.newCreditCode());
        body.put("name", name + "-" + unique());
        body.put("industryChain", "电子信息");
        body.put("settledOn", "2020-05-10");
        return given().auth().oauth2(p.token("admin")).contentType(ContentType.JSON).queryParam("park", PARK).body(body)
                .post(p.enterprises.resolve("/api/enterprises")).then().statusCode(201).extract().path("id");
    }

    private static final String REGISTER_PARCEL = """
            mutation($park: String, $input: ParcelInput!) { registerParcel(park: $park, input: $input) {
              id code park status statusName version holderId holder { id name } } }""";

    /** A parcel supplied in 2021 and not built, held by {@code holder}, registered through the gateway. */
    private static JsonPath registerParcel(String code, String holder) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("areaMu", 30);
        facts.put("landUse", "工业用地");
        facts.put("supplyMethod", "CONVEYANCE");
        facts.put("holderId", holder);
        facts.put("contractNo", "E2E-" + code);
        facts.put("contractDate", "2021-01-05");
        facts.put("agreedStartOn", "2021-06-01");
        facts.put("landPrice", "9000000");
        return ok("admin", REGISTER_PARCEL, vars("park", PARK, "input", vars("code", code, "name", "e2e 网关地块",
                "status", "SUPPLIED_UNBUILT", "statusSince", "2021-01-10", "facts", facts)));
    }

    // ---- ledgers against land-service's REST answer ----

    @Test
    void theParcelLedgerWithFiltersAndPagingIsLandServices() {
        List<String> keys = List.of("id", "code", "name", "status", "statusName", "statusSince", "holderId", "holderName",
                "areaMu", "version");
        // filter by the statuses the demo park's parcels are in (two of them)
        List<String> statuses = rest("xg-land", "/api/parcels", vars("park", XINGGUO, "size", 200))
                .getList("items.status", String.class).stream().distinct().limit(2).toList();
        assertThat(statuses).isNotEmpty();
        List<Map<String, Object>> cases = new java.util.ArrayList<>(List.of(vars("page", 0, "size", 5), vars("page", 1, "size", 5)));
        statuses.forEach(status -> cases.add(vars("status", status, "page", 0, "size", 7)));
        for (Map<String, Object> args : cases) {
            JsonPath gw = ok("xg-land", """
                    query($park: String, $status: ParcelStatus, $page: Int, $size: Int) {
                      parcels(park: $park, status: $status, page: $page, size: $size) {
                        total totalPages page size items { id code name status statusName statusSince holderId holderName areaMu version } } }""",
                    vars("park", XINGGUO, "status", args.get("status"), "page", args.get("page"), "size", args.get("size")));
            Map<String, Object> params = new HashMap<>(args);
            params.put("park", XINGGUO);
            params.values().removeIf(Objects::isNull);
            JsonPath service = rest("xg-land", "/api/parcels", params);
            assertThat(gw.getLong("data.parcels.total")).as("total %s", args).isEqualTo(service.getLong("total")).isPositive();
            assertThat(rows(gw.getList("data.parcels.items"), keys)).as("items %s", args)
                    .isEqualTo(rows(service.getList("items"), keys)).isNotEmpty();
            if (args.get("status") != null) {
                assertThat(gw.getList("data.parcels.items.status", String.class)).containsOnly((String) args.get("status"));
            }
        }
        List<String> first = ok("xg-land", "{ parcels(park: \"xingguo\", page: 0, size: 5) { items { id } } }", Map.of())
                .getList("data.parcels.items.id");
        List<String> second = ok("xg-land", "{ parcels(park: \"xingguo\", page: 1, size: 5) { items { id } } }", Map.of())
                .getList("data.parcels.items.id");
        assertThat(first).hasSize(5).doesNotContainAnyElementsOf(second);
    }

    @Test
    void theLandCaseAndLeaseLedgersWithFiltersAndPagingAreLandServices() {
        List<String> caseKeys = List.of("id", "kind", "parcelId", "parcelCode", "status", "statusName", "openedOn",
                "holderId", "takeoverId", "version");
        for (Map<String, Object> args : List.of(vars("page", 0, "size", 10), vars("page", 1, "size", 3),
                vars("kind", "IDLE", "page", 0, "size", 50), vars("status", "DISPOSED", "page", 0, "size", 50))) {
            JsonPath gw = ok("xg-leader", """
                    query($park: String, $status: LandCaseStatus, $kind: LandCaseKind, $page: Int, $size: Int) {
                      landCases(park: $park, status: $status, kind: $kind, page: $page, size: $size) {
                        total items { id kind parcelId parcelCode status statusName openedOn holderId takeoverId version } } }""",
                    vars("park", XINGGUO, "status", args.get("status"), "kind", args.get("kind"), "page", args.get("page"),
                            "size", args.get("size")));
            Map<String, Object> params = new HashMap<>(args);
            params.put("park", XINGGUO);
            params.values().removeIf(Objects::isNull);
            JsonPath service = rest("xg-leader", "/api/land-cases", params);
            assertThat(gw.getLong("data.landCases.total")).as("total %s", args).isEqualTo(service.getLong("total")).isPositive();
            assertThat(rows(gw.getList("data.landCases.items"), caseKeys)).as("items %s", args)
                    .isEqualTo(rows(service.getList("items"), caseKeys)).isNotEmpty();
        }

        List<String> leaseKeys = List.of("id", "contractNo", "enterpriseId", "enterpriseName", "startOn", "endOn",
                "monthlyRent", "active", "endKind", "version");
        for (Map<String, Object> args : List.of(vars("page", 0, "size", 10), vars("active", true, "page", 1, "size", 2),
                vars("active", false, "page", 0, "size", 50))) {
            JsonPath gw = ok("xg-leader", """
                    query($park: String, $active: Boolean, $page: Int, $size: Int) {
                      leases(park: $park, active: $active, page: $page, size: $size) {
                        total items { id contractNo enterpriseId enterpriseName startOn endOn monthlyRent active endKind version
                          tenant { id name } } } }""",
                    vars("park", XINGGUO, "active", args.get("active"), "page", args.get("page"), "size", args.get("size")));
            Map<String, Object> params = new HashMap<>(args);
            params.put("park", XINGGUO);
            params.values().removeIf(Objects::isNull);
            JsonPath service = rest("xg-leader", "/api/leases", params);
            assertThat(gw.getLong("data.leases.total")).as("total %s", args).isEqualTo(service.getLong("total")).isPositive();
            assertThat(rows(gw.getList("data.leases.items"), leaseKeys)).as("items %s", args)
                    .isEqualTo(rows(service.getList("items"), leaseKeys)).isNotEmpty();
            // Lease.tenant: the tenant enterprise, from enterprises-service
            List<Map<String, Object>> items = gw.getList("data.leases.items");
            for (Map<String, Object> lease : items) {
                assertThat(((Map<?, ?>) lease.get("tenant")).get("id")).isEqualTo(lease.get("enterpriseId"));
                assertThat((String) ((Map<?, ?>) lease.get("tenant")).get("name")).isNotBlank();
            }
        }
    }

    // ---- joins ----

    @Test
    void theHoldersOfAPageOfParcelsCostOneEnterprisesServiceCall() {
        String page = """
                { parcels(park: "xingguo", size: 100) { items { id holderId holderName %s } } }""";
        // the same page without and with the join: the difference is the join's downstream calls
        String before = metrics();
        JsonPath plain = ok("xg-leader", page.formatted(""), Map.of());
        String between = metrics();
        JsonPath joined = ok("xg-leader", page.formatted("holder { id name park }"), Map.of());
        String after = metrics();
        assertThat(calls(between, PARCELS) - calls(before, PARCELS)).as("the ledger alone: one land-service call\n%s",
                downstreamLines(between)).isEqualTo(1);
        assertThat(calls(between, ENTERPRISES_BY_IDS) - calls(before, ENTERPRISES_BY_IDS)).as("the ledger alone: no enterprises call")
                .isZero();
        assertThat(calls(after, PARCELS) - calls(between, PARCELS)).as("the ledger with holders: one land-service call").isEqualTo(1);
        assertThat(calls(after, ENTERPRISES_BY_IDS) - calls(between, ENTERPRISES_BY_IDS))
                .as("the holders of the page: one enterprises-service call\n%s", downstreamLines(after)).isEqualTo(1);

        List<Map<String, Object>> items = joined.getList("data.parcels.items");
        assertThat(plain.getList("data.parcels.items.id")).isEqualTo(joined.getList("data.parcels.items.id"));
        assertThat(items.stream().map(i -> i.get("holderId")).filter(Objects::nonNull).distinct().count())
                .as("distinct holders in the page").isGreaterThan(1);
        for (Map<String, Object> parcel : items) {
            Map<?, ?> holder = (Map<?, ?>) parcel.get("holder");
            if (parcel.get("holderId") == null) {
                assertThat(holder).as("a parcel without holder").isNull();
                continue;
            }
            assertThat(holder).as("holder of %s", parcel.get("id")).isNotNull();
            assertThat(holder.get("id")).isEqualTo(parcel.get("holderId"));
            assertThat(holder.get("park")).isEqualTo(XINGGUO);
        }
        // the holder's name is enterprises-service's
        Map<String, Object> first = items.stream().filter(i -> i.get("holderId") != null).findFirst().orElseThrow();
        Platform p = Platform.get();
        String name = given().auth().oauth2(p.token("xg-leader"))
                .get(p.enterprises.resolve("/api/enterprises/" + first.get("holderId"))).then().statusCode(200)
                .extract().path("name");
        assertThat(((Map<?, ?>) first.get("holder")).get("name")).isEqualTo(name);
    }

    @Test
    void aProjectsParcelIsLandServicesParcelOfThatCodeInItsPark() {
        Platform p = Platform.get();
        String investor = registerEnterprise("兴国网关宗地测试有限公司");
        String code = "E2E-PRJ-" + unique();
        JsonPath parcel = registerParcel(code, investor);
        String parcelId = parcel.getString("data.registerParcel.id");
        for (String ref : List.of(code, "E2E-NONE-" + unique())) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", "网关宗地关联项目-" + unique());
            body.put("category", "INDUSTRIAL");
            body.put("investorId", investor);
            body.put("parcelRef", ref);
            body.put("totalInvestment", "200000000");
            body.put("signedOn", "2024-03-15");
            given().auth().oauth2(p.token("admin")).contentType(ContentType.JSON).queryParam("park", PARK).body(body)
                    .post(p.projects.resolve("/api/projects")).then().statusCode(201);
        }
        String query = """
                query($id: ID!) { enterprise(id: $id) { id projects { name park parcelRef %s } } }""";
        String before = metrics();
        JsonPath plain = ok("admin", query.formatted(""), vars("id", investor));
        String between = metrics();
        JsonPath joined = ok("admin", query.formatted("parcel { id code park holderId holder { id } }"), vars("id", investor));
        String after = metrics();
        assertThat(plain.getList("data.enterprise.projects")).hasSize(2);
        assertThat(calls(between, PARCELS_BY_CODES) - calls(before, PARCELS_BY_CODES)).as("projects alone: no parcel look-up").isZero();
        assertThat(calls(after, PARCELS_BY_CODES) - calls(between, PARCELS_BY_CODES))
                .as("the parcels of the projects: one land-service call\n%s", downstreamLines(after)).isEqualTo(1);
        List<Map<String, Object>> projects = joined.getList("data.enterprise.projects");
        assertThat(projects).hasSize(2);
        for (Map<String, Object> project : projects) {
            Map<?, ?> found = (Map<?, ?>) project.get("parcel");
            if (code.equals(project.get("parcelRef"))) {
                assertThat(found).isNotNull();
                assertThat(found.get("id")).isEqualTo(parcelId);
                assertThat(found.get("code")).isEqualTo(code);
                assertThat(found.get("park")).isEqualTo(PARK);
                assertThat(found.get("holderId")).isEqualTo(investor);
                assertThat(((Map<?, ?>) found.get("holder")).get("id")).isEqualTo(investor);
            } else {
                assertThat(found).as("a project naming a parcel land-service does not have").isNull();
            }
        }
        // another park's leader sees neither the enterprise nor, through it, the parcel
        JsonPath other = graphql("d2-leader", query.formatted("parcel { id }"), vars("id", investor));
        assertThat(other.getString("data.enterprise")).isNull();
    }

    // ---- workflow ----

    private static final String CASE_FIELDS = """
            { id status statusName version suggestion { options } takeoverId takingOverEnterprise { id name } }""";
    private static final String MOVE_CASE = """
            mutation($id: ID!, $version: BigInteger!, $step: LandCaseStepInput!) {
              moveLandCase(id: $id, version: $version, step: $step) """ + CASE_FIELDS + " }";

    private static JsonPath move(String id, long version, Map<String, Object> step) {
        return graphql("admin", MOVE_CASE, vars("id", id, "version", version, "step", step));
    }

    @Test
    void aLandCaseIsOpenedAndMovedThroughItsStepsIllegalAndStaleStepsRefused() {
        String holder = registerEnterprise("兴国闲置地块测试有限公司");
        String takeover = registerEnterprise("兴国承接企业测试有限公司");
        String parcelId = registerParcel("E2E-IDLE-" + unique(), holder).getString("data.registerParcel.id");
        String n = unique();

        // a role without write access is refused before any call
        Map<String, Object> open = vars("parcelId", parcelId, "kind", "IDLE", "openedOn", "2024-01-10",
                "documentNo", "兴经开调〔2024〕" + n, "note", "e2e 立案");
        String openCase = """
                mutation($park: String, $input: OpenLandCaseInput!) { openLandCase(park: $park, input: $input) """
                + CASE_FIELDS + " }";
        assertThat(refused("xg-leader", openCase, vars("park", PARK, "input", open))).isEqualTo("forbidden");

        JsonPath opened = ok("admin", openCase, vars("park", PARK, "input", open));
        String id = opened.getString("data.openLandCase.id");
        long v0 = opened.getLong("data.openLandCase.version");
        assertThat(opened.getString("data.openLandCase.status")).isEqualTo("INVESTIGATING");
        assertThat(opened.getString("data.openLandCase.statusName")).isEqualTo("调查");
        assertThat(opened.getString("data.openLandCase.takingOverEnterprise")).isNull();

        // an illegal step (调查 → 已处置) is refused with the service's code
        JsonPath illegal = move(id, v0, vars("to", "DISPOSED", "effectiveDate", "2024-01-20", "areaDisposedMu", 30));
        assertThat(illegal.getString("errors[0].extensions.code")).isEqualTo("illegal-transition");
        assertThat(illegal.getString("data")).isNull();

        JsonPath determined = move(id, v0, vars("to", "DETERMINED", "effectiveDate", "2024-02-01",
                "documentNo", "兴经开认〔2024〕" + n, "cause", "ENTERPRISE", "text", "企业原因闲置"));
        assertThat(determined.getList("errors")).isNull();
        long v1 = determined.getLong("data.moveLandCase.version");
        assertThat(v1).isGreaterThan(v0);
        assertThat(determined.getString("data.moveLandCase.status")).isEqualTo("DETERMINED");

        // a stale version is refused with the service's code
        JsonPath stale = move(id, v0, vars("to", "NOTIFIED", "effectiveDate", "2024-02-01", "documentNo", "兴经开告〔2024〕" + n));
        assertThat(stale.getString("errors[0].extensions.code")).isEqualTo("stale-version");

        JsonPath notified = move(id, v1, vars("to", "NOTIFIED", "effectiveDate", "2024-02-01", "documentNo", "兴经开告〔2024〕" + n));
        assertThat(notified.getList("errors")).isNull();
        String method = notified.getString("data.moveLandCase.suggestion.options[0]");
        assertThat(method).as("a lawful disposal method").isNotNull();
        JsonPath decided = move(id, notified.getLong("data.moveLandCase.version"), vars("to", "DECIDED",
                "effectiveDate", "2024-02-01", "documentNo", "兴经开决〔2024〕" + n, "method", method, "text", "依法处置"));
        assertThat(decided.getList("errors")).isNull();
        JsonPath executing = move(id, decided.getLong("data.moveLandCase.version"), vars("to", "EXECUTING",
                "effectiveDate", "2024-03-01"));
        assertThat(executing.getList("errors")).isNull();
        JsonPath disposed = move(id, executing.getLong("data.moveLandCase.version"), vars("to", "DISPOSED",
                "effectiveDate", "2024-04-01", "areaDisposedMu", 30, "takeoverId", takeover, "text", "承接企业入驻"));
        assertThat(disposed.getList("errors")).isNull();
        assertThat(disposed.getString("data.moveLandCase.status")).isEqualTo("DISPOSED");
        // LandCase.takingOverEnterprise: the enterprise enterprises-service knows by that id
        assertThat(disposed.getString("data.moveLandCase.takeoverId")).isEqualTo(takeover);
        assertThat(disposed.getString("data.moveLandCase.takingOverEnterprise.id")).isEqualTo(takeover);
        assertThat(disposed.getString("data.moveLandCase.takingOverEnterprise.name")).startsWith("兴国承接企业测试有限公司");

        // the recorded steps through the gateway are land-service's
        JsonPath history = ok("admin", """
                query($id: ID!) { landCaseHistory(id: $id) { from to toName on documentNo documentType } }""", vars("id", id));
        JsonPath service = rest("admin", "/api/land-cases/" + id + "/history", Map.of());
        List<String> keys = List.of("from", "to", "toName", "on", "documentNo", "documentType");
        assertThat(rows(history.getList("data.landCaseHistory"), keys)).isEqualTo(rows(service.getList("$"), keys));
        assertThat(history.getList("data.landCaseHistory.to", String.class)).containsExactly("INVESTIGATING", "DETERMINED",
                "NOTIFIED", "DECIDED", "EXECUTING", "DISPOSED");

        // another park's leader does not see the case
        assertThat(refused("d2-leader", "query($id: ID!) { landCase(id: $id) { id } }", vars("id", id)))
                .isIn("not-found", "forbidden");
    }

    @Test
    void aLeaseIsSignedPaidAndEndedStaleVersionRefused() {
        String tenant = registerEnterprise("兴国标准厂房承租测试有限公司");
        String n = unique();
        JsonPath building = ok("admin", """
                mutation($park: String, $input: FactoryBuildingInput!) { registerFactoryBuilding(park: $park, input: $input) {
                  id code units { id code areaM2 } } }""",
                vars("park", PARK, "input", vars("code", "E2E-B" + n, "name", "e2e 标准厂房" + n, "floors", 1,
                        "builtOn", "2020-01-01", "units", List.of(vars("code", "101", "floor", 1, "areaM2", 500)))));
        String unit = building.getString("data.registerFactoryBuilding.units[0].id");

        Map<String, Object> lease = vars("contractNo", "E2E-L" + n, "enterpriseId", tenant, "unitIds", List.of(unit),
                "startOn", "2024-01-01", "endOn", "2024-12-31", "rentPerM2", 10, "propertyFeePerM2", 2, "deposit", 10000);
        String sign = """
                mutation($park: String, $input: LeaseInput!) { signLease(park: $park, input: $input) {
                  id version active monthlyRent tenant { id } } }""";
        assertThat(refused("xg-leader", sign, vars("park", PARK, "input", lease))).isEqualTo("forbidden");
        JsonPath signed = ok("admin", sign, vars("park", PARK, "input", lease));
        String id = signed.getString("data.signLease.id");
        long version = signed.getLong("data.signLease.version");
        assertThat(signed.getString("data.signLease.tenant.id")).isEqualTo(tenant);

        JsonPath paid = ok("admin", """
                mutation($id: ID!, $input: LeasePaymentInput!) { recordLeasePayment(leaseId: $id, input: $input) {
                  id kind amount receiptNo period } }""",
                vars("id", id, "input", vars("kind", "RENT", "period", "2024-01", "amount", 5000, "paidOn", "2024-01-05",
                        "receiptNo", "E2E-R" + n)));
        assertThat(paid.getString("data.recordLeasePayment.kind")).isEqualTo("RENT");
        JsonPath ledger = ok("admin", """
                query($id: ID!) { leaseLedger(id: $id) { lease { id version } payments { id receiptNo amount } dues { kind period amount paid } } }""",
                vars("id", id));
        assertThat(ledger.getList("data.leaseLedger.payments.receiptNo")).containsExactly("E2E-R" + n);
        JsonPath serviceLedger = rest("admin", "/api/leases/" + id + "/ledger", Map.of());
        List<String> dueKeys = List.of("kind", "period", "amount", "paid");
        assertThat(rows(ledger.getList("data.leaseLedger.dues"), dueKeys)).isEqualTo(rows(serviceLedger.getList("dues"), dueKeys));

        version = ledger.getLong("data.leaseLedger.lease.version");
        String end = """
                mutation($id: ID!, $version: BigInteger!, $input: LeaseEndInput!) { endLease(id: $id, version: $version, input: $input) {
                  id endKind endKindName endedOn version } }""";
        Map<String, Object> ending = vars("kind", "VACATED", "on", "2024-06-30", "reason", "企业迁址");
        JsonPath stale = graphql("admin", end, vars("id", id, "version", version + 5, "input", ending));
        assertThat(stale.getString("errors[0].extensions.code")).isEqualTo("stale-version");
        JsonPath ended = ok("admin", end, vars("id", id, "version", version, "input", ending));
        assertThat(ended.getString("data.endLease.endKind")).isEqualTo("VACATED");
        assertThat(ended.getString("data.endLease.endKindName")).isEqualTo("腾退");
    }

    // ---- roles and parks ----

    @Test
    void rolesAreRefusedAndAnotherParksRecordsAreInvisible() {
        assertThat(refused("xg-ent-user", "{ landCases { total } }", Map.of())).isEqualTo("forbidden");
        assertThat(refused("xg-land", """
                mutation { evaluateEfficiency(input: {park: "demo2", year: 2024}) { year } }""", Map.of()))
                .isEqualTo("forbidden");

        JsonPath xingguo = ok("xg-leader", "{ parcels(park: \"xingguo\", size: 200) { items { id } } landCases(park: \"xingguo\", size: 1) { items { id } } }",
                Map.of());
        List<String> xingguoParcels = xingguo.getList("data.parcels.items.id");
        String xingguoCase = xingguo.getString("data.landCases.items[0].id");
        assertThat(xingguoParcels).isNotEmpty();
        assertThat(refused("d2-leader", "{ parcels(park: \"xingguo\") { total } }", Map.of())).isEqualTo("forbidden");
        JsonPath own = ok("d2-leader", "{ parcels(size: 200) { items { id park } } }", Map.of());
        assertThat(own.getList("data.parcels.items.park", String.class)).allMatch("demo2"::equals);
        assertThat(own.getList("data.parcels.items.id", String.class)).doesNotContainAnyElementsOf(xingguoParcels);
        assertThat(refused("d2-leader", "query($id: ID!) { parcel(id: $id) { id } }", vars("id", xingguoParcels.get(0))))
                .isEqualTo("not-found");
        assertThat(refused("d2-leader", "query($id: ID!) { landCase(id: $id) { id } }", vars("id", xingguoCase)))
                .isEqualTo("not-found");
    }
}
