package cn.yuanqu.demo;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the land side of 兴国 ({@link DemoLand}) through land-service's REST API as {@code xg-land} would:
 * parcels and the cases taken on them step by step with their documents, the standard factories with
 * their units, the leases, the payments of 2022 and the clearances. The first parcel code is the natural
 * key: when it is there, an earlier run loaded the land side and nothing is added.
 */
final class DemoLandLoader {

    private static final String OFFICER = "xg-land";
    private static final String PARK = DemoZone.XINGGUO;

    /** What a run recorded. */
    record Counts(int parcels, int cases, int leases, int payments) {
    }

    private final YuanquApi api;
    private final URI land;
    private final Map<String, String> enterpriseIds;
    private final Map<String, Integer> documents = new HashMap<>();

    DemoLandLoader(YuanquApi api, URI land, Map<String, String> enterpriseIds) {
        this.api = api;
        this.land = land;
        this.enterpriseIds = enterpriseIds;
    }

    Counts load() throws IOException, InterruptedException {
        YuanquApi.Answer existing = api.get(land.resolve("/api/parcels?park=" + PARK + "&size=1"), token());
        require(existing, "look up demo parcels");
        if (existing.body().get("total").asLong() > 0) {
            return new Counts(0, 0, 0, 0);
        }
        int cases = 0;
        for (DemoLand.Case c : DemoLand.cases()) {
            loadCase(c);
            cases++;
        }
        Map<String, String> unitIds = new HashMap<>();
        Map<String, List<DemoLand.Unit>> byBuilding = new LinkedHashMap<>();
        DemoLand.units().forEach(u -> byBuilding.computeIfAbsent(u.building(), k -> new java.util.ArrayList<>()).add(u));
        for (Map.Entry<String, List<DemoLand.Unit>> b : byBuilding.entrySet()) {
            List<Map<String, Object>> units = b.getValue().stream().map(u -> Map.<String, Object> of("code", u.code(),
                    "floor", 1 + b.getValue().indexOf(u), "areaM2", u.areaM2())).toList();
            YuanquApi.Answer created = api.post(land.resolve("/api/factories?park=" + PARK), token(), Map.of("code", b.getKey(),
                    "name", "标准厂房" + b.getKey(), "location", "兴国经开区标准厂房园", "floors", units.size(), "builtOn", "2018-06-30",
                    "units", units), null);
            require(created, "building " + b.getKey());
            created.body().get("units").forEach(u -> unitIds.put(u.get("code").asText(), u.get("id").asText()));
        }
        List<DemoLand.Unit> units = DemoLand.units();
        List<DemoLand.Lease> leases = DemoLand.leases();
        Map<String, String> leaseIds = new HashMap<>();
        Map<String, String> etags = new HashMap<>();
        for (int i = 0; i < leases.size(); i++) {
            DemoLand.Lease l = leases.get(i);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("contractNo", l.contractNo());
            body.put("enterpriseId", id(l.tenantCredit()));
            body.put("unitIds", List.of(unitIds.get(units.get(i).code())));
            body.put("startOn", l.start());
            body.put("endOn", l.end());
            body.put("rentPerM2", l.rent());
            body.put("propertyFeePerM2", l.fee());
            body.put("deposit", l.deposit());
            YuanquApi.Answer signed = api.post(land.resolve("/api/leases?park=" + PARK), token(), body, null);
            require(signed, "lease " + l.contractNo());
            leaseIds.put(l.contractNo(), signed.body().get("id").asText());
            etags.put(l.contractNo(), signed.etag());
        }
        int payments = 0;
        for (DemoLand.Payment p : DemoLand.payments()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", p.kind());
            if (p.period() != null) {
                body.put("period", p.period());
            }
            body.put("amount", p.amount());
            body.put("paidOn", p.paidOn());
            body.put("receiptNo", p.receiptNo());
            require(api.post(land.resolve("/api/leases/" + leaseIds.get(p.contractNo()) + "/payments"), token(), body, null),
                    "payment " + p.receiptNo());
            payments++;
        }
        for (DemoLand.Lease l : leases) {
            if (l.endedOn() != null) {
                require(api.post(land.resolve("/api/leases/" + leaseIds.get(l.contractNo()) + "/end"), token(),
                        Map.of("on", l.endedOn(), "kind", l.endKind(), "reason", l.reason()), etags.get(l.contractNo())),
                        "end of " + l.contractNo());
            }
        }
        // 亩产效益 of the years the demo reports cover, as the land office runs it (the service reads the
        // holders' years from enterprises-service with its own token)
        for (int year : EFFICIENCY_YEARS) {
            require(api.post(land.resolve("/api/efficiency/evaluations"), token(), Map.of("park", PARK, "year", year), null),
                    "亩产效益 " + year);
        }
        return new Counts(cases, cases, leases.size(), payments);
    }

