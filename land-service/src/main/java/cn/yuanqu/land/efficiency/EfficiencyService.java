package cn.yuanqu.land.efficiency;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.clients.enterprises.EnterprisesClient;
import cn.yuanqu.clients.enterprises.YearlyTotals;
import cn.yuanqu.land.landcase.CaseRepository;
import cn.yuanqu.land.parcel.Parcel;
import cn.yuanqu.land.parcel.ParcelRepository;
import cn.yuanqu.land.parcel.ParcelView;
import cn.yuanqu.platform.audit.AuditTrail;
import cn.yuanqu.platform.error.ForbiddenException;
import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.NotFoundException;
import cn.yuanqu.platform.error.RuleViolationException;
import cn.yuanqu.platform.error.StaleVersionException;
import cn.yuanqu.platform.error.UnavailableException;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.paging.Page;
import cn.yuanqu.platform.paging.PageRequest;
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;

/**
 * 亩产效益 (亩均效益评价): each park's scheme per year; the evaluation of a year that is over — the land
 * holders on 31 December, their year read from enterprises-service in batched calls with this service's own
 * client-credentials token (the same for an officer's run and the scheduled one), scored and classed by
 * {@link EfficiencyRules} and written as a whole; the results, the A/B/C/D distribution, each enterprise's
 * latest class, and class-D enterprises' parcels as candidates for 低效用地 cases.
 */
@ApplicationScoped
public class EfficiencyService {

    static final String SCHEME = "efficiency-scheme";
    static final String EVALUATION = "efficiency-evaluation";
    static final int MAX_LOOKUP = 500;
    private static final Logger LOG = Logger.getLogger(EfficiencyService.class);

    private final EfficiencyRepository repository;
    private final ParcelRepository parcels;
    private final CaseRepository cases;
    private final EnterprisesClient enterprises;
    private final OidcClient serviceToken;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final SecurityIdentity identity;
    private final Clock clock;

    public EfficiencyService(EfficiencyRepository repository, ParcelRepository parcels, CaseRepository cases,
            EnterprisesClient enterprises, OidcClient serviceToken, AuditTrail audit, ParkContext parks,
            SecurityIdentity identity, Clock clock) {
        this.repository = repository;
        this.parcels = parcels;
        this.cases = cases;
        this.enterprises = enterprises;
        this.serviceToken = serviceToken;
        this.audit = audit;
        this.parks = parks;
        this.identity = identity;
        this.clock = clock;
    }

    /** The scheme in force for the park's year: set for it, else the latest earlier one, else the built-in one. */
    @WithSession
    public Uni<SchemeView> scheme(String park, Integer year) {
        String resolved = parks.scope().resolve(park);
        int y = year(year, false);
        return repository.scheme(resolved, y).flatMap(stored -> stored != null
                ? Uni.createFrom().item(new SchemeView(resolved, y, true, null, stored.getVersion(), stored.toScheme()))
                : repository.schemeInForce(resolved, y).map(earlier -> earlier == null
                        ? new SchemeView(resolved, y, false, null, null, Scheme.DEFAULT)
                        : new SchemeView(resolved, y, false, earlier.getYear(), null, earlier.toScheme())));
    }

    /** Sets the park's scheme for a year; {@code expectedVersion} guards a change of one already set. */
    @WithTransaction
    public Uni<SchemeView> setScheme(String park, Integer year, Scheme scheme, Long expectedVersion) {
        ParkScope scope = officer();
        String resolved = scope.resolve(park);
        int y = year(year, false);
        List<Violation> bad = scheme == null
                ? List.of(new Violation("scheme", "NotNull", "请提交评价办法", "a scheme is required"))
                : scheme.violations();
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String actor = scope.actor();
        return repository.scheme(resolved, y).flatMap(existing -> {
            if (existing == null) {
                EfficiencyScheme created = EfficiencyScheme.of(resolved, y, scheme, actor, now);
                return repository.save(created).replaceWith(created).call(c -> audit.record(resolved, SCHEME,
                        resolved + "/" + y, "set", actor, null, c.toScheme(), null));
            }
            if (expectedVersion != null && existing.getVersion() != expectedVersion) {
                throw new StaleVersionException(SCHEME, resolved + "/" + y, expectedVersion, existing.getVersion());
            }
            Scheme before = existing.toScheme();
            existing.change(scheme, actor, now);
            return repository.flush().replaceWith(existing).call(c -> audit.record(resolved, SCHEME, resolved + "/" + y,
                    "change", actor, before, c.toScheme(), null));
        }).map(s -> new SchemeView(resolved, y, true, null, s.getVersion(), s.toScheme()));
    }

