package cn.yuanqu.enterprises.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.enterprises.lookup.ByEnterprises;
import cn.yuanqu.enterprises.registry.Enterprise;
import cn.yuanqu.enterprises.registry.EnterpriseRepository;
import cn.yuanqu.platform.audit.AuditTrail;
import cn.yuanqu.platform.error.ForbiddenException;
import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.NotFoundException;
import cn.yuanqu.platform.error.RuleViolationException;
import cn.yuanqu.platform.error.StaleVersionException;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;

/**
 * Monthly reports (企业月报): one enterprise's month from the enterprise itself or an officer, many at
 * once from a department. A batch is checked as a whole — every bad row is reported with its row,
 * field and rule, and nothing is written unless all rows are good — and is idempotent by credit code
 * and month: the same figures again change nothing, corrected figures are an audited update.
 */
@ApplicationScoped
public class IndicatorService {

    static final String ENTITY = "monthly-indicator";
    static final int MAX_ROWS = 5000;
    static final int MAX_LOOKUP = 500;

    private final IndicatorRepository indicators;
    private final EnterpriseRepository enterprises;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final SecurityIdentity identity;
    private final Clock clock;

    public IndicatorService(IndicatorRepository indicators, EnterpriseRepository enterprises, AuditTrail audit,
            ParkContext parks, SecurityIdentity identity, Clock clock) {
        this.identity = identity;
        this.indicators = indicators;
        this.enterprises = enterprises;
        this.audit = audit;
        this.parks = parks;
        this.clock = clock;
    }

    /** Reports (or corrects) one enterprise's month; {@code expectedVersion} guards a correction. */
    @WithTransaction
    public Uni<IndicatorView> submit(String enterpriseId, String month, IndicatorValues values, Long expectedVersion) {
        ParkScope scope = parks.scope();
        List<Violation> bad = new ArrayList<>();
        UUID id = parseUuid("enterpriseId", enterpriseId, bad);
        IndicatorRules.month("month", month, YearMonth.now(clock), bad);
        bad.addAll(IndicatorRules.values("values.", values));
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        MonthlyIndicator.Source source = scope.isEnterpriseUser() ? MonthlyIndicator.Source.ENTERPRISE
                : MonthlyIndicator.Source.OFFICER;
        return enterprises.findById(id).flatMap(e -> {
            if (e == null || !scope.allows(e.getParkId())) {
                throw new NotFoundException("企业", "enterprise", id);
            }
            scope.requireEnterprise(e.getId());
            return indicators.find(id, month).flatMap(existing -> {
                if (existing == null) {
                    MonthlyIndicator m = MonthlyIndicator.report(e.getParkId(), id, month, values, source, actor, now);
                    return indicators.persistAndFlush(m).map(IndicatorView::of)
                            .call(v -> audit.record(e.getParkId(), ENTITY, key(id, month), "report", actor, null, v, null));
                }
                if (expectedVersion != null && existing.getVersion() != expectedVersion) {
                    throw new StaleVersionException(ENTITY, key(id, month), expectedVersion, existing.getVersion());
                }
                if (existing.sameAs(values)) {
                    return Uni.createFrom().item(IndicatorView.of(existing));
                }
                IndicatorView before = IndicatorView.of(existing);
                existing.apply(values, source, actor, now);
                return indicators.flush().map(v -> IndicatorView.of(existing))
                        .call(v -> audit.record(e.getParkId(), ENTITY, key(id, month), "correct", actor, before, v, null));
            });
        });
    }

