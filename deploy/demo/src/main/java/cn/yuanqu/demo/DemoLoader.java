package cn.yuanqu.demo;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.yuanqu.demo.DemoEnterprise.Event;
import cn.yuanqu.demo.DemoEnterprise.ScaleEvent;
import cn.yuanqu.demo.DemoEnterprise.StatusEvent;

/**
 * Loads the demo zones through the REST APIs, as the zone's officers would: {@code xg-enterprise}
 * registers 兴国's enterprises and records their 入规 and status changes; {@code admin} does the same
 * for {@code demo2}. Idempotent: an enterprise already registered (same credit code in the park) is
 * left as it is, so running it again changes nothing.
 *
 * <pre>java -jar yuanqu-demo.jar --keycloak http://localhost:8180 --enterprises http://localhost:8082</pre>
 */
public final class DemoLoader {

    /** What a run did. */
    public record Summary(int registered, int alreadyPresent, int transitions, int qualifications,
            int monthlyReports) {
    }

    private final YuanquApi api;
    private final URI enterprises;

    public DemoLoader(URI keycloak, URI enterprises) {
        this.api = new YuanquApi(keycloak);
        this.enterprises = enterprises;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        URI keycloak = URI.create(options.getOrDefault("--keycloak", "http://localhost:8180"));
        URI enterprisesUrl = URI.create(options.getOrDefault("--enterprises", "http://localhost:8082"));
        Summary summary = new DemoLoader(keycloak, enterprisesUrl).load();
        System.out.printf("demo zones loaded: %d enterprises registered, %d already present, %d transitions, %d"
                + " qualifications and %d monthly reports recorded%n", summary.registered(), summary.alreadyPresent(),
                summary.transitions(), summary.qualifications(), summary.monthlyReports());
    }

    /** Loads both demo zones. */
    public Summary load() throws IOException, InterruptedException {
        int registered = 0;
        int present = 0;
        int transitions = 0;
        Map<String, String> ids = new LinkedHashMap<>();
        for (DemoEnterprise e : DemoZone.enterprises()) {
            String token = api.token(officerOf(e.park()));
            URI byCode = enterprises.resolve("/api/enterprises/by-credit-code/" + e.creditCode() + "?park=" + e.park());
            YuanquApi.Answer existing = api.get(byCode, token);
            if (existing.status() == 200) {
                present++;
                ids.put(e.park() + ":" + e.creditCode(), existing.body().get("id").asText());
                continue;
            }
            if (existing.status() != 404) {
                throw new IOException("look-up of " + e.name() + " failed: " + existing.status() + " " + existing.body());
            }
            YuanquApi.Answer created = api.post(enterprises.resolve("/api/enterprises?park=" + e.park()), token,
                    registration(e), null);
            require(created, "register " + e.name());
            registered++;
            String id = created.body().get("id").asText();
            ids.put(e.park() + ":" + e.creditCode(), id);
            String etag = created.etag();
            for (Event event : e.events()) {
                YuanquApi.Answer changed;
                if (event instanceof ScaleEvent s) {
                    changed = api.post(enterprises.resolve("/api/enterprises/" + id + "/scale-changes"), token,
                            Map.of("aboveScale", s.aboveScale(), "effectiveDate", s.date(), "reason", s.reason()), etag);
                } else {
                    StatusEvent st = (StatusEvent) event;
                    changed = api.post(enterprises.resolve("/api/enterprises/" + id + "/status-changes"), token,
                            Map.of("to", st.status(), "effectiveDate", st.date(), "reason", st.reason()), etag);
                }
                require(changed, "record " + event + " of " + e.name());
                etag = changed.etag();
                transitions++;
            }
        }
        int qualifications = 0;
        for (DemoQualification q : DemoQualifications.xingguo()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("enterpriseId", ids.get(q.park() + ":" + q.creditCode()));
            body.put("type", q.type());
            body.put("level", q.level());
            body.put("title", q.title());
            body.put("awardedOn", q.awardedOn());
            YuanquApi.Answer awarded = api.post(enterprises.resolve("/api/qualifications?park=" + q.park()),
                    api.token(officerOf(q.park())), body, null);
            if (awarded.status() == 409) {
                continue; // recorded by an earlier run: loading is idempotent
            }
            require(awarded, "award " + q);
            qualifications++;
        }
        // monthly reports in batches, as the statistics office would send them; repeated rows are unchanged
        int reports = 0;
        List<DemoIndicators.Row> rows = DemoIndicators.xingguo();
        for (int from = 0; from < rows.size(); from += 2000) {
            List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + 2000)).stream()
                    .map(DemoIndicators::body).toList();
            YuanquApi.Answer answer = api.post(enterprises.resolve("/api/indicators/batch?park=" + DemoZone.XINGGUO),
                    api.token(officerOf(DemoZone.XINGGUO)), Map.of("rows", batch), null);
            require(answer, "monthly reports batch");
            reports += answer.body().get("created").asInt() + answer.body().get("updated").asInt();
        }
        return new Summary(registered, present, transitions, qualifications, reports);
    }

    /** The demo officer who records a zone's enterprises. */
    public static String officerOf(String park) {
        return DemoZone.XINGGUO.equals(park) ? "xg-enterprise" : "admin";
    }

    /** The registration body of the REST API for a demo enterprise. */
    public static Map<String, Object> registration(DemoEnterprise e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("creditCode", e.creditCode());
        body.put("name", e.name());
        body.put("legalRepresentative", e.legalRepresentative());
        body.put("contacts", java.util.List.of(Map.of("name", e.legalRepresentative(), "role", "法定代表人",
                "phone", "0797-" + (5300000 + Math.abs(e.creditCode().hashCode() % 99999)))));
        body.put("address", e.address());
        body.put("industry", e.industry());
        body.put("industryChain", e.industryChain());
        body.put("grid", e.grid());
        body.put("cadre", e.cadre());
        body.put("settledOn", e.settledOn());
        return body;
    }

    private static void require(YuanquApi.Answer answer, String what) throws IOException {
        if (!answer.ok()) {
            throw new IOException(what + " failed: " + answer.status() + " " + answer.body());
        }
    }
}