    /** An officer's evaluation of a year that is over (again, if it was evaluated: the results are replaced). */
    public Uni<EvaluationView> evaluate(EvaluateInput input) {
        ParkScope scope = officer();
        String resolved = scope.resolve(input == null ? null : input.park());
        int y = year(input == null ? null : input.year(), true);
        return run(resolved, y, scope.actor());
    }

    /**
     * Evaluates the park's year as {@code actor}: reads the land holders on 31 December, their year from
     * enterprises-service (this service's own token, up to 500 enterprises per call), scores and classes
     * them with the scheme in force, and writes the evaluation and every result in one transaction.
     */
    Uni<EvaluationView> run(String park, int year, String actor) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return readHolders(park, end).flatMap(land -> totals(park, year, new ArrayList<>(land.keySet()))
                .flatMap(rows -> schemeApplied(park, year).flatMap(applied -> {
                    List<Holder> holders = new ArrayList<>();
                    land.forEach((id, l) -> holders.add(holder(id, l, rows.get(id))));
                    List<Scored> scored = EfficiencyRules.evaluate(applied.scheme(), holders);
                    OffsetDateTime now = OffsetDateTime.now(clock);
                    return repository.replace(park, year, applied.year(), applied.scheme(), scored, actor, now);
                })))
                .flatMap(this::view)
                .invoke(v -> LOG.infof("亩产效益 %s %d evaluated by %s: %d enterprises", park, year, actor, v.enterprises()));
    }

    private record Land(String name, BigDecimal mu, int parcels) {
    }

    private record Applied(Integer year, Scheme scheme) {
    }

    private Uni<Map<String, Land>> readHolders(String park, LocalDate end) {
        return repository.holders(park, end).map(rows -> {
            Map<String, Land> out = new LinkedHashMap<>();
            for (Object[] r : rows) {
                out.put(r[0].toString(), new Land((String) r[1], new BigDecimal(r[2].toString()), ((Number) r[3]).intValue()));
            }
            return out;
        });
    }

    private Uni<Applied> schemeApplied(String park, int year) {
        return repository.schemeInForce(park, year).map(s -> s == null ? new Applied(null, Scheme.DEFAULT)
                : new Applied(s.getYear(), s.toScheme()));
    }

    /** The holders' year from enterprises-service, in calls of at most 500 ids, with this service's own token. */
    private Uni<Map<String, YearlyTotals.Row>> totals(String park, int year, List<String> ids) {
        Map<String, YearlyTotals.Row> out = new HashMap<>();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(out);
        }
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += YearlyTotals.MAX_IDS) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + YearlyTotals.MAX_IDS)));
        }
        return serviceToken.getTokens()
                .onFailure().transform(e -> new UnavailableException("Keycloak (land-service service account)"))
                .flatMap(tokens -> Multi.createFrom().iterable(chunks)
                        .onItem().transformToUniAndConcatenate(chunk -> enterprises.yearlyTotals(
                                "Bearer " + tokens.getAccessToken(), park, year, chunk))
                        .invoke(t -> t.rows().forEach(r -> out.put(r.enterpriseId(), r)))
                        .collect().last())
                .onFailure(f -> !(f instanceof UnavailableException))
                .transform(e -> new UnavailableException("enterprises-service"))
                .replaceWith(out);
    }

    /** A holder with its year; one enterprises-service does not know (any more) counts as 规下 with nothing reported. */
    private static Holder holder(String id, Land land, YearlyTotals.Row row) {
        if (row == null) {
            return new Holder(id, land.name(), Population.BELOW_SCALE, land.mu(), land.parcels(), 0, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null);
        }
        return new Holder(id, row.name(), row.aboveScale() ? Population.ABOVE_SCALE : Population.BELOW_SCALE, land.mu(),
                land.parcels(), row.monthsReported(), zero(row.operatingRevenue()), zero(row.taxPaid()),
                zero(row.valueAdded()), zero(row.energyTce()), zero(row.rdSpending()), row.averageEmployees());
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    /** A year's evaluation with its distribution; 404 when the year was not evaluated. */
    @WithSession
    public Uni<EvaluationView> evaluation(String park, Integer year) {
        String resolved = parks.scope().resolve(park);
        int y = year(year, false);
        return repository.evaluation(resolved, y).flatMap(e -> {
            if (e == null) {
                throw new NotFoundException("亩产效益评价", "efficiency evaluation", resolved + "/" + y);
            }
            return view(e);
        });
    }

    private Uni<EvaluationView> view(EfficiencyEvaluation e) {
        return repository.distribution(e.getParkId(), e.getYear()).map(rows -> new EvaluationView(e.getParkId(), e.getYear(),
                e.getSchemeYear(), e.getScheme(), e.getEnterprises(), e.getEvaluatedAt(), e.getEvaluatedBy(),
                rows.stream().map(r -> new GradeCount((Population) r[0], (Grade) r[1], ((Number) r[2]).intValue(),
                        new BigDecimal(r[3].toString()))).toList()));
    }

    /** A year's results, by population and rank; an enterprise user sees only its own. */
    @WithSession
    public Uni<Page<ResultView>> results(String park, Integer year, Grade grade, Population population, PageRequest page) {
        ParkScope scope = parks.scope();
        String resolved = scope.resolve(park);
        int y = year(year, false);
        UUID only = scope.enterpriseId().orElse(null);
        return repository.results(resolved, y, grade, population, only, page.toPanachePage())
                .flatMap(list -> repository.countResults(resolved, y, grade, population, only)
                        .map(total -> Page.of(list.stream().map(ResultView::of).toList(), page, total)));
    }

    /** Class-D enterprises of the year with the parcels they use that no case is open on. */
    @WithSession
    public Uni<List<InefficientCandidate>> candidates(String park, Integer year) {
        ParkScope scope = parks.scope();
        if (scope.isEnterpriseUser()) {
            throw new ForbiddenException("企业用户不能查看处置候选", "an enterprise user cannot see disposal candidates");
        }
        String resolved = scope.resolve(park);
        int y = year(year, false);
        return repository.ofGrade(resolved, y, Grade.D)
                .flatMap(ds -> {
                    Set<UUID> holders = new LinkedHashSet<>();
                    ds.forEach(r -> holders.add(r.getEnterpriseId()));
                    return parcels.inUseBy(resolved, holders).flatMap(used -> cases
                            .parcelsWithOpenCases(used.stream().map(Parcel::getId).toList()).map(open -> {
                                Set<UUID> busy = new HashSet<>(open);
                                Map<UUID, List<ParcelView>> by = new HashMap<>();
                                used.stream().filter(p -> !busy.contains(p.getId()))
                                        .forEach(p -> by.computeIfAbsent(p.getHolderId(), k -> new ArrayList<>()).add(ParcelView.of(p)));
                                return ds.stream().filter(r -> by.containsKey(r.getEnterpriseId()))
                                        .map(r -> new InefficientCandidate(ResultView.of(r), by.get(r.getEnterpriseId()))).toList();
                            }));
                });
    }

    /** Each enterprise's latest result, in the order asked (null where never evaluated or not visible). */
    @WithSession
    public Uni<List<ResultView>> ofEnterprises(List<String> enterpriseIds) {
        ParkScope scope = parks.scope();
        if (enterpriseIds.size() > MAX_LOOKUP) {
            throw new InvalidInputException(List.of(new Violation("enterpriseIds", "Size",
                    "一次最多查询" + MAX_LOOKUP + "个企业", "at most " + MAX_LOOKUP + " enterprises per look-up")));
        }
        List<UUID> parsed = enterpriseIds.stream().map(EfficiencyService::tryParse).toList();
        Set<UUID> wanted = new LinkedHashSet<>();
        parsed.stream().filter(Objects::nonNull).forEach(wanted::add);
        return repository.latestOf(wanted).map(found -> {
            Map<UUID, ResultView> by = new HashMap<>();
            for (EfficiencyResult r : found) {
                if (scope.allows(r.getParkId()) && scope.enterpriseId().map(r.getEnterpriseId()::equals).orElse(true)) {
                    by.put(r.getEnterpriseId(), ResultView.of(r));
                }
            }
            return parsed.stream().map(id -> id == null ? null : by.get(id)).toList();
        });
    }

    private static UUID tryParse(String id) {
        try {
            return id == null ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The year asked: required, from 2000; {@code over} — the year must have ended (evaluations). */
    private int year(Integer year, boolean over) {
        int now = Year.now(clock).getValue();
        if (year == null || year < 2000 || year > now + 1) {
            throw new InvalidInputException(List.of(new Violation("year", "Range", "年度应在2000年至明年之间",
                    "year is between 2000 and next year")));
        }
        if (over && year >= now) {
            throw new RuleViolationException(List.of(new Violation("year", "YearOver",
                    "只能评价已结束的年度（" + (now - 1) + "年及以前）", "only a year that is over can be evaluated (" + (now - 1) + " or before)")));
        }
        return year;
    }

    private ParkScope officer() {
        ParkScope scope = parks.scope();
        if (scope.isEnterpriseUser() || !(identity.hasRole("land-officer") || identity.hasRole("admin"))) {
            throw new ForbiddenException("亩产效益评价由土地规划干部办理", "per-mu efficiency is run by land officers");
        }
        return scope;
    }
}
