package cn.yuanqu.enterprises.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.audit.AuditRecord;
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
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;

/**
 * The enterprise registry's application layer: the REST resource and the GraphQL API are thin
 * adapters over these methods. Park isolation, the enterprise user's own-enterprise rule,
 * optimistic locking, the status machine and the audit trail are enforced here.
 */
@ApplicationScoped
public class EnterpriseService {

    static final String ENTITY = "enterprise";

    /** API sort fields → entity attributes. */
    static final Map<String, String> SORTABLE = Map.of(
            "name", "name",
            "creditCode", "creditCode",
            "industryChain", "industryChain",
            "status", "status",
            "aboveScaleSince", "aboveScaleSince",
            "settledOn", "settledOn",
            "createdAt", "createdAt",
            "updatedAt", "updatedAt");

    static final int MAX_LOOKUP = 500;

    private final EnterpriseRepository enterprises;
    private final EnterpriseTransitionRepository transitions;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final Clock clock;

    public EnterpriseService(EnterpriseRepository enterprises, EnterpriseTransitionRepository transitions,
            AuditTrail audit, ParkContext parks, Clock clock) {
        this.enterprises = enterprises;
        this.transitions = transitions;
        this.audit = audit;
        this.parks = parks;
        this.clock = clock;
    }

    /** Lists the enterprises of one park; an enterprise user sees only their own enterprise. */
    @WithSession
    public Uni<Page<EnterpriseView>> list(String park, EnterpriseFilter filter, PageRequest pageRequest) {
        ParkScope scope = parks.scope();
        String resolved = scope.resolve(park);
        var query = EnterpriseRepository.query(resolved, filter, scope.enterpriseId());
        var sort = pageRequest.toSort(SORTABLE, "id");
        return enterprises.list(query, sort, pageRequest.toPanachePage())
                .flatMap(rows -> enterprises.count(query)
                        .map(total -> Page.of(rows.stream().map(EnterpriseView::of).toList(), pageRequest, total)));
    }

    /** One enterprise by id; another park's enterprise is reported as not found. */
    @WithSession
    public Uni<EnterpriseView> get(String id) {
        ParkScope scope = parks.scope();
        return visible(scope, parseId(id)).map(EnterpriseView::of);
    }

    /** One enterprise by its credit code in a park (the departments' natural key). */
    @WithSession
    public Uni<EnterpriseView> getByCreditCode(String park, String creditCode) {
        ParkScope scope = parks.scope();
        String resolved = scope.resolve(park);
        return enterprises.findByCreditCode(resolved, creditCode)
                .onItem().ifNull().failWith(() -> notFound(creditCode))
                .invoke(e -> scope.requireEnterprise(e.getId()))
                .map(EnterpriseView::of);
    }

    /**
     * Batched look-up: the enterprises with these ids that the caller may see, in the order of
     * {@code ids}, with {@code null} where an id is unknown or not visible.
     */
    @WithSession
    public Uni<List<EnterpriseView>> byIds(List<String> ids) {
        ParkScope scope = parks.scope();
        if (ids.size() > MAX_LOOKUP) {
            throw new InvalidInputException(List.of(new Violation("ids", "Size",
                    "一次最多查询" + MAX_LOOKUP + "个企业", "at most " + MAX_LOOKUP + " ids per look-up")));
        }
        Set<UUID> wanted = new LinkedHashSet<>();
        List<UUID> parsed = new ArrayList<>(ids.size());
        for (String raw : ids) {
            UUID id = tryParse(raw);
            parsed.add(id);
            if (id != null) {
                wanted.add(id);
            }
        }
        return enterprises.findByIds(wanted).map(found -> {
            Map<UUID, EnterpriseView> byId = found.stream()
                    .filter(e -> canSee(scope, e))
                    .collect(Collectors.toMap(Enterprise::getId, EnterpriseView::of));
            List<EnterpriseView> ordered = new ArrayList<>(parsed.size());
            for (UUID id : parsed) {
                ordered.add(id == null ? null : byId.get(id));
            }
            return ordered;
        });
    }