    /** A department's (or officer's) batch: validated as a whole, written all or nothing, idempotent. */
    @WithTransaction
    public Uni<BatchResult> batch(String park, BatchRequest request) {
        ParkScope scope = parks.scope();
        if (scope.isEnterpriseUser()) {
            throw new ForbiddenException("企业用户请逐月填报本企业月报", "enterprise users report their own months one by one");
        }
        String resolved = scope.resolve(park);
        List<BatchRow> rows = request == null || request.rows() == null ? List.of() : request.rows();
        if (rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw new InvalidInputException(List.of(new Violation("rows", "Size",
                    "应有 1 到 " + MAX_ROWS + " 行", "a batch has 1 to " + MAX_ROWS + " rows")));
        }
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        MonthlyIndicator.Source source = identity.hasRole("department") ? MonthlyIndicator.Source.DEPARTMENT
                : MonthlyIndicator.Source.OFFICER;
        Set<String> codes = new HashSet<>();
        rows.forEach(r -> {
            if (r != null && r.creditCode() != null) {
                codes.add(r.creditCode().strip());
            }
        });
        return enterprises.findByCreditCodes(resolved, codes).flatMap(known -> {
            Map<String, Enterprise> byCode = new HashMap<>();
            known.forEach(e -> byCode.put(e.getCreditCode(), e));
            List<Violation> bad = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            YearMonth current = YearMonth.now(clock);
            for (int i = 0; i < rows.size(); i++) {
                String p = "rows[" + i + "].";
                BatchRow row = rows.get(i);
                if (row == null) {
                    bad.add(new Violation("rows[" + i + "]", "NotNull", "空行", "empty row"));
                    continue;
                }
                Enterprise e = row.creditCode() == null ? null : byCode.get(row.creditCode().strip());
                if (e == null) {
                    bad.add(new Violation(p + "creditCode", "Exists", "本园区没有该统一社会信用代码的企业",
                            "no enterprise with this credit code in the park"));
                }
                YearMonth month = IndicatorRules.month(p + "month", row.month(), current, bad);
                bad.addAll(IndicatorRules.values(p + "values.", row.values()));
                if (e != null && month != null && !seen.add(e.getCreditCode() + month)) {
                    bad.add(new Violation(p + "month", "UniqueInBatch", "同一企业同一月份在批次中重复",
                            "the same enterprise and month appear twice in the batch"));
                }
            }
            if (!bad.isEmpty()) {
                throw new RuleViolationException(bad);
            }
            Set<UUID> ids = new HashSet<>();
            Set<String> months = new HashSet<>();
            rows.forEach(r -> {
                ids.add(byCode.get(r.creditCode().strip()).getId());
                months.add(r.month());
            });
            return indicators.ofEnterprises(ids, months).flatMap(existing -> {
                Map<String, MonthlyIndicator> byKey = new HashMap<>();
                existing.forEach(m -> byKey.put(key(m.getEnterpriseId(), m.getMonth()), m));
                int[] counts = new int[3];
                Uni<Void> chain = Uni.createFrom().voidItem();
                for (BatchRow row : rows) {
                    Enterprise e = byCode.get(row.creditCode().strip());
                    String k = key(e.getId(), row.month());
                    MonthlyIndicator m = byKey.get(k);
                    if (m == null) {
                        MonthlyIndicator created = MonthlyIndicator.report(resolved, e.getId(), row.month(), row.values(),
                                source, actor, now);
                        counts[0]++;
                        chain = chain.chain(() -> indicators.persist(created)).replaceWithVoid();
                    } else if (m.sameAs(row.values())) {
                        counts[2]++;
                    } else {
                        IndicatorView before = IndicatorView.of(m);
                        m.apply(row.values(), source, actor, now);
                        counts[1]++;
                        chain = chain.chain(() -> audit.record(resolved, ENTITY, k, "correct", actor, before,
                                IndicatorView.of(m), "批量报送更正 / corrected by batch"));
                    }
                }
                return chain.chain(() -> indicators.flush())
                        .map(v -> new BatchResult(counts[0], counts[1], counts[2]));
            });
        });
    }

