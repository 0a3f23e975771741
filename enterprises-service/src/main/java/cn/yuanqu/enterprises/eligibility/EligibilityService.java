package cn.yuanqu.enterprises.eligibility;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.enterprises.registry.EnterpriseRepository;
import cn.yuanqu.platform.audit.AuditTrail;
import cn.yuanqu.platform.error.ForbiddenException;
import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.NotFoundException;
import cn.yuanqu.platform.error.RuleViolationException;
import cn.yuanqu.platform.error.StaleVersionException;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.paging.Page;
import cn.yuanqu.platform.paging.PageRequest;
import cn.yuanqu.platform.rest.Ids;
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;

/**
 * The eligibility pre-screen (入规与资质预评): every enterprise of a park against RULES.md, from its own
 * monthly reports, qualifications and yearly facts, with the park's thresholds (national by default).
 * This is how an officer finds next year's candidates; the result says what passed, what failed and
 * what is missing.
 */
@ApplicationScoped
public class EligibilityService {

    static final String SETTINGS = "eligibility-settings";
    static final String FACTS = "eligibility-facts";

    private final EligibilityRepository repository;
    private final EnterpriseRepository enterprises;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final SecurityIdentity identity;
    private final Clock clock;

    public EligibilityService(EligibilityRepository repository, EnterpriseRepository enterprises, AuditTrail audit,
            ParkContext parks, SecurityIdentity identity, Clock clock) {
        this.repository = repository;
        this.enterprises = enterprises;
        this.audit = audit;
        this.parks = parks;
        this.clock = clock;
        this.identity = identity;
    }

    /** The park's enterprises screened as of a month, optionally only those with an outcome for a program. */
    @WithSession
    public Uni<Page<EligibilityResult>> screen(String park, String asOf, Program program, Outcome outcome,
            PageRequest pageRequest) {
        ParkScope scope = parks.scope();
        if (scope.isEnterpriseUser()) {
            throw new ForbiddenException("企业用户只能查看本企业预评", "an enterprise user sees only their own pre-screen");
        }
        if (outcome != null && program == null) {
            throw new InvalidInputException(List.of(new Violation("program", "RequiredWithOutcome",
                    "按结论筛选时须指定项目", "give the program to filter by outcome")));
        }
        String resolved = scope.resolve(park);
        YearMonth month = month(asOf);
        return evaluate(resolved, null, month).map(all -> {
            List<EligibilityResult> kept = all.stream().filter(r -> program == null || r.programs().stream()
                    .anyMatch(p -> p.program() == program && (outcome == null || p.outcome() == outcome))).toList();
            int from = Math.min(kept.size(), pageRequest.page() * pageRequest.size());
            int to = Math.min(kept.size(), from + pageRequest.size());
            return Page.of(kept.subList(from, to), pageRequest, kept.size());
        });
    }

    /** One enterprise's screen; an enterprise user sees their own. */
    @WithSession
    public Uni<EligibilityResult> screenOne(String enterpriseId, String asOf) {
        ParkScope scope = parks.scope();
        UUID id = Ids.parse(enterpriseId, "enterpriseId");
        YearMonth month = month(asOf);
        return enterprises.findById(id).flatMap(e -> {
            if (e == null || !scope.allows(e.getParkId())) {
                throw new NotFoundException("企业", "enterprise", id);
            }
            scope.requireEnterprise(id);
            return evaluate(e.getParkId(), id, month);
        }).map(list -> {
            if (list.isEmpty()) {
                throw new RuleViolationException(List.of(new Violation("asOf", "Operating",
                        "该企业在该月份不在园区经营", "the enterprise was not operating in the park at that month")));
            }
            return list.get(0);
        });
    }