    /** The years evaluated for 亩产效益 (the full years of monthly reports). */
    static final List<Integer> EFFICIENCY_YEARS = List.of(2023, 2024);

    private void loadCase(DemoLand.Case c) throws IOException, InterruptedException {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("areaMu", c.areaMu());
        facts.put("landUse", "工业用地");
        facts.put("supplyMethod", "CONVEYANCE");
        facts.put("holderId", id(c.holderCredit()));
        facts.put("contractNo", "360732-" + c.code());
        facts.put("landPrice", c.areaMu().multiply(new java.math.BigDecimal("150000")));
        facts.put("agreedStartOn", c.agreedStart());
        if (c.started() != null) {
            facts.put("startedOn", c.started());
        }
        YuanquApi.Answer parcel = api.post(land.resolve("/api/parcels?park=" + PARK), token(), Map.of("code", c.code(),
                "name", c.holderName() + "地块", "status", c.parcelStatus(), "statusSince", c.statusSince(), "facts", facts), null);
        require(parcel, "parcel " + c.code());
        YuanquApi.Answer opened = api.post(land.resolve("/api/land-cases?park=" + PARK), token(), Map.of("parcelId",
                parcel.body().get("id").asText(), "kind", c.kind(), "openedOn", c.opened(), "documentNo", number("调", c.opened())),
                null);
        require(opened, "case on " + c.code());
        String path = "/api/land-cases/" + opened.body().get("id").asText() + "/transitions";
        String etag = opened.etag();
        Map<String, Object> determined = new LinkedHashMap<>(Map.of("to", "DETERMINED", "effectiveDate", c.determined(),
                "documentNo", number("认", c.determined())));
        if ("IDLE".equals(c.kind())) {
            determined.put("cause", "ENTERPRISE");
        }
        etag = step(path, etag, determined);
        etag = step(path, etag, Map.of("to", "NOTIFIED", "effectiveDate", c.notified(), "documentNo", number("告", c.notified())));
        etag = step(path, etag, Map.of("to", "DECIDED", "effectiveDate", c.decided(), "documentNo", number("决", c.decided()),
                "method", c.method()));
        etag = step(path, etag, Map.of("to", "EXECUTING", "effectiveDate", c.executing()));
        if (c.disposed() != null) {
            step(path, etag, Map.of("to", "DISPOSED", "effectiveDate", c.disposed(), "areaDisposedMu", c.areaMu()));
        }
    }

    private String step(String path, String etag, Map<String, Object> body) throws IOException, InterruptedException {
        YuanquApi.Answer answer = api.post(land.resolve(path), token(), body, etag);
        require(answer, "step " + body.get("to") + " of " + path);
        return answer.etag();
    }

    /** 兴经开土调〔2022〕7号 … numbered per kind and year. */
    private String number(String kind, LocalDate on) {
        int n = documents.merge(kind + on.getYear(), 1, Integer::sum);
        return "兴经开土" + kind + "〔" + on.getYear() + "〕" + n + "号";
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