    @WithSession
    public Uni<List<IndicatorView>> list(String park, String enterpriseId, String from, String to) {
        ParkScope scope = parks.scope();
        String resolved = scope.resolve(park);
        List<Violation> bad = new ArrayList<>();
        UUID id = enterpriseId == null || enterpriseId.isBlank() ? null : parseUuid("enterpriseId", enterpriseId, bad);
        YearMonth far = YearMonth.of(9999, 12);
        if (from != null) {
            IndicatorRules.month("from", from, far, bad);
        }
        if (to != null) {
            IndicatorRules.month("to", to, far, bad);
        }
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        if (scope.isEnterpriseUser()) {
            if (id != null && !id.equals(scope.enterpriseId().get())) {
                throw new ForbiddenException("只能查看本企业月报", "only your own enterprise's reports");
            }
            id = scope.enterpriseId().get();
        }
        return indicators.list(resolved, id, from, to).map(list -> list.stream().map(IndicatorView::of).toList());
    }

    /** The latest monthly report of each enterprise, in the order asked; null where none or not visible. */
    @WithSession
    public Uni<List<IndicatorView>> latestOf(List<String> enterpriseIds) {
        ParkScope scope = parks.scope();
        ByEnterprises.Ids ids = ByEnterprises.Ids.of(enterpriseIds);
        return indicators.latestOf(ids.distinct()).map(found -> ByEnterprises.single(ids, scope, found,
                m -> new ByEnterprises.Owner(m.getParkId(), m.getEnterpriseId()), IndicatorView::of));
    }

    /** The park's figures for {@code from}…{@code to} with 同比 against the same months a year before. */
    @WithSession
    public Uni<IndicatorAggregate> aggregate(String park, String from, String to) {
        ParkScope scope = parks.scope();
        if (scope.isEnterpriseUser()) {
            throw new ForbiddenException("企业用户不能查看园区统计", "an enterprise user cannot see park figures");
        }
        String resolved = scope.resolve(park);
        List<Violation> bad = new ArrayList<>();
        YearMonth far = YearMonth.of(9999, 12);
        YearMonth f = IndicatorRules.month("from", from, far, bad);
        YearMonth t = IndicatorRules.month("to", to, far, bad);
        if (f != null && t != null && f.isAfter(t)) {
            bad.add(new Violation("to", "NotBeforeFrom", "截止月份不能早于起始月份", "to cannot be before from"));
        }
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        String baseFrom = f.minusYears(1).toString();
        String baseTo = t.minusYears(1).toString();
        return indicators.sums(resolved, from, to, baseFrom, baseTo, t.atEndOfMonth())
                .map(rows -> assemble(resolved, from, to, baseFrom, baseTo, rows));
    }

    /**
     * Each enterprise's year for other services (land-service's 亩产效益 run): the sums of its monthly
     * reports, its average headcount and its 规上 status on 31 December, for up to 500 ids in one call.
     */
    @WithSession
    public Uni<YearlyTotals> yearlyTotals(YearlyTotalsRequest request) {
        ParkScope scope = parks.scope();
        if (scope.isEnterpriseUser()) {
            throw new ForbiddenException("企业用户不能批量查询", "an enterprise user cannot total other enterprises");
        }
        List<Violation> bad = new ArrayList<>();
        YearlyTotalsRequest r = request == null ? new YearlyTotalsRequest(null, null, null) : request;
        int thisYear = YearMonth.now(clock).getYear();
        if (r.year() == null || r.year() < 2000 || r.year() > thisYear) {
            bad.add(new Violation("year", "Range", "年份应在2000年至今年之间", "year is between 2000 and this year"));
        }
        List<String> raw = r.enterpriseIds() == null ? List.of() : r.enterpriseIds();
        if (raw.isEmpty() || raw.size() > MAX_LOOKUP) {
            bad.add(new Violation("enterpriseIds", "Size", "应有 1 到 " + MAX_LOOKUP + " 个企业ID",
                    "1 to " + MAX_LOOKUP + " enterprise ids"));
        }
        Map<UUID, String> asked = new LinkedHashMap<>();
        for (int i = 0; i < raw.size() && i < MAX_LOOKUP; i++) {
            String id = raw.get(i);
            UUID parsed = id == null ? null : parseUuid("enterpriseIds[" + i + "]", id, bad);
            if (id == null) {
                bad.add(new Violation("enterpriseIds[" + i + "]", "NotNull", "不能为空", "must not be null"));
            }
            if (parsed != null) {
                asked.putIfAbsent(parsed, id);
            }
        }
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        String park = scope.resolve(r.park());
        int year = r.year();
        return indicators.yearTotals(park, asked.keySet(), year + "-01", year + "-12", LocalDate.of(year, 12, 31))
                .map(rows -> {
                    Map<UUID, EnterpriseYear> found = new HashMap<>();
                    for (Object[] row : rows) {
                        UUID id = (UUID) row[0];
                        found.put(id, new EnterpriseYear(id.toString(), (String) row[1], (String) row[2],
                                Boolean.TRUE.equals(row[3]), ((Number) row[4]).intValue(), decimal(row[5]), decimal(row[6]),
                                decimal(row[7]), decimal(row[8]), decimal(row[9]),
                                row[10] == null ? null : decimal(row[10]).setScale(1, RoundingMode.HALF_UP)));
                    }
                    List<EnterpriseYear> out = new ArrayList<>();
                    List<String> unknown = new ArrayList<>();
                    asked.forEach((id, text) -> {
                        EnterpriseYear y = found.get(id);
                        if (y == null) {
                            unknown.add(text);
                        } else {
                            out.add(y);
                        }
                    });
                    return new YearlyTotals(park, year, out, unknown);
                });
    }