    private Uni<List<EligibilityResult>> evaluate(String park, UUID only, YearMonth asOf) {
        int year = asOf.getMonthValue() == 12 ? asOf.getYear() : asOf.getYear() - 1;
        return thresholds(park).flatMap(t -> repository.profiles(park, only, asOf, year)
                .flatMap(rows -> repository.validTypes(park, asOf.atEndOfMonth()).flatMap(types -> repository
                        .facts(park, year).map(facts -> {
                            Map<UUID, Set<String>> valid = new HashMap<>();
                            types.forEach(r -> valid.computeIfAbsent(uuid(r[0]), k -> new HashSet<>()).add((String) r[1]));
                            Map<UUID, FactsInput> byEnterprise = new HashMap<>();
                            facts.forEach(f -> byEnterprise.put(f.getEnterpriseId(), f.facts()));
                            List<EligibilityResult> out = new ArrayList<>(rows.size());
                            for (Object[] r : rows) {
                                UUID id = uuid(r[0]);
                                EligibilityRules.Profile profile = new EligibilityRules.Profile(Boolean.TRUE.equals(r[3]),
                                        valid.getOrDefault(id, Set.of()), r[5] == null ? 0 : ((Number) r[5]).intValue(),
                                        num(r[6]), year(r, 7), year(r, 12), year(r, 17),
                                        byEnterprise.getOrDefault(id, FactsInput.NONE));
                                out.add(new EligibilityResult(id.toString(), (String) r[1], (String) r[2], asOf.toString(),
                                        year, EligibilityRules.evaluate(profile, t)));
                            }
                            return out;
                        }))));
    }

    private static EligibilityRules.Year year(Object[] r, int i) {
        int months = r[i] == null ? 0 : ((Number) r[i]).intValue();
        if (months == 0) {
            return EligibilityRules.Year.NONE;
        }
        return new EligibilityRules.Year(months, num(r[i + 1]), num(r[i + 2]), num(r[i + 3]),
                r[i + 4] == null ? null : ((Number) r[i + 4]).intValue());
    }

    @WithSession
    public Uni<SettingsView> settings(String park) {
        String resolved = parks.scope().resolve(park);
        return repository.settings(resolved).map(s -> s == null
                ? new SettingsView(resolved, "NATIONAL", Thresholds.NATIONAL, null)
                : new SettingsView(resolved, "PARK", s.thresholds(), s.getVersion()));
    }

    /** Sets a park's thresholds (admin only); {@code expectedVersion} is required once the park has its own. */
    @WithTransaction
    public Uni<SettingsView> updateSettings(String park, Long expectedVersion, @NotNull @Valid Thresholds t) {
        ParkScope scope = parks.scope();
        if (!identity.hasRole("admin")) {
            throw new ForbiddenException("门槛由管理员设置", "thresholds are set by an admin");
        }
        String resolved = scope.resolve(park);
        if (t.highTechBandLarge().compareTo(t.highTechBandSmall()) <= 0) {
            throw new RuleViolationException(List.of(new Violation("highTechBandLarge", "AboveSmallBand",
                    "中型上限须大于小型上限", "the middle band must end above the small band")));
        }
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return repository.settings(resolved).flatMap(s -> {
            if (s == null) {
                return repository.persist(EligibilitySettings.of(resolved, t, actor, now))
                        .map(saved -> new SettingsView(resolved, "PARK", saved.thresholds(), saved.getVersion()))
                        .call(v -> audit.record(resolved, SETTINGS, resolved, "set", actor, null, v, null));
            }
            if (expectedVersion == null) {
                throw new InvalidInputException(List.of(new Violation("If-Match", "Required",
                        "缺少 If-Match 请求头（应为读取时的版本号）", "the If-Match header with the version read is required")));
            }
            if (s.getVersion() != expectedVersion) {
                throw new StaleVersionException(SETTINGS, resolved, expectedVersion, s.getVersion());
            }
            SettingsView before = new SettingsView(resolved, "PARK", s.thresholds(), s.getVersion());
            s.apply(t, actor, now);
            return repository.flush().map(v -> new SettingsView(resolved, "PARK", s.thresholds(), s.getVersion()))
                    .call(after -> audit.record(resolved, SETTINGS, resolved, "update", actor, before, after, null));
        });
    }

