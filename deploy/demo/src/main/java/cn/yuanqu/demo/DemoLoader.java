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
 * for {@code demo2}; {@code xg-project} records the project side ({@link DemoProjectLoader}), {@code xg-safety}
 * the safety side ({@link DemoSafetyLoader}), {@code xg-land} the land side ({@link DemoLandLoader}). Idempotent: an enterprise already registered (same credit code in the park) is
 * left as it is, so running it again changes nothing.
 *
 * <pre>java -jar yuanqu-demo.jar --keycloak http://localhost:8180 --enterprises http://localhost:8082 --projects http://localhost:8081 --safety http://localhost:8083 --land http://localhost:8084</pre>
 */
public final class DemoLoader {

    /** What a run did. */
    public record Summary(int registered, int alreadyPresent, int transitions, int qualifications,
            int monthlyReports, int requests, int matters, int loans, int payouts, int activities, int leads,
            int projects, int progressReports, int inspections, int hazards, int letters, int trainings, int samples, int landCases, int leases,
            int leasePayments) {
    }

    private final YuanquApi api;
    private final URI enterprises;
    private final URI projects;
    private final URI safety;
    private final URI land;

    /**
     * @param projects projects-service, or null to leave the project side out
     * @param safety safety-service, or null to leave the safety side out
     * @param land land-service, or null to leave the land side out
     */
    public DemoLoader(URI keycloak, URI enterprises, URI projects, URI safety, URI land) {
        this.api = new YuanquApi(keycloak);
        this.enterprises = enterprises;
        this.projects = projects;
        this.safety = safety;
        this.land = land;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        URI keycloak = URI.create(options.getOrDefault("--keycloak", "http://localhost:8180"));
        URI enterprisesUrl = URI.create(options.getOrDefault("--enterprises", "http://localhost:8082"));
        URI projectsUrl = URI.create(options.getOrDefault("--projects", "http://localhost:8081"));
        URI safetyUrl = URI.create(options.getOrDefault("--safety", "http://localhost:8083"));
        URI landUrl = URI.create(options.getOrDefault("--land", "http://localhost:8084"));
        Summary summary = new DemoLoader(keycloak, enterprisesUrl, projectsUrl, safetyUrl, landUrl).load();
        System.out.printf("demo zones loaded: %d enterprises registered, %d already present, %d transitions, %d"
                + " qualifications, %d monthly reports, %d requests, %d 帮代办 matters, %d loans and %d payouts recorded;"
                + " %d promotion activities, %d leads, %d projects, %d progress reports; %d inspections, %d hazards,"
                + " %d responsibility letters, %d trainings, %d samples; %d land cases, %d leases, %d lease payments%n",
                summary.registered(), summary.alreadyPresent(), summary.transitions(), summary.qualifications(),
                summary.monthlyReports(), summary.requests(), summary.matters(), summary.loans(), summary.payouts(),
                summary.activities(), summary.leads(), summary.projects(), summary.progressReports(),
                summary.inspections(), summary.hazards(), summary.letters(), summary.trainings(), summary.samples(),
                summary.landCases(), summary.leases(), summary.leasePayments());
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
        String xg = api.token(officerOf(DemoZone.XINGGUO));
        int requests = loadRequests(ids);
        int matters = loadMatters(ids);
        int loans = 0;
        for (DemoService.Loan loan : DemoService.loans()) {
            loans += loadLoan(ids, loan) ? 1 : 0;
        }
        int payouts = 0;
        for (DemoService.Payout payout : DemoService.payouts()) {
            Map<String, Object> body = Map.of("enterpriseId", id(ids, payout.creditCode()), "policy", payout.policy(),
                    "amount", payout.amount(), "paidOn", payout.paidOn(), "reference", payout.reference());
            YuanquApi.Answer answer = api.post(enterprises.resolve("/api/payouts?park=" + DemoZone.XINGGUO), xg, body, null);
            require(answer, "payout " + payout.reference());
            payouts += answer.status() == 201 ? 1 : 0;
        }
        int[] project = projects == null ? new int[4] : new DemoProjectLoader(api, projects, ids).load();
        DemoSafetyLoader.Counts safe = safety == null ? new DemoSafetyLoader.Counts(0, 0, 0, 0, 0)
                : new DemoSafetyLoader(api, safety, ids).load();
        DemoLandLoader.Counts lnd = land == null ? new DemoLandLoader.Counts(0, 0, 0, 0) : new DemoLandLoader(api, land, ids).load();
        return new Summary(registered, present, transitions, qualifications, reports, requests, matters, loans, payouts,
                project[0], project[1], project[2], project[3], safe.inspections(), safe.hazards(), safe.letters(),
                safe.trainings(), safe.samples(), lnd.cases(), lnd.leases(), lnd.payments());
    }