    private static BigDecimal decimal(Object o) {
        return o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    static IndicatorAggregate assemble(String park, String from, String to, String baseFrom, String baseTo,
            List<Object[]> rows) {
        BigDecimal[] total = new BigDecimal[16];
        BigDecimal[] above = new BigDecimal[16];
        BigDecimal[] below = new BigDecimal[16];
        long[] reporting = new long[3];
        Map<String, BigDecimal[]> byChain = new LinkedHashMap<>();
        Map<String, Long> chainReporting = new HashMap<>();
        for (Object[] r : rows) {
            String chain = (String) r[0];
            boolean isAbove = Boolean.TRUE.equals(r[1]);
            long n = ((Number) r[2]).longValue();
            BigDecimal[] sums = new BigDecimal[16];
            for (int i = 0; i < 16; i++) {
                sums[i] = r[3 + i] == null ? null : new BigDecimal(r[3 + i].toString());
            }
            add(total, sums);
            add(isAbove ? above : below, sums);
            add(byChain.computeIfAbsent(chain, c -> new BigDecimal[16]), sums);
            reporting[0] += n;
            reporting[isAbove ? 1 : 2] += n;
            chainReporting.merge(chain, n, Long::sum);
        }
        BigDecimal parkRevenue = total[1];
        List<ChainFigures> chains = new ArrayList<>();
        byChain.forEach((chain, sums) -> chains.add(new ChainFigures(chain, Figures.of(chainReporting.get(chain), sums),
                parkRevenue == null || parkRevenue.signum() == 0 || sums[1] == null ? null
                        : sums[1].divide(parkRevenue, 4, RoundingMode.HALF_UP))));
        chains.sort(Comparator.comparing((ChainFigures c) -> c.figures().operatingRevenue().current() == null
                ? BigDecimal.ZERO : c.figures().operatingRevenue().current()).reversed());
        return new IndicatorAggregate(park, from, to, baseFrom, baseTo, Figures.of(reporting[0], total),
                Figures.of(reporting[1], above), Figures.of(reporting[2], below), chains);
    }

    private static void add(BigDecimal[] into, BigDecimal[] sums) {
        for (int i = 0; i < into.length; i++) {
            if (sums[i] != null) {
                into[i] = into[i] == null ? sums[i] : into[i].add(sums[i]);
            }
        }
    }

    static String key(UUID enterpriseId, String month) {
        return enterpriseId + ":" + month;
    }

    private static UUID parseUuid(String field, String raw, List<Violation> bad) {
        try {
            return UUID.fromString(raw.strip());
        } catch (RuntimeException e) {
            bad.add(new Violation(field, "UUID", "ID格式无效", field + " is not a UUID"));
            return null;
        }
    }
}
