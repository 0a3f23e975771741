package cn.yuanqu.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * enterprises-service as the other services see it over HTTP, for their tests: a few enterprises
 * of the demo parks (more can be added), one id that always fails (500) to prove the retry and the 503, a
 * check that a token is sent, and the yearly totals of {@code /api/indicators/yearly-totals} with a record of
 * each call and the client whose token it carried. The end-to-end tests (module e2e) run against the real service.
 */
public class FakeEnterprises implements QuarkusTestResourceLifecycleManager {

    /** 旭航诚电子 in 兴国 (the demo id). */
    public static final String XUHANGCHENG = "bbacd6f1-8825-5dc4-b88c-60566b3ff93c";
    /** An enterprise of 兴国. */
    public static final String SANY = "5d2f2c4e-3a5b-4c1d-9e8f-000000000001";
    /** An enterprise of demo2. */
    public static final String DEMO2 = "5d2f2c4e-3a5b-4c1d-9e8f-000000000002";
    /** An enterprise of the park {@code figtest}, where the figures test writes alone. */
    public static final String FIGTEST = "5d2f2c4e-3a5b-4c1d-9e8f-000000000003";
    /** An id for which the service fails with 500, every time. */
    public static final String FAILING = "5d2f2c4e-3a5b-4c1d-9e8f-0000000000ff";

    /** Calls for {@link #FAILING} so far (retries included). */
    public static final AtomicInteger FAILING_CALLS = new AtomicInteger();

    private static final Map<String, String[]> KNOWN = new ConcurrentHashMap<>(Map.of(
            XUHANGCHENG, new String[] { "xingguo", "兴国县旭航诚电子有限公司" },
            SANY, new String[] { "xingguo", "三一智能建造（兴国）有限公司" },
            DEMO2, new String[] { "demo2", "示范园区二号企业" },
            FIGTEST, new String[] { "figtest", "指标测试电子有限公司" }));

    /** When each known enterprise settled in its park. */
    private static final Map<String, String> SETTLED = new ConcurrentHashMap<>(Map.of(XUHANGCHENG, "2016-05-10",
            SANY, "2024-02-20", DEMO2, "2020-01-01", FIGTEST, "2023-01-01"));

    /** An enterprise's year as {@code POST /api/indicators/yearly-totals} reports it (元; 吨标准煤). */
    public record Year(boolean aboveScale, int monthsReported, long revenue, long tax, long valueAdded, double energyTce,
            long rd, Integer averageEmployees) {
    }

    /** A yearly-totals call as received: the token's client ({@code azp}), the park, the year and the ids asked. */
    public record TotalsCall(String clientId, String park, int year, List<String> enterpriseIds) {
    }

    private static final Map<String, Year> YEARS = new ConcurrentHashMap<>();

    /** Every yearly-totals call so far, oldest first. */
    public static final List<TotalsCall> TOTALS_CALLS = new CopyOnWriteArrayList<>();

    /** Makes {@code id} an enterprise of {@code park} (settled in 2010) for the rest of the test run. */
    public static void add(String id, String park, String name) {
        KNOWN.put(id, new String[] { park, name });
        SETTLED.put(id, "2010-01-01");
    }

    /** What enterprises-service reports as {@code id}'s {@code year}. */
    public static void year(String id, int year, Year figures) {
        YEARS.put(id + "/" + year, figures);
    }

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/enterprises", this::handle);
        server.createContext("/api/indicators/yearly-totals", FakeEnterprises::totals);
        server.start();
        return Map.of("yuanqu.services.enterprises-url", "http://localhost:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ey")) {
            answer(exchange, 401, "{\"status\":401}");
            return;
        }
        if (path.equals("/api/enterprises")) {
            ledger(exchange);
            return;
        }
        String id = path.substring("/api/enterprises/".length());
        if (FAILING.equals(id)) {
            FAILING_CALLS.incrementAndGet();
            answer(exchange, 500, "{\"status\":500}");
        } else if (KNOWN.containsKey(id)) {
            String[] e = KNOWN.get(id);
            answer(exchange, 200, "{\"id\":\"" + id + "\",\"park\":\"" + e[0] + "\",\"name\":\"" + e[1]
                    + "\",\"creditCode\":\"91360732MA00000000\",\"status\":\"OPERATING\"}");
        } else {
            answer(exchange, 404, "{\"status\":404,\"code\":\"not-found\"}");
        }
    }

    /** GET /api/enterprises?park=…&status=OPERATING&page=…: the park's known enterprises, one per page. */
    private static void ledger(HttpExchange exchange) throws IOException {
        Map<String, String> query = new java.util.HashMap<>();
        for (String pair : exchange.getRequestURI().getQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        String park = query.get("park");
        List<String> ids = KNOWN.entrySet().stream().filter(e -> e.getValue()[0].equals(park)).map(Map.Entry::getKey)
                .sorted().toList();
        int page = Integer.parseInt(query.getOrDefault("page", "0"));
        int pages = Math.max(1, ids.size());
        String items = ids.stream().skip(page).limit(1).map(id -> "{\"id\":\"" + id + "\",\"park\":\"" + park
                + "\",\"name\":\"" + KNOWN.get(id)[1] + "\",\"status\":\"OPERATING\",\"settledOn\":\""
                + SETTLED.get(id) + "\"}").collect(java.util.stream.Collectors.joining(","));
        answer(exchange, 200, "{\"items\":[" + items + "],\"page\":" + page + ",\"size\":1,\"total\":" + ids.size()
                + ",\"totalPages\":" + pages + "}");
    }

    /** POST /api/indicators/yearly-totals: the years set with {@link #year}, zeros for known enterprises without one. */
    private static void totals(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ey")) {
            answer(exchange, 401, "{\"status\":401}");
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String park = find(body, "\"park\"\\s*:\\s*\"([^\"]*)\"");
        int year = Integer.parseInt(find(body, "\"year\"\\s*:\\s*(\\d+)"));
        String list = find(body, "\"enterpriseIds\"\\s*:\\s*\\[([^\\]]*)\\]");
        List<String> ids = Pattern.compile("\"([^\"]+)\"").matcher(list).results().map(m -> m.group(1)).toList();
        String payload = new String(Base64.getUrlDecoder().decode(auth.substring(7).split("\\.")[1]), StandardCharsets.UTF_8);
        TOTALS_CALLS.add(new TotalsCall(find(payload, "\"azp\"\\s*:\\s*\"([^\"]+)\""), park, year, ids));
        List<String> rows = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            String[] e = KNOWN.get(id);
            if (e == null || !e[0].equals(park)) {
                unknown.add("\"" + id + "\"");
                continue;
            }
            Year y = YEARS.getOrDefault(id + "/" + year, new Year(false, 0, 0, 0, 0, 0, 0, null));
            rows.add(String.format(Locale.ROOT, "{\"enterpriseId\":\"%s\",\"name\":\"%s\",\"creditCode\":\"91360732MA00000000\","
                    + "\"aboveScale\":%s,\"monthsReported\":%d,\"operatingRevenue\":%d,\"taxPaid\":%d,\"valueAdded\":%d,"
                    + "\"energyTce\":%s,\"rdSpending\":%d,\"averageEmployees\":%s}", id, e[1], y.aboveScale(), y.monthsReported(),
                    y.revenue(), y.tax(), y.valueAdded(), y.energyTce(), y.rd(), y.averageEmployees()));
        }
        answer(exchange, 200, "{\"park\":\"" + park + "\",\"year\":" + year + ",\"rows\":[" + String.join(",", rows)
                + "],\"unknown\":[" + String.join(",", unknown) + "]}");
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : "";
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