    @WithSession
    public Uni<FactsView> facts(String enterpriseId, int year) {
        ParkScope scope = parks.scope();
        UUID id = Ids.parse(enterpriseId, "enterpriseId");
        requireYear(year);
        return visible(scope, id).flatMap(e -> repository.fact(id, year)).map(f -> f == null
                ? new FactsView(id.toString(), year, FactsInput.NONE, null)
                : new FactsView(id.toString(), year, f.facts(), f.getVersion()));
    }

    /** Records an enterprise's facts for a year (the enterprise itself or an officer); audited. */
    @WithTransaction
    public Uni<FactsView> putFacts(String enterpriseId, int year, Long expectedVersion, @NotNull @Valid FactsInput input) {
        ParkScope scope = parks.scope();
        UUID id = Ids.parse(enterpriseId, "enterpriseId");
        requireYear(year);
        if (!scope.isEnterpriseUser() && !identity.hasRole("enterprise-officer") && !identity.hasRole("admin")) {
            throw new ForbiddenException("申报要素由企业或企业服务干部填报", "facts come from the enterprise or an officer");
        }
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return visible(scope, id).flatMap(e -> repository.fact(id, year).flatMap(f -> {
            if (f == null) {
                return repository.persist(EligibilityFact.of(e.getParkId(), id, year, input, actor, now))
                        .map(saved -> new FactsView(id.toString(), year, saved.facts(), saved.getVersion()))
                        .call(v -> audit.record(e.getParkId(), FACTS, id + ":" + year, "record", actor, null, v, null));
            }
            if (expectedVersion != null && f.getVersion() != expectedVersion) {
                throw new StaleVersionException(FACTS, id + ":" + year, expectedVersion, f.getVersion());
            }
            if (f.facts().equals(input)) {
                return Uni.createFrom().item(new FactsView(id.toString(), year, f.facts(), f.getVersion()));
            }
            FactsView before = new FactsView(id.toString(), year, f.facts(), f.getVersion());
            f.apply(input, actor, now);
            return repository.flush().map(v -> new FactsView(id.toString(), year, f.facts(), f.getVersion()))
                    .call(after -> audit.record(e.getParkId(), FACTS, id + ":" + year, "correct", actor, before, after, null));
        }));
    }

    private Uni<Thresholds> thresholds(String park) {
        return repository.settings(park).map(s -> s == null ? Thresholds.NATIONAL : s.thresholds());
    }

    private Uni<cn.yuanqu.enterprises.registry.Enterprise> visible(ParkScope scope, UUID id) {
        return enterprises.findById(id).map(e -> {
            if (e == null || !scope.allows(e.getParkId())) {
                throw new NotFoundException("企业", "enterprise", id);
            }
            scope.requireEnterprise(id);
            return e;
        });
    }

    private YearMonth month(String raw) {
        if (raw == null || raw.isBlank()) {
            return YearMonth.now(clock).minusMonths(1);
        }
        if (!raw.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            throw new InvalidInputException(List.of(new Violation("asOf", "Pattern", "月份格式应为 YYYY-MM",
                    "asOf must be a month YYYY-MM")));
        }
        YearMonth m = YearMonth.parse(raw);
        if (m.isAfter(YearMonth.now(clock))) {
            throw new InvalidInputException(List.of(new Violation("asOf", "NotFuture", "月份不能晚于本月",
                    "asOf cannot be a future month")));
        }
        return m;
    }

    private static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException(List.of(new Violation("year", "Range", "年度应在2000至2100之间",
                    "year must be between 2000 and 2100")));
        }
    }

    private static UUID uuid(Object o) {
        return o instanceof UUID u ? u : UUID.fromString(o.toString());
    }

    private static BigDecimal num(Object o) {
        return o == null ? null : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }
}
