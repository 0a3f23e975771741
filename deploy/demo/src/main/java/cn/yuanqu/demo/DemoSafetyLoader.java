package cn.yuanqu.demo;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Loads the safety side of 兴国 ({@link DemoSafety}) through safety-service's REST API as the safety office
 * would: {@code xg-safety} records campaigns, inspections and hazards, takes each hazard through its loop
 * (a major one with its 治理方案, an on-site review and {@code xg-safety2}'s closing approval), signs
 * letters, records trainings and drills, sets up the monitoring points and records their samples — the
 * three exceedances raise their hazards, which are then rectified and closed. The 2024 campaign is the
 * natural key: when it is there, an earlier run loaded the safety side and nothing is added.
 */
final class DemoSafetyLoader {

    private static final String OFFICER = "xg-safety";
    private static final String SECOND_OFFICER = "xg-safety2";
    private static final String PARK = DemoZone.XINGGUO;

    /** What a run recorded. */
    record Counts(int inspections, int hazards, int letters, int trainings, int samples) {
    }

    private final YuanquApi api;
    private final URI safety;
    private final Map<String, String> enterpriseIds;

    DemoSafetyLoader(YuanquApi api, URI safety, Map<String, String> enterpriseIds) {
        this.api = api;
        this.safety = safety;
        this.enterpriseIds = enterpriseIds;
    }

    Counts load() throws IOException, InterruptedException {
        YuanquApi.Answer campaigns = api.get(safety.resolve("/api/campaigns?park=" + PARK), token());
        require(campaigns, "look up demo campaigns");
        for (JsonNode c : campaigns.body()) {
            if (DemoSafety.CAMPAIGN_2024.equals(c.get("name").asText())) {
                return new Counts(0, 0, 0, 0, 0);
            }
        }
        Map<String, String> campaignIds = new HashMap<>();
        for (DemoSafety.Campaign c : DemoSafety.campaigns()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", c.name());
            body.put("kind", c.kind());
            body.put("startOn", c.start());
            body.put("endOn", c.end());
            body.put("description", c.description());
            YuanquApi.Answer created = api.post(safety.resolve("/api/campaigns?park=" + PARK), token(), body, null);
            require(created, "campaign " + c.name());
            String id = created.body().get("id").asText();
            campaignIds.put(c.name(), id);
            if (!c.results().isEmpty()) {
                List<Map<String, Object>> results = c.results().stream()
                        .map(r -> Map.<String, Object> of("item", r.item(), "unit", r.unit(), "count", r.count(), "approximate",
                                r.approximate())).toList();
                require(api.put(safety.resolve("/api/campaigns/" + id + "/results"), token(), results, created.etag()),
                        "results of " + c.name());
            }
        }
        Map<String, String> inspectionIds = new HashMap<>();
        for (DemoSafety.Inspection i : DemoSafety.inspections()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", i.type());
            body.put("domain", i.domain());
            body.put("enterpriseId", id(i.creditCode()));
            body.put("inspectedOn", i.on());
            body.put("inspectors", i.inspectors());
            body.put("result", i.result());
            if (i.campaign() != null) {
                body.put("campaignId", campaignIds.get(i.campaign()));
            }
            YuanquApi.Answer created = api.post(safety.resolve("/api/inspections?park=" + PARK), token(), body, null);
            require(created, "inspection " + i.key());
            inspectionIds.put(i.key(), created.body().get("id").asText());
        }
        int hazards = 0;
        for (DemoSafety.Hazard h : DemoSafety.hazards()) {
            loadHazard(h, inspectionIds.get(h.inspection()));
            hazards++;
        }
        int letters = 0;
        for (DemoSafety.Letter l : DemoSafety.letters()) {
            require(api.post(safety.resolve("/api/letters?park=" + PARK), token(), Map.of("enterpriseId", id(l.creditCode()),
                    "year", l.year(), "signedOn", l.signedOn(), "signatory", l.signatory()), null), "letter of " + l.creditCode());
            letters++;
        }
        for (DemoSafety.Training t : DemoSafety.trainings()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", t.kind());
            body.put("heldOn", t.heldOn());
            body.put("title", t.title());
            body.put("organiser", t.organiser());
            body.put("attendees", t.attendees().stream()
                    .map(a -> Map.<String, Object> of("enterpriseId", id(a.creditCode()), "people", a.people())).toList());
            require(api.post(safety.resolve("/api/trainings?park=" + PARK), token(), body, null), "training " + t.title());
        }
        for (DemoSafety.Drill d : DemoSafety.drills()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", d.kind());
            body.put("heldOn", d.heldOn());
            body.put("title", d.title());
            if (d.creditCode() != null) {
                body.put("enterpriseId", id(d.creditCode()));
            }
            body.put("participants", d.participants());
            require(api.post(safety.resolve("/api/drills?park=" + PARK), token(), body, null), "drill " + d.title());
        }
        int samples = loadMonitoring();
        return new Counts(inspectionIds.size(), hazards, letters, DemoSafety.trainings().size(), samples);
    }

    private void loadHazard(DemoSafety.Hazard h, String inspectionId) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("inspectionId", inspectionId);
        body.put("level", h.level());
        body.put("criteria", h.criteria());
        body.put("category", h.category());
        body.put("location", h.location());
        body.put("description", h.description());
        body.put("deadline", h.deadline());
        body.put("responsiblePerson", h.responsible());
        if (h.noticeType() != null) {
            body.put("noticeType", h.noticeType());
            body.put("noticeNo", h.noticeNo());
        }
        YuanquApi.Answer raised = api.post(safety.resolve("/api/hazards"), token(), body, null);
        require(raised, "hazard " + h.noticeNo() + " " + h.description());
        close(raised.body().get("id").asText(), raised.etag(), h, "MAJOR".equals(h.level()));
    }

    /** The loop of a raised hazard: (plan,) rectification, review (on site), (closing approval). */
    private void close(String id, String etag, DemoSafety.Hazard h, boolean major) throws IOException, InterruptedException {
        String path = "/api/hazards/" + id;
        if (major) {
            YuanquApi.Answer planned = api.put(safety.resolve(path + "/plan"), token(), Map.of("goals", "消除重大事故隐患，杜绝违规作业",
                    "measures", h.description().startsWith("焊工") ? "立即停止无证人员作业，组织焊工参加培训取证，完善持证上岗核查制度"
                            : "完善有限空间作业审批，配备通风检测设备，作业现场设专人监护",
                    "funds", 50000, "people", "企业主要负责人" + h.responsible(), "deadline", h.deadline(),
                    "emergencyMeasures", "整改期间停止相关作业，现场设警戒并配备应急救援器材"), etag);
            require(planned, "plan of " + id);
            etag = planned.etag();
        }
        YuanquApi.Answer rectified = api.post(safety.resolve(path + "/rectifications"), token(), Map.of("doneOn", h.rectifiedOn(),
                "measures", "已按整改通知要求整改：" + h.description().replace("未", "已").replace("缺失", "已补齐"),
                "evidence", "整改前后照片", "completed", true), etag);
        require(rectified, "rectification of " + id);
        YuanquApi.Answer reviewed = api.post(safety.resolve(path + "/reviews"), token(), Map.of("passed", true,
                "reviewedOn", h.reviewedOn(), "onSite", true, "opinion", "现场复查，整改到位"), rectified.etag());
        require(reviewed, "review of " + id);
        if (major) {
            require(api.post(safety.resolve(path + "/closing-approval"), api.token(SECOND_OFFICER),
                    Map.of("approvedOn", h.approvedOn(), "opinion", "同意销号，解除挂牌督办"), reviewed.etag()), "approval of " + id);
        }
    }

    /** Points (limits from their standards) and a year of samples; the exceedances' hazards are closed. */
    private int loadMonitoring() throws IOException, InterruptedException {
        Map<String, String> pointIds = new HashMap<>();
        for (DemoSafety.Point p : DemoSafety.points()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", p.code());
            body.put("name", p.name());
            body.put("kind", p.kind());
            body.put("standard", p.standard());
            if (p.creditCode() != null) {
                body.put("enterpriseId", id(p.creditCode()));
            }
            body.put("location", p.location());
            body.put("responsiblePerson", p.responsible());
            YuanquApi.Answer created = api.post(safety.resolve("/api/monitoring-points?park=" + PARK), token(), body, null);
            require(created, "monitoring point " + p.code());
            pointIds.put(p.code(), created.body().get("id").asText());
        }
        int count = 0;
        for (DemoSafety.Sample s : DemoSafety.samples()) {
            List<Map<String, Object>> ms = s.measurements().entrySet().stream()
                    .map(e -> Map.<String, Object> of("indicator", e.getKey(), "value", e.getValue())).toList();
            YuanquApi.Answer pushed = api.post(safety.resolve("/api/samples"), token(), Map.of("pointId", pointIds.get(s.point()),
                    "sampledAt", s.sampledAt().toString(), "laboratory", "兴国县环境监测站", "measurements", ms), null);
            require(pushed, "sample of " + s.point() + " at " + s.sampledAt());
            count++;
            JsonNode hazard = pushed.body().get("hazardId");
            if (hazard != null && !hazard.isNull() && s.rectifiedOn() != null) {
                YuanquApi.Answer raised = api.get(safety.resolve("/api/hazards/" + hazard.asText()), token());
                require(raised, "hazard of " + s.point());
                close(hazard.asText(), raised.etag(), new DemoSafety.Hazard(null, "GENERAL", List.of(), null, null,
                        "排口超标排放", null, null, null, null, s.rectifiedOn(), s.reviewedOn(), null), false);
            }
        }
        return count;
    }

    private String token() throws IOException, InterruptedException {
        return api.token(OFFICER);
    }

    private String id(String creditCode) {
        String id = enterpriseIds.get(PARK + ":" + creditCode);
        if (id == null) {
            throw new IllegalStateException("no demo enterprise " + creditCode);
        }
        return id;
    }

    private static void require(YuanquApi.Answer answer, String what) throws IOException {
        if (!answer.ok()) {
            throw new IOException(what + " failed: " + answer.status() + " " + answer.body());
        }
    }
}