    /** Registers an enterprise in a park. Its id derives from park and credit code. */
    @WithTransaction
    public Uni<EnterpriseView> register(String park, @NotNull @Valid EnterpriseInput input) {
        ParkScope scope = parks.scope();
        String resolved = scope.resolve(park);
        if (scope.isEnterpriseUser()) {
            throw new ForbiddenException("企业用户不能登记企业", "an enterprise user cannot register enterprises");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate settledOn = input.settledOn() == null ? today : input.settledOn();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String actor = scope.actor();
        return requireUniqueCreditCode(resolved, input.creditCode(), null)
                .flatMap(ignored -> {
                    Enterprise e = Enterprise.register(EnterpriseIds.of(resolved, input.creditCode()), resolved, input,
                            settledOn, actor, now);
                    return enterprises.persistAndFlush(e)
                            .onFailure(DatabaseErrors::isUniqueViolation)
                            .transform(f -> duplicateCreditCode(input.creditCode()))
                            .flatMap(saved -> transitions.persist(EnterpriseTransition.of(saved, TransitionKind.STATUS,
                                    null, EnterpriseStatus.OPERATING.name(), settledOn, actor, now, "登记入园 / registered")))
                            .flatMap(t -> audit.record(resolved, ENTITY, e.getId().toString(), "register", actor, null,
                                    EnterpriseView.of(e), null))
                            .map(v -> EnterpriseView.of(e));
                });
    }

    /** Updates the descriptive fields; {@code expectedVersion} must be the version the caller read. */
    @WithTransaction
    public Uni<EnterpriseView> update(String id, long expectedVersion, @NotNull @Valid EnterpriseInput input) {
        ParkScope scope = parks.scope();
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return visible(scope, parseId(id))
                .invoke(e -> checkVersion(e, expectedVersion))
                .flatMap(e -> {
                    if (scope.isEnterpriseUser() && !e.getCreditCode().equals(input.creditCode())) {
                        throw new ForbiddenException("企业用户不能修改统一社会信用代码",
                                "an enterprise user cannot change the credit code");
                    }
                    return requireUniqueCreditCode(e.getParkId(), input.creditCode(), e.getId()).replaceWith(e);
                })
                .flatMap(e -> {
                    EnterpriseView before = EnterpriseView.of(e);
                    e.apply(input, actor, now);
                    return enterprises.flush()
                            .onFailure(DatabaseErrors::isUniqueViolation)
                            .transform(f -> duplicateCreditCode(input.creditCode()))
                            .map(v -> EnterpriseView.of(e))
                            .call(after -> audit.record(e.getParkId(), ENTITY, after.id(), "update", actor, before, after,
                                    null));
                });
    }

    /** Moves an enterprise to another operating status, as a dated, recorded transition. */
    @WithTransaction
    public Uni<EnterpriseView> changeStatus(String id, long expectedVersion, @NotNull @Valid StatusChange change) {
        return transition(id, expectedVersion, (e, actor, now) -> {
            EnterpriseStatus from = e.getStatus();
            if (!from.canMoveTo(change.to())) {
                throw new IllegalTransitionException("enterprise-status", from.name(), change.to().name(),
                        "不允许从「" + from.label() + "」变更为「" + change.to().label() + "」，可变更为：" + labels(from.next()),
                        "status " + from + " cannot move to " + change.to() + "; allowed: " + from.next());
            }
            requireNotBefore(change.effectiveDate(), e.getStatusSince(), "当前状态起始日期", "the current status began");
            e.moveTo(change.to(), change.effectiveDate(), actor, now);
            return new Change(TransitionKind.STATUS, from.name(), change.to().name(), change.effectiveDate(),
                    change.reason(), "status-change");
        });
    }

    /** Enters (入规) or leaves (退规) above-scale status, as a dated, recorded transition. */
    @WithTransaction
    public Uni<EnterpriseView> changeScale(String id, long expectedVersion, @NotNull @Valid ScaleChange change) {
        return transition(id, expectedVersion, scaleStep(change.aboveScale(), change.effectiveDate(), change.reason()));
    }

    /**
     * Records entering 规上 inside the caller's transaction — for a goal reached elsewhere in this
     * service (a cultivation entry for 入规). Same rules and records as {@link #changeScale}.
     */
    public Uni<EnterpriseView> enterAboveScale(String park, UUID enterpriseId, LocalDate date, String actor,
            String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return enterprises.findById(enterpriseId).flatMap(e -> {
            if (e == null || !e.getParkId().equals(park)) {
                throw notFound(enterpriseId);
            }
            return apply(e, actor, now, scaleStep(true, date, reason));
        });
    }

    private static Step scaleStep(boolean to, LocalDate effectiveDate, String reason) {
        return (e, actor, now) -> {
            boolean from = e.isAboveScale();
            if (from == to) {
                throw new IllegalTransitionException("enterprise-scale", scaleName(from), scaleName(from),
                        from ? "企业已是规上企业" : "企业不是规上企业",
                        from ? "the enterprise is already above scale" : "the enterprise is not above scale");
            }
            if (e.getStatus() == EnterpriseStatus.EXITED) {
                throw new IllegalTransitionException("enterprise-scale", scaleName(from), scaleName(to),
                        "已迁出/注销的企业不能变更规上标志", "an enterprise that has exited cannot change its scale");
            }
            requireNotBefore(effectiveDate, e.getSettledOn(), "入园日期", "the enterprise settled in the park");
            e.changeScale(to, effectiveDate, actor, now);
            return new Change(TransitionKind.SCALE, scaleName(from), scaleName(to), effectiveDate, reason,
                    "scale-change");
        };
    }

    /** A transition applied to an enterprise: what to record. */
    private record Change(TransitionKind kind, String from, String to, LocalDate effectiveDate, String reason,
            String action) {
    }

    /** Checks and applies one transition to the entity; throws when it is not allowed. */
    @FunctionalInterface
    private interface Step {
        Change apply(Enterprise enterprise, String actor, OffsetDateTime now);
    }

    /** The common path of status and scale changes: the visible enterprise at the version read. */
    private Uni<EnterpriseView> transition(String id, long expectedVersion, Step step) {
        ParkScope scope = parks.scope();
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return visible(scope, parseId(id))
                .invoke(e -> checkVersion(e, expectedVersion))
                .flatMap(e -> apply(e, actor, now, step));
    }

    /** Applies a step and records its transition and audit entry in the current transaction. */
    private Uni<EnterpriseView> apply(Enterprise e, String actor, OffsetDateTime now, Step step) {
        EnterpriseView before = EnterpriseView.of(e);
        Change c = step.apply(e, actor, now);
        return enterprises.flush()
                .flatMap(v -> transitions.persist(EnterpriseTransition.of(e, c.kind(), c.from(), c.to(),
                        c.effectiveDate(), actor, now, c.reason())))
                .map(t -> EnterpriseView.of(e))
                .call(after -> audit.record(e.getParkId(), ENTITY, after.id(), c.action(), actor, before, after,
                        c.reason()));
    }

    /** The recorded status and scale changes of an enterprise, oldest first. */
    @WithSession
    public Uni<List<TransitionView>> transitions(String id) {
        ParkScope scope = parks.scope();
        return visible(scope, parseId(id))
                .flatMap(e -> transitions.history(e.getParkId(), e.getId()))
                .map(list -> list.stream().map(TransitionView::of).toList());
    }

    /** The audit trail of an enterprise record: who changed what, when, before and after. */
    @WithSession
    public Uni<List<AuditRecord>> audit(String id) {
        ParkScope scope = parks.scope();
        return visible(scope, parseId(id))
                .flatMap(e -> audit.history(e.getParkId(), ENTITY, e.getId().toString()));
    }

    private Uni<Enterprise> visible(ParkScope scope, UUID id) {
        return enterprises.findById(id)
                .onItem().ifNull().failWith(() -> notFound(id))
                .map(e -> {
                    if (!scope.allows(e.getParkId())) {
                        throw notFound(id);
                    }
                    scope.requireEnterprise(e.getId());
                    return e;
                });
    }

    private static boolean canSee(ParkScope scope, Enterprise e) {
        return scope.allows(e.getParkId())
                && (scope.enterpriseId().isEmpty() || scope.enterpriseId().get().equals(e.getId()));
    }

    private Uni<Void> requireUniqueCreditCode(String park, String creditCode, UUID self) {
        return enterprises.findByCreditCode(park, creditCode).map(existing -> {
            if (existing != null && !existing.getId().equals(self)) {
                throw duplicateCreditCode(creditCode);
            }
            return null;
        });
    }

    private static ConflictException duplicateCreditCode(String creditCode) {
        return new ConflictException("duplicate-credit-code",
                "本园区已登记统一社会信用代码为 " + creditCode + " 的企业",
                "an enterprise with credit code " + creditCode + " is already registered in this park",
                List.of(new Violation("creditCode", "Unique", "统一社会信用代码在本园区内已存在",
                        "credit code already registered in this park")));
    }

    private static void checkVersion(Enterprise e, long expected) {
        if (e.getVersion() != expected) {
            throw new StaleVersionException(ENTITY, e.getId(), expected, e.getVersion());
        }
    }

    private static void requireNotBefore(LocalDate date, LocalDate floor, String floorZh, String floorEn) {
        if (floor != null && date.isBefore(floor)) {
            throw new RuleViolationException(List.of(new Violation("effectiveDate", "NotBefore",
                    "生效日期不能早于" + floorZh + "（" + floor + "）",
                    "effective date cannot be before " + floorEn + " (" + floor + ")")));
        }
    }

    static UUID parseId(String raw) {
        UUID id = tryParse(raw);
        if (id == null) {
            throw new InvalidInputException(List.of(new Violation("id", "UUID", "企业ID格式无效", "id is not a UUID")));
        }
        return id;
    }

    private static UUID tryParse(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static NotFoundException notFound(Object id) {
        return new NotFoundException("企业", "enterprise", id);
    }

    private static String scaleName(boolean aboveScale) {
        return aboveScale ? "ABOVE_SCALE" : "BELOW_SCALE";
    }

    private static String labels(Set<EnterpriseStatus> statuses) {
        return statuses.isEmpty() ? "（无，终态）"
                : statuses.stream().map(EnterpriseStatus::label).collect(Collectors.joining("、"));
    }
}
