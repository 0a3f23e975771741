package cn.yuanqu.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loads the project side of 兴国 ({@link DemoProjects}) through projects-service's REST API as
 * {@code xg-project} would: activities, leads (signed ones become their projects), joint reviews,
 * the projects' steps and progress reports, weekly meetings with their issues, and the year's targets.
 * Projects have a natural key (their name in the park): when the SPCS project is there, the park's
 * project side was loaded by an earlier run and nothing is added.
 */
final class DemoProjectLoader {

    private static final String OFFICER = "xg-project";
    private static final String PARK = DemoZone.XINGGUO;

    private final YuanquApi api;
    private final URI projects;
    private final Map<String, String> enterpriseIds;
    private final Map<String, String> projectIds = new HashMap<>();
    private final Map<String, String> etags = new HashMap<>();
    private int reports;

    DemoProjectLoader(YuanquApi api, URI projects, Map<String, String> enterpriseIds) {
        this.api = api;
        this.projects = projects;
        this.enterpriseIds = enterpriseIds;
    }

    /** Activities, leads, projects and progress reports recorded. */
    int[] load() throws IOException, InterruptedException {
        String token = token();
        YuanquApi.Answer existing = api.get(projects.resolve("/api/projects?park=" + PARK + "&name="
                + YuanquApi.enc("兴国三一智能建造年产SPCS预制构件20万立方米项目") + "&size=1"), token);
        require(existing, "look up demo projects");
        if (existing.body().get("total").asLong() > 0) {
            return new int[4];
        }
        int activities = 0;
        for (DemoProjects.Activity a : DemoProjects.activities()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", a.kind());
            body.put("startOn", a.startOn());
            body.put("endOn", a.endOn());
            body.put("title", a.title());
            body.put("place", a.place());
            body.put("people", a.people());
            require(api.post(projects.resolve("/api/activities?park=" + PARK), token(), body, null), "activity " + a.title());
            activities++;
        }
        int leads = 0;
        for (DemoProjects.Lead lead : DemoProjects.leads()) {
            loadLead(lead);
            leads++;
        }
        for (DemoProjects.Project p : DemoProjects.publicWorks()) {
            YuanquApi.Answer created = api.post(projects.resolve("/api/projects?park=" + PARK), token(), projectBody(p), null);
            require(created, "project " + p.name());
            projectIds.put(p.name(), created.body().get("id").asText());
            etags.put(p.name(), created.etag());
            advance(p);
        }
        for (DemoProjects.Issue issue : DemoProjects.issues()) {
            loadIssue(issue);
        }
        target(2023, 5, 2, "1200000000", "2000000000");
        target(2024, 6, 3, "1500000000", "3000000000");
        return new int[] { activities, leads, projectIds.size(), reports };
    }