    /**
     * Requests and the visits that raised some of them, each then handled to its end as the officers did.
     * Requests have no natural key: when the park already has requests in the demo years, none are added.
     */
    private int loadRequests(Map<String, String> ids) throws IOException, InterruptedException {
        String officer = api.token(officerOf(DemoZone.XINGGUO));
        YuanquApi.Answer existing = api.get(enterprises.resolve("/api/requests?park=" + DemoZone.XINGGUO
                + "&submittedFrom=2022-01-01&submittedTo=2024-12-31&size=1"), officer);
        require(existing, "look up demo requests");
        if (existing.body().get("total").asLong() > 0) {
            return 0;
        }
        int count = 0;
        for (DemoService.Request r : DemoService.requests()) {
            YuanquApi.Answer submitted;
            String path;
            if (r.visitors() != null) {
                Map<String, Object> raised = Map.of("category", r.category(), "title", r.title());
                YuanquApi.Answer visit = api.post(enterprises.resolve("/api/visits?park=" + DemoZone.XINGGUO), officer,
                        Map.of("enterpriseId", id(ids, r.creditCode()), "visitedOn", r.submittedOn(), "visitors",
                                r.visitors(), "kind", "ROUTINE", "notes", "包保走访，了解生产经营情况", "requests", List.of(raised)),
                        null);
                require(visit, "visit of " + r.submittedOn());
                path = "/api/requests/" + visit.body().get("requests").get(0).get("id").asText();
                submitted = api.get(enterprises.resolve(path), officer);
            } else {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("enterpriseId", id(ids, r.creditCode()));
                body.put("category", r.category());
                body.put("channel", r.channel());
                body.put("title", r.title());
                body.put("submittedOn", r.submittedOn());
                submitted = api.post(enterprises.resolve("/api/requests?park=" + DemoZone.XINGGUO), officer, body, null);
                path = "/api/requests/" + (submitted.ok() ? submitted.body().get("id").asText() : "");
            }
            require(submitted, "request of " + r.submittedOn());
            String etag = submitted.etag();
            etag = step(path + "/transitions", officer, etag, Map.of("to", "ACCEPTED", "effectiveDate", r.acceptedOn(),
                    "assignee", r.assignee(), "deadline", r.deadline()));
            etag = step(path + "/transitions", officer, etag, Map.of("to", "IN_PROGRESS", "effectiveDate", r.startedOn()));
            etag = step(path + "/transitions", officer, etag, Map.of("to", "CLOSED", "effectiveDate", r.closedOn(),
                    "resolution", r.resolution()));
            if (r.satisfaction() != null) {
                YuanquApi.Answer rated = api.post(enterprises.resolve(path + "/rating"), officer,
                        Map.of("satisfaction", r.satisfaction(), "comment", "电话回访", "ratedOn", r.ratedOn()), etag);
                require(rated, "rating of " + path);
            }
            count++;
        }
        return count;
    }

    /** 帮代办 matters; like requests they have no natural key, so none are added once the year has some. */
    private int loadMatters(Map<String, String> ids) throws IOException, InterruptedException {
        String officer = api.token(officerOf(DemoZone.XINGGUO));
        YuanquApi.Answer existing = api.get(enterprises.resolve("/api/agency-matters?park=" + DemoZone.XINGGUO
                + "&from=2024-01-01&to=2024-12-31&size=1"), officer);
        require(existing, "look up demo matters");
        if (existing.body().get("total").asLong() > 0) {
            return 0;
        }
        int count = 0;
        for (DemoService.Matter m : DemoService.matters()) {
            Map<String, Object> body = new LinkedHashMap<>();
            if (m.creditCode() != null) {
                body.put("enterpriseId", id(ids, m.creditCode()));
            } else {
                body.put("applicant", m.applicant());
            }
            body.put("kind", m.kind());
            body.put("title", m.title());
            body.put("handler", m.handler());
            body.put("receivedOn", m.receivedOn());
            body.put("promisedOn", m.promisedOn());
            YuanquApi.Answer received = api.post(enterprises.resolve("/api/agency-matters?park=" + DemoZone.XINGGUO),
                    officer, body, null);
            require(received, "matter of " + m.receivedOn());
            step("/api/agency-matters/" + received.body().get("id").asText() + "/closing", officer, received.etag(),
                    Map.of("to", "CLOSED", "on", m.closedOn(), "result", m.result()));
            count++;
        }
        return count;
    }

    /** A loan pushed by bank and contract: when it was already there, its end was recorded too. */
    private boolean loadLoan(Map<String, String> ids, DemoService.Loan loan) throws IOException, InterruptedException {
        String officer = api.token(officerOf(DemoZone.XINGGUO));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enterpriseId", id(ids, loan.creditCode()));
        body.put("scheme", loan.scheme());
        body.put("bank", loan.bank());
        body.put("contractNo", loan.contractNo());
        body.put("amount", loan.amount());
        body.put("issuedOn", loan.issuedOn());
        body.put("dueOn", loan.dueOn());
        YuanquApi.Answer issued = api.post(enterprises.resolve("/api/loans?park=" + DemoZone.XINGGUO), officer, body, null);
        require(issued, "loan " + loan.contractNo());
        if (issued.status() != 201) {
            return false;
        }
        String path = "/api/loans/" + issued.body().get("id").asText();
        if (loan.repaidOn() != null) {
            step(path + "/transitions", officer, issued.etag(), Map.of("to", "REPAID", "on", loan.repaidOn()));
        } else if (loan.nonPerformingOn() != null) {
            step(path + "/transitions", officer, issued.etag(), Map.of("to", "NON_PERFORMING", "on",
                    loan.nonPerformingOn(), "reason", "逾期未还，风险缓释金代偿，转入追偿"));
            for (DemoService.Recovery r : loan.recoveries()) {
                require(api.post(enterprises.resolve(path + "/recoveries"), officer,
                        Map.of("recoveredOn", r.on(), "amount", r.amount(), "note", r.note()), null), "recovery " + path);
            }
        }
        return true;
    }

    /** One state-machine step with the current version; answers the new version. */
    private String step(String path, String token, String etag, Map<String, Object> body)
            throws IOException, InterruptedException {
        YuanquApi.Answer answer = api.post(enterprises.resolve(path), token, body, etag);
        require(answer, "step " + body.get("to") + " of " + path);
        return answer.etag();
    }

    private static String id(Map<String, String> ids, String creditCode) {
        String id = ids.get(DemoZone.XINGGUO + ":" + creditCode);
        if (id == null) {
            throw new IllegalStateException("no demo enterprise " + creditCode);
        }
        return id;
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
