package cn.yuanqu.land.factory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.clients.enterprises.CallerToken;
import cn.yuanqu.clients.enterprises.EnterpriseDirectory;
import cn.yuanqu.platform.audit.AuditTrail;
import cn.yuanqu.platform.error.ConflictException;
import cn.yuanqu.platform.error.DatabaseErrors;
import cn.yuanqu.platform.error.ForbiddenException;
import cn.yuanqu.platform.error.IllegalTransitionException;
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
 * Leases of standard factory units: signed for vacant units (the tenant checked in enterprises-service),
 * their dues generated from the rates ({@link Dues}), payments recorded against the dues (never more
 * than owed, receipts unique), and the lease ended — expiry, 清退 or 腾退 — which drops the unpaid dues after
 * its last day. Balances and arrears are computed as of a day, never stored. Land officers write; an
 * enterprise user sees its own leases.
 */
@ApplicationScoped
public class LeaseService {

    static final String ENTITY = "lease";
    static final int MAX_LOOKUP = 500;
    static final int MAX_TERM_YEARS = 20;

    private final LeaseRepository leases;
    private final FactoryRepository buildings;
    private final EnterpriseDirectory enterprises;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final SecurityIdentity identity;
    private final Clock clock;

    public LeaseService(LeaseRepository leases, FactoryRepository buildings, EnterpriseDirectory enterprises, AuditTrail audit,
            ParkContext parks, SecurityIdentity identity, Clock clock) {
        this.leases = leases;
        this.buildings = buildings;
        this.enterprises = enterprises;
        this.audit = audit;
        this.parks = parks;
        this.identity = identity;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------

    @WithSession
    public Uni<Page<LeaseView>> list(String park, String enterpriseId, Boolean active, PageRequest page) {
        ParkScope scope = parks.scope();
        UUID enterprise = enterpriseId == null || enterpriseId.isBlank() ? null : Ids.parse(enterpriseId, "enterpriseId");
        LocalDate today = LocalDate.now(clock);
        var q = LeaseRepository.query(scope.resolve(park), scope.enterpriseId(), enterprise, active, today);
        return leases.list(q, page.toPanachePage()).flatMap(rows -> views(rows, today))
                .flatMap(views -> leases.count(q).map(total -> Page.of(views, page, total)));
    }

    @WithSession
    public Uni<LeaseView> get(String id) {
        LocalDate today = LocalDate.now(clock);
        return visible(parks.scope(), Ids.parse(id, "id")).flatMap(l -> views(List.of(l), today)).map(v -> v.get(0));
    }

    /** The lease's dues with what was paid against each, and its payments. */
    @WithSession
    public Uni<LedgerView> ledger(String id) {
        LocalDate today = LocalDate.now(clock);
        return visible(parks.scope(), Ids.parse(id, "id")).flatMap(l -> views(List.of(l), today).flatMap(v -> leases
                .dues(List.of(l.getId())).flatMap(dues -> leases.payments(List.of(l.getId())).map(payments -> {
                    Map<String, BigDecimal> paid = paidByDue(payments, null);
                    List<DueView> dv = dues.stream().map(d -> {
                        BigDecimal p = paid.getOrDefault(key(d.getKind(), d.getPeriod()), BigDecimal.ZERO);
                        return new DueView(d.getKind(), d.getPeriod(), d.getDueOn(), d.getAmount(), p, d.getAmount().subtract(p));
                    }).toList();
                    return new LedgerView(v.get(0), dv, payments.stream().map(PaymentView::of).toList());
                }))));
    }

    /** Leases with arrears on {@code asOf} (today by default), the largest first. */
    @WithSession
    public Uni<List<LeaseView>> arrears(String park, java.time.LocalDate asOf) {
        ParkScope scope = parks.scope();
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        var q = LeaseRepository.query(scope.resolve(park), scope.enterpriseId(), null, null, day);
        return leases.find(q.where(), q.params()).list().flatMap(rows -> views(rows, day)).map(list -> list.stream()
                .filter(v -> arrearsOf(v).signum() > 0)
                .sorted((a, b) -> arrearsOf(b).compareTo(arrearsOf(a))).toList());
    }

    /** The leases of each enterprise asked for, in one query (batched joins). */
    @WithSession
    public Uni<List<List<LeaseView>>> ofEnterprises(List<String> enterpriseIds) {
        ParkScope scope = parks.scope();
        if (enterpriseIds.size() > MAX_LOOKUP) {
            throw new InvalidInputException(List.of(new Violation("enterpriseIds", "Size",
                    "一次最多查询" + MAX_LOOKUP + "个企业", "at most " + MAX_LOOKUP + " enterprises per look-up")));
        }
        List<UUID> parsed = enterpriseIds.stream().map(LeaseService::tryParse).toList();
        Set<UUID> wanted = new LinkedHashSet<>();
        parsed.stream().filter(Objects::nonNull).forEach(wanted::add);
        LocalDate today = LocalDate.now(clock);
        return leases.ofEnterprises(wanted).map(found -> found.stream().filter(l -> scope.allows(l.getParkId())
                && scope.enterpriseId().map(l.getEnterpriseId()::equals).orElse(true)).toList())
                .flatMap(allowed -> views(allowed, today)).map(views -> {
                    Map<String, List<LeaseView>> by = views.stream().collect(Collectors.groupingBy(LeaseView::enterpriseId));
                    return parsed.stream().map(id -> id == null ? List.<LeaseView> of() : by.getOrDefault(id.toString(), List.of()))
                            .toList();
                });
    }

    // ---- writing ------------------------------------------------------------------------------

    /** Signs a lease of vacant units of the park; the tenant is checked first; the dues are generated. */
    public Uni<LeaseView> sign(String park, @NotNull @Valid LeaseInput input) {
        ParkScope scope = parks.scope();
        requireOfficer(scope);
        String resolved = scope.resolve(park);
        String actor = scope.actor();
        List<Violation> bad = new ArrayList<>();
        if (input.endOn().isBefore(input.startOn())) {
            bad.add(new Violation("endOn", "NotBeforeStart", "到期日不能早于起租日", "cannot be before the start"));
        } else if (input.endOn().isAfter(input.startOn().plusYears(MAX_TERM_YEARS))) {
            bad.add(new Violation("endOn", "MaxTerm", "租期最长" + MAX_TERM_YEARS + "年", "a term is at most " + MAX_TERM_YEARS + " years"));
        }
        List<UUID> unitIds = new ArrayList<>();
        for (int k = 0; k < input.unitIds().size(); k++) {
            UUID u = Ids.parse(input.unitIds().get(k), "unitIds[" + k + "]");
            if (unitIds.contains(u)) {
                bad.add(new Violation("unitIds[" + k + "]", "Unique", "单元重复", "the unit appears twice"));
            }
            unitIds.add(u);
        }
        if (!bad.isEmpty()) {
            throw new RuleViolationException(bad);
        }
        UUID tenant = Ids.parse(input.enterpriseId(), "enterpriseId");
        return enterprises.require(CallerToken.bearer(identity), tenant, resolved, "enterpriseId")
                .flatMap(e -> Panache.withTransaction(() -> buildings.units(unitIds).flatMap(units -> {
                    Map<UUID, FactoryUnit> found = new HashMap<>();
                    units.stream().filter(u -> u.getParkId().equals(resolved)).forEach(u -> found.put(u.getId(), u));
                    List<Violation> missing = new ArrayList<>();
                    for (int k = 0; k < unitIds.size(); k++) {
                        if (!found.containsKey(unitIds.get(k))) {
                            missing.add(new Violation("unitIds[" + k + "]", "Exists", "本园区没有该厂房单元", "no such unit in this park"));
                        }
                    }
                    if (!missing.isEmpty()) {
                        throw new RuleViolationException(missing);
                    }
                    return leases.overlapping(unitIds, input.startOn(), input.endOn()).flatMap(busy -> {
                        if (!busy.isEmpty()) {
                            UUID unit = (UUID) busy.get(0)[0];
                            throw new ConflictException("unit-leased", "单元在租期内已出租（合同 " + busy.get(0)[1] + "）",
                                    "a unit is let in that term", List.of(new Violation("unitIds[" + unitIds.indexOf(unit) + "]",
                                            "Vacant", "该单元在租期内已出租", "the unit is let during that term")));
                        }
                        return leases.contractTaken(resolved, input.contractNo().strip());
                    }).flatMap(taken -> {
                        if (taken) {
                            throw duplicateContract();
                        }
                        BigDecimal area = unitIds.stream().map(u -> found.get(u).getAreaM2()).reduce(BigDecimal.ZERO, BigDecimal::add);
                        Lease l = Lease.of(resolved, input, e.name(), area, actor, OffsetDateTime.now(clock));
                        Uni<Void> steps = leases.persist(l).chain(() -> leases.flush()).replaceWithVoid();
                        for (UUID u : unitIds) {
                            steps = steps.chain(() -> leases.letUnit(l.getId(), u)).replaceWithVoid();
                        }
                        for (Dues.Due d : Dues.of(l, l.getStartOn(), l.getEndOn(), true)) {
                            steps = steps.chain(() -> leases.save(LeaseDue.of(l, d.kind(), d.period(), d.dueOn(), d.amount())));
                        }
                        return steps.chain(() -> leases.flush()).chain(() -> views(List.of(l), LocalDate.now(clock)))
                                .map(v -> v.get(0))
                                .call(v -> audit.record(resolved, ENTITY, v.id(), "sign", actor, null, v, null));
                    });
                }))).onFailure(DatabaseErrors::isUniqueViolation).transform(f -> duplicateContract());
    }

    /** Records a payment against a due of the lease (never more than is owed on it). */
    @WithTransaction
    public Uni<PaymentView> pay(String id, @NotNull @Valid PaymentInput input) {
        ParkScope scope = parks.scope();
        requireOfficer(scope);
        String actor = scope.actor();
        if (input.kind() != ChargeKind.DEPOSIT && input.period() == null) {
            throw new RuleViolationException(List.of(new Violation("period", "PeriodRequired", "租金、物业费须注明所属月份",
                    "rent and property fee name their month")));
        }
        return visible(scope, Ids.parse(id, "id")).flatMap(l -> leases.dues(List.of(l.getId()))
                .flatMap(dues -> leases.payments(List.of(l.getId())).flatMap(payments -> {
                    String period = input.kind() == ChargeKind.DEPOSIT ? null : input.period();
                    LeaseDue due = dues.stream().filter(d -> d.getKind() == input.kind() && Objects.equals(d.getPeriod(), period))
                            .findFirst().orElseThrow(() -> new RuleViolationException(List.of(new Violation(
                                    input.kind() == ChargeKind.DEPOSIT ? "kind" : "period", "NoSuchDue",
                                    "该租赁没有这笔应收（" + input.kind().label() + (period == null ? "" : " " + period) + "）",
                                    "the lease owes no such charge"))));
                    BigDecimal paid = paidByDue(payments, null).getOrDefault(key(due.getKind(), due.getPeriod()), BigDecimal.ZERO);
                    if (paid.add(input.amount()).compareTo(due.getAmount()) > 0) {
                        throw new RuleViolationException(List.of(new Violation("amount", "NotAboveDue",
                                "超过未收金额（" + due.getAmount().subtract(paid).toPlainString() + "元）",
                                "more than is outstanding on that due")));
                    }
                    return leases.receiptTaken(l.getParkId(), input.receiptNo().strip()).flatMap(taken -> {
                        if (taken) {
                            throw duplicateReceipt();
                        }
                        LeasePayment p = LeasePayment.of(l, input, actor, OffsetDateTime.now(clock));
                        return leases.save(p).chain(() -> leases.flush()).map(v -> PaymentView.of(p))
                                .call(v -> audit.record(l.getParkId(), "lease-payment", v.id(), "pay", actor, null, v, null));
                    });
                }))).onFailure(DatabaseErrors::isUniqueViolation).transform(f -> duplicateReceipt());
    }

    /** Ends a lease on its last day: expiry, 清退 or 腾退; unpaid dues after that day are dropped. */
    @WithTransaction
    public Uni<LeaseView> end(String id, long expectedVersion, @NotNull @Valid LeaseEndInput input) {
        ParkScope scope = parks.scope();
        requireOfficer(scope);
        String actor = scope.actor();
        return visible(scope, Ids.parse(id, "id")).flatMap(l -> {
            if (l.getVersion() != expectedVersion) {
                throw new StaleVersionException(ENTITY, l.getId(), expectedVersion, l.getVersion());
            }
            if (l.getEndedOn() != null) {
                throw new IllegalTransitionException("lease", "ENDED", input.kind().name(), "租赁已终止", "the lease has ended");
            }
            List<Violation> bad = new ArrayList<>();
            if (input.on().isBefore(l.getStartOn()) || input.on().isAfter(l.getEndOn())) {
                bad.add(new Violation("on", "WithinTerm", "终止日须在租期内（" + l.getStartOn() + "至" + l.getEndOn() + "）",
                        "the last day is within the term"));
            }
            if (input.kind().clearance() && (input.reason() == null || input.reason().isBlank())) {
                bad.add(new Violation("reason", "ReasonRequired", "清退、腾退须说明原因", "a clearance needs the reason"));
            }
            if (!bad.isEmpty()) {
                throw new RuleViolationException(bad);
            }
            LocalDate today = LocalDate.now(clock);
            return views(List.of(l), today).flatMap(before -> {
                String reason = input.reason() == null || input.reason().isBlank() ? null : input.reason().strip();
                l.end(input.on(), input.kind(), reason, actor, OffsetDateTime.now(clock));
                YearMonth last = YearMonth.from(input.on());
                Uni<Void> steps = leases.flush().chain(() -> leases.dropDuesFrom(l.getId(), last.toString())).replaceWithVoid();
                // the last month again, prorated to the last day (unless it was paid already and so kept)
                steps = steps.chain(() -> leases.dues(List.of(l.getId()))).flatMap(kept -> {
                    Uni<Void> add = Uni.createFrom().voidItem();
                    for (Dues.Due d : Dues.of(l, last.atDay(1).isBefore(l.getStartOn()) ? l.getStartOn() : last.atDay(1), input.on(), false)) {
                        boolean present = kept.stream().anyMatch(k -> k.getKind() == d.kind() && Objects.equals(k.getPeriod(), d.period()));
                        if (!present) {
                            add = add.chain(() -> leases.save(LeaseDue.of(l, d.kind(), d.period(), d.dueOn(), d.amount())));
                        }
                    }
                    return add;
                });
                return steps.chain(() -> leases.flush()).chain(() -> views(List.of(l), today)).map(v -> v.get(0))
                        .call(after -> audit.record(l.getParkId(), ENTITY, after.id(), "end", actor, before.get(0), after, reason));
            });
        });
    }

    // ---- views and access -------------------------------------------------------------------------

    /** Views with units and balances as of {@code day}: three queries whatever the number of leases. */
    private Uni<List<LeaseView>> views(List<Lease> rows, LocalDate day) {
        List<UUID> ids = rows.stream().map(Lease::getId).toList();
        return leases.unitsOf(ids).flatMap(pairs -> buildings.units(pairs.stream().map(p -> (UUID) p[1]).distinct().toList())
                .flatMap(units -> leases.dues(ids).flatMap(dues -> leases.payments(ids).map(payments -> {
                    Map<UUID, String> codeOf = new HashMap<>();
                    units.forEach(u -> codeOf.put(u.getId(), u.getCode()));
                    Map<UUID, List<String>> unitsOf = new HashMap<>();
                    pairs.forEach(p -> unitsOf.computeIfAbsent((UUID) p[0], k -> new ArrayList<>()).add(codeOf.get((UUID) p[1])));
                    Map<UUID, List<LeaseDue>> duesOf = dues.stream().collect(Collectors.groupingBy(LeaseDue::getLeaseId));
                    Map<UUID, List<LeasePayment>> paidOf = payments.stream().collect(Collectors.groupingBy(LeasePayment::getLeaseId));
                    return rows.stream().map(l -> view(l, unitsOf.getOrDefault(l.getId(), List.of()),
                            duesOf.getOrDefault(l.getId(), List.of()), paidOf.getOrDefault(l.getId(), List.of()), day)).toList();
                }))));
    }

    static LeaseView view(Lease l, List<String> units, List<LeaseDue> dues, List<LeasePayment> payments, LocalDate day) {
        Map<String, BigDecimal> paid = paidByDue(payments, day);
        Map<ChargeKind, BigDecimal[]> sums = new EnumMap<>(ChargeKind.class);
        for (LeaseDue d : dues) {
            if (d.getDueOn().isAfter(day)) {
                continue;
            }
            BigDecimal p = paid.getOrDefault(key(d.getKind(), d.getPeriod()), BigDecimal.ZERO).min(d.getAmount());
            BigDecimal[] s = sums.computeIfAbsent(d.getKind(), k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
            s[0] = s[0].add(d.getAmount());
            s[1] = s[1].add(p);
        }
        List<Balance> balances = sums.entrySet().stream().map(e -> new Balance(e.getKey(), e.getKey().label(), e.getValue()[0],
                e.getValue()[1], e.getValue()[0].subtract(e.getValue()[1]))).toList();
        Set<String> sortedUnits = new java.util.TreeSet<>(units);
        return new LeaseView(l.getId().toString(), l.getParkId(), l.getContractNo(), l.getEnterpriseId().toString(),
                l.getEnterpriseName(), List.copyOf(sortedUnits), l.getAreaM2(), l.getStartOn(), l.getEndOn(), l.getRentPerM2(),
                l.getPropertyFeePerM2(), l.getRentPerM2().multiply(l.getAreaM2()).setScale(2, RoundingMode.HALF_UP),
                l.getPropertyFeePerM2().multiply(l.getAreaM2()).setScale(2, RoundingMode.HALF_UP), l.getDeposit(), l.getEndedOn(),
                l.getEndKind(), l.getEndKind() == null ? null : l.getEndKind().label(), l.getEndReason(), l.letOn(day), balances,
                l.getVersion(), l.getUpdatedAt());
    }

    /** Paid per due (kind + period), counting payments made on or before {@code day} (all when null). */
    private static Map<String, BigDecimal> paidByDue(List<LeasePayment> payments, LocalDate day) {
        Map<String, BigDecimal> paid = new HashMap<>();
        for (LeasePayment p : payments) {
            if (day == null || !p.getPaidOn().isAfter(day)) {
                paid.merge(key(p.getKind(), p.getPeriod()), p.getAmount(), BigDecimal::add);
            }
        }
        return paid;
    }

    private static String key(ChargeKind kind, String period) {
        return kind + "/" + (period == null ? "" : period);
    }

    private static BigDecimal arrearsOf(LeaseView v) {
        return v.balances().stream().map(Balance::arrears).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Uni<Lease> visible(ParkScope scope, UUID id) {
        return leases.findById(id).map(l -> {
            if (l == null || !scope.allows(l.getParkId())
                    || scope.enterpriseId().map(e -> !e.equals(l.getEnterpriseId())).orElse(false)) {
                throw new NotFoundException("租赁", "lease", id);
            }
            return l;
        });
    }

    private void requireOfficer(ParkScope scope) {
        if (scope.isEnterpriseUser() || !(identity.hasRole("land-officer") || identity.hasRole("admin"))) {
            throw new ForbiddenException("厂房租赁由土地规划干部办理", "leases are handled by land officers");
        }
    }

    private static ConflictException duplicateContract() {
        return new ConflictException("duplicate-lease", "合同编号已存在", "the contract number is already used",
                List.of(new Violation("contractNo", "Unique", "本园区已有该编号的租赁合同", "the park already has that contract")));
    }

    private static ConflictException duplicateReceipt() {
        return new ConflictException("duplicate-receipt", "收据编号已使用", "the receipt number is already used",
                List.of(new Violation("receiptNo", "Unique", "本园区已有该编号的收据", "the park already has that receipt")));
    }

    private static UUID tryParse(String raw) {
        try {
            return raw == null ? null : UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