    private void loadLead(DemoProjects.Lead lead) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("company", lead.company());
        body.put("sourceRegion", lead.sourceRegion());
        body.put("industryChain", lead.chain());
        body.put("product", lead.product());
        body.put("intendedInvestment", lead.intended());
        body.put("owner", lead.owner());
        body.put("firstContactOn", lead.firstContact());
        YuanquApi.Answer created = api.post(projects.resolve("/api/leads?park=" + PARK), token(), body, null);
        require(created, "lead " + lead.company());
        String path = "/api/leads/" + created.body().get("id").asText();
        String etag = created.etag();
        if (lead.negotiatingOn() != null) {
            etag = step(path + "/transitions", etag, Map.of("to", "NEGOTIATING", "effectiveDate", lead.negotiatingOn()));
            require(api.post(projects.resolve(path + "/follow-ups"), token(), Map.of("on", lead.negotiatingOn(),
                    "text", "实地考察园区，洽谈投资意向"), null), "follow-up of " + lead.company());
        }
        if (lead.abandonedOn() != null) {
            step(path + "/transitions", etag, Map.of("to", "ABANDONED", "effectiveDate", lead.abandonedOn(),
                    "reason", lead.abandonReason()));
        }
        if (lead.project() != null) {
            YuanquApi.Answer signed = api.post(projects.resolve(path + "/signing"), token(),
                    Map.of("project", projectBody(lead.project())), etag);
            require(signed, "signing of " + lead.company());
            String id = signed.body().get("project").get("id").asText();
            projectIds.put(lead.project().name(), id);
            etags.put(lead.project().name(), "\"" + signed.body().get("project").get("version").asLong() + "\"");
            advance(lead.project());
        }
    }

    /** The project's steps in date order, with its progress reports between them. */
    private void advance(DemoProjects.Project p) throws IOException, InterruptedException {
        String id = projectIds.get(p.name());
        String path = "/api/projects/" + id;
        if (p.approvedOn() != null) {
            YuanquApi.Answer meeting = api.post(projects.resolve("/api/meetings?park=" + PARK), token(),
                    Map.of("kind", "JOINT_REVIEW", "heldOn", p.approvedOn(), "title", "园区项目联审会", "chair", "刘明",
                            "notes", "审议" + p.name()), null);
            require(meeting, "joint review of " + p.name());
            YuanquApi.Answer approved = api.post(projects.resolve("/api/meetings/" + meeting.body().get("id").asText()
                    + "/approvals"), token(), Map.of("projectId", id, "version", version(etags.get(p.name()))), null);
            require(approved, "approval of " + p.name());
            etags.put(p.name(), approved.etag());
        }
        String etag = etags.get(p.name());
        if (p.landOn() != null) {
            etag = step(path + "/transitions", etag, Map.of("to", "LAND_SUPPLIED", "effectiveDate", p.landOn()));
        }
        if (p.startedOn() != null) {
            etag = step(path + "/transitions", etag, Map.of("to", "STARTED", "effectiveDate", p.startedOn()));
        }
        for (DemoProjects.Report r : p.reports()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", "MONTH");
            body.put("reportDate", r.date());
            body.put("cumulativeInvestment", r.investment());
            body.put("imageProgress", r.image());
            body.put("milestone", r.milestone());
            put(body, "pipeKm", r.pipeKm());
            put(body, "roadKm", r.roadKm());
            put(body, "levelledMu", r.levelledMu());
            put(body, "factoryM2", r.factoryM2());
            require(api.post(projects.resolve(path + "/progress"), token(), body, null), "report of " + p.name());
            reports++;
        }
        if (p.completedOn() != null) {
            etag = step(path + "/transitions", etag, Map.of("to", "COMPLETED", "effectiveDate", p.completedOn()));
        }
        if (p.productionOn() != null) {
            etag = step(path + "/transitions", etag, Map.of("to", "IN_PRODUCTION", "effectiveDate", p.productionOn()));
        }
        etags.put(p.name(), etag);
    }

    private void loadIssue(DemoProjects.Issue issue) throws IOException, InterruptedException {
        YuanquApi.Answer meeting = api.post(projects.resolve("/api/meetings?park=" + PARK), token(),
                Map.of("kind", "WEEKLY_SCHEDULING", "heldOn", issue.meetingOn(), "title", "项目建设周调度会", "chair", "刘明"),
                null);
        require(meeting, "meeting of " + issue.meetingOn());
        YuanquApi.Answer raised = api.post(projects.resolve("/api/meetings/" + meeting.body().get("id").asText()
                + "/issues"), token(), Map.of("projectId", projectIds.get(issue.project()), "category", issue.category(),
                        "description", issue.description(), "responsibleUnit", issue.unit(), "deadline", issue.deadline()),
                null);
        require(raised, "issue " + issue.description());
        if (issue.resolvedOn() != null) {
            require(api.post(projects.resolve("/api/issues/" + raised.body().get("id").asText() + "/resolution"), token(),
                    Map.of("resolvedOn", issue.resolvedOn(), "resolution", issue.resolution()), raised.etag()),
                    "resolution of " + issue.description());
        }
    }

    private void target(int year, int starts, int completions, String investment, String signed)
            throws IOException, InterruptedException {
        YuanquApi.Answer set = api.put(projects.resolve("/api/targets/" + year + "?park=" + PARK), token(),
                Map.of("newStarts", starts, "completions", completions, "fixedAssetInvestment", investment,
                        "signedInvestment", signed), null);
        require(set, "targets of " + year);
    }

    private Map<String, Object> projectBody(DemoProjects.Project p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", p.name());
        body.put("category", p.category());
        if (p.investor() != null) {
            body.put("investorId", investorId(p.investor()));
        }
        body.put("industryChain", p.chain());
        body.put("constructionContent", p.content());
        body.put("totalInvestment", p.total());
        put(body, "fixedAssetInvestment", p.fixedAsset());
        put(body, "landAreaMu", p.landMu());
        if (p.keyLevel() != null) {
            body.put("keyLevel", p.keyLevel());
        }
        body.put("leader", p.leader());
        body.put("signedOn", p.signedOn());
        return body;
    }

    private String investorId(String name) {
        DemoEnterprise e = DemoZone.xingguo().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo enterprise " + name));
        String id = enterpriseIds.get(PARK + ":" + e.creditCode());
        if (id == null) {
            throw new IllegalStateException("demo enterprise " + name + " is not registered");
        }
        return id;
    }

    private String step(String path, String etag, Map<String, Object> body) throws IOException, InterruptedException {
        YuanquApi.Answer answer = api.post(projects.resolve(path), token(), body, etag);
        require(answer, "step " + body.get("to") + " of " + path);
        return answer.etag();
    }

    private String token() throws IOException, InterruptedException {
        return api.token(OFFICER);
    }

    private static long version(String etag) {
        return Long.parseLong(etag.replace("\"", "").replace("W/", ""));
    }

    private static void put(Map<String, Object> body, String key, BigDecimal value) {
        if (value != null) {
            body.put(key, value);
        }
    }

    private static void require(YuanquApi.Answer answer, String what) throws IOException {
        if (!answer.ok()) {
            throw new IOException(what + " failed: " + answer.status() + " " + answer.body());
        }
    }
}
