package cn.yuanqu.enterprises.cultivation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.enterprises.lookup.ByEnterprises;
import cn.yuanqu.enterprises.qualification.QualificationInput;
import cn.yuanqu.enterprises.qualification.QualificationService;
import cn.yuanqu.enterprises.registry.EnterpriseRepository;
import cn.yuanqu.enterprises.registry.EnterpriseService;
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
 * The cultivation pool (培育库, 一企一策): entries per enterprise and goal, their plan, measures and
 * state machine. Reaching 已认定 records the goal in the same transaction — the enterprise's 入规 date
 * (a SCALE transition of the registry) or the qualification award — so the pool and the ledgers
 * never disagree.
 */
@ApplicationScoped
public class CultivationService {

    static final String ENTITY = "cultivation";
    static final Map<String, String> SORTABLE = Map.of("expectedMonth", "expectedMonth", "status", "status",
            "cadre", "cadre", "updatedAt", "updatedAt");

    private final CultivationRepository entries;
    private final CultivationEventRepository events;
    private final EnterpriseRepository enterprises;
    private final EnterpriseService registry;
    private final QualificationService qualifications;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final Clock clock;

    public CultivationService(CultivationRepository entries, CultivationEventRepository events,
            EnterpriseRepository enterprises, EnterpriseService registry, QualificationService qualifications,
            AuditTrail audit, ParkContext parks, Clock clock) {
        this.entries = entries;
        this.events = events;
        this.enterprises = enterprises;
        this.registry = registry;
        this.qualifications = qualifications;
        this.audit = audit;
        this.parks = parks;
        this.clock = clock;
    }

    @WithSession
    public Uni<Page<CultivationView>> list(String park, CultivationFilter filter, PageRequest pageRequest) {
        ParkScope scope = parks.scope();
        CultivationFilter f = filter == null ? CultivationFilter.NONE : filter;
        requireMonth("expectedFrom", f.expectedFrom());
        requireMonth("expectedTo", f.expectedTo());
        UUID enterprise = f.enterpriseId() == null || f.enterpriseId().isBlank() ? null
                : parseId(f.enterpriseId(), "enterpriseId");
        var query = CultivationRepository.query(scope.resolve(park), f, scope.enterpriseId(), enterprise);
        return entries.list(query, pageRequest.toSort(SORTABLE, "id"), pageRequest.toPanachePage())
                .flatMap(rows -> entries.count(query).map(total -> Page.of(rows.stream().map(CultivationView::of).toList(),
                        pageRequest, total)));
    }

    @WithSession
    public Uni<CultivationView> get(String id) {
        return visible(parks.scope(), parseId(id, "id")).map(CultivationView::of);
    }

    @WithSession
    public Uni<List<CultivationEventView>> history(String id) {
        return visible(parks.scope(), parseId(id, "id"))
                .flatMap(e -> events.history(e.getId()))
                .map(list -> list.stream().map(CultivationEventView::of).toList());
    }

    /** The pool entries of each enterprise (all statuses), in the order asked; enterprises not visible get none. */
    @WithSession
    public Uni<List<List<CultivationView>>> ofEnterprises(List<String> enterpriseIds) {
        ParkScope scope = parks.scope();
        ByEnterprises.Ids ids = ByEnterprises.Ids.of(enterpriseIds);
        return entries.ofEnterprises(ids.distinct()).map(found -> ByEnterprises.lists(ids, scope, found,
                e -> new ByEnterprises.Owner(e.getParkId(), e.getEnterpriseId()), CultivationView::of));
    }

    /** Puts an enterprise of the park into the pool for a goal (储备). One open entry per goal. */
    @WithTransaction
    public Uni<CultivationView> open(String park, @NotNull @Valid CultivationInput input) {
        ParkScope scope = parks.scope();
        requireOfficer(scope);
        String resolved = scope.resolve(park);
        UUID enterpriseId = parseId(input.enterpriseId(), "enterpriseId");
        requireGoalShape(input);
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate entered = input.enteredOn() == null ? LocalDate.now(clock) : input.enteredOn();
        return enterprises.findById(enterpriseId).flatMap(e -> {
            if (e == null || !e.getParkId().equals(resolved)) {
                throw new RuleViolationException(List.of(new Violation("enterpriseId", "Exists",
                        "本园区没有该企业", "no such enterprise in this park")));
            }
            if (input.target() == CultivationTarget.ABOVE_SCALE && e.isAboveScale()) {
                throw new RuleViolationException(List.of(new Violation("target", "NotYetReached",
                        "该企业已是规上企业", "the enterprise is already above scale")));
            }
            return entries.findOpen(enterpriseId, input.target(), input.targetType(), input.targetLevel());
        }).flatMap(existing -> {
            if (existing != null) {
                throw duplicate();
            }
            CultivationEntry entry = CultivationEntry.open(UUID.randomUUID(), resolved, enterpriseId, input, entered, actor, now);
            return entries.persistAndFlush(entry)
                    .onFailure(DatabaseErrors::isUniqueViolation).transform(f -> duplicate())
                    .call(saved -> events.persist(CultivationEvent.transition(saved, null, CultivationStatus.RESERVE,
                            entered, "纳入培育库 / entered the pool", actor, now)))
                    .map(CultivationView::of)
                    .call(view -> audit.record(resolved, ENTITY, view.id(), "open", actor, null, view, null));
        });
    }

    /** Changes the plan: expected month, cadre, 一企一策 text. */
    @WithTransaction
    public Uni<CultivationView> replan(String id, long expectedVersion, @NotNull @Valid CultivationPlanInput plan) {
        ParkScope scope = parks.scope();
        requireOfficer(scope);
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return visible(scope, parseId(id, "id")).flatMap(e -> {
            checkVersion(e, expectedVersion);
            if (!e.getStatus().open()) {
                throw new IllegalTransitionException("cultivation", e.getStatus().name(), e.getStatus().name(),
                        "已结束的培育条目不能修改计划", "a closed entry cannot be re-planned");
            }
            CultivationView before = CultivationView.of(e);
            e.plan(plan.expectedMonth(), plan.cadre(), plan.plan(), actor, now);
            return entries.flush().map(v -> CultivationView.of(e))
                    .call(after -> audit.record(e.getParkId(), ENTITY, after.id(), "replan", actor, before, after, null));
        });
    }

    /** A step of the state machine; 已认定 records the goal in the registry or the qualification ledger. */
    @WithTransaction
    public Uni<CultivationView> move(String id, long expectedVersion, @NotNull @Valid CultivationTransitionInput step) {
        ParkScope scope = parks.scope();
        requireOfficer(scope);
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return visible(scope, parseId(id, "id")).flatMap(e -> {
            checkVersion(e, expectedVersion);
            CultivationStatus from = e.getStatus();
            if (!from.canMoveTo(step.to())) {
                throw new IllegalTransitionException("cultivation", from.name(), step.to().name(),
                        "不允许从「" + from.label() + "」变更为「" + step.to().label() + "」",
                        "cultivation status " + from + " cannot move to " + step.to() + "; allowed: " + from.next());
            }
            if (step.effectiveDate().isBefore(e.getStatusSince())) {
                throw new RuleViolationException(List.of(new Violation("effectiveDate", "NotBefore",
                        "生效日期不能早于当前状态起始日期（" + e.getStatusSince() + "）",
                        "cannot be before the current status began (" + e.getStatusSince() + ")")));
            }
            CultivationView before = CultivationView.of(e);
            e.moveTo(step.to(), step.effectiveDate(), actor, now);
            Uni<?> goal = step.to() == CultivationStatus.ACHIEVED ? recordGoal(e, step, actor) : Uni.createFrom().voidItem();
            return goal
                    .chain(() -> entries.flush())
                    .chain(() -> events.persist(CultivationEvent.transition(e, from, step.to(), step.effectiveDate(),
                            step.reason(), actor, now)))
                    .map(v -> CultivationView.of(e))
                    .call(after -> audit.record(e.getParkId(), ENTITY, after.id(), "move", actor, before, after,
                            step.reason()));
        });
    }

    /** Logs a measure taken for an open entry (走访、协调、辅导申报 …). */
    @WithTransaction
    public Uni<CultivationEventView> addMeasure(String id, @NotNull @Valid MeasureInput measure) {
        ParkScope scope = parks.scope();
        requireOfficer(scope);
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return visible(scope, parseId(id, "id")).flatMap(e -> {
            if (!e.getStatus().open()) {
                throw new IllegalTransitionException("cultivation", e.getStatus().name(), e.getStatus().name(),
                        "已结束的培育条目不能再记录措施", "no measures on a closed entry");
            }
            CultivationEvent line = CultivationEvent.measure(e, measure.on(), measure.text(), actor, now);
            return events.persist(line).map(CultivationEventView::of);
        });
    }

    private Uni<?> recordGoal(CultivationEntry e, CultivationTransitionInput step, String actor) {
        String reason = "培育库目标达成 / cultivation goal reached" + (step.reason() == null ? "" : "：" + step.reason());
        if (e.getTarget() == CultivationTarget.ABOVE_SCALE) {
            return registry.enterAboveScale(e.getParkId(), e.getEnterpriseId(), step.effectiveDate(), actor, reason);
        }
        QualificationInput award = new QualificationInput(e.getEnterpriseId().toString(), e.getTargetType(),
                e.getTargetLevel(), null, step.certificateNo(), step.effectiveDate(), null);
        return qualifications.awardWithin(e.getParkId(), award, actor);
    }

    private Uni<CultivationEntry> visible(ParkScope scope, UUID id) {
        return entries.findById(id).map(e -> {
            if (e == null || !scope.allows(e.getParkId())) {
                throw new NotFoundException("培育条目", "cultivation entry", id);
            }
            scope.requireEnterprise(e.getEnterpriseId());
            return e;
        });
    }

    private static void requireOfficer(ParkScope scope) {
        if (scope.isEnterpriseUser()) {
            throw new ForbiddenException("企业用户不能维护培育库", "an enterprise user cannot change the cultivation pool");
        }
    }

    private static void requireGoalShape(CultivationInput input) {
        boolean qualification = input.target() == CultivationTarget.QUALIFICATION;
        if (qualification && (input.targetType() == null || input.targetLevel() == null)) {
            throw new RuleViolationException(List.of(new Violation(input.targetType() == null ? "targetType" : "targetLevel",
                    "RequiredForQualification", "目标为资质时须填写类型和级别", "a qualification goal needs its type and level")));
        }
        if (!qualification && (input.targetType() != null || input.targetLevel() != null)) {
            throw new RuleViolationException(List.of(new Violation("targetType", "OnlyForQualification",
                    "入规目标不填写资质类型和级别", "an above-scale goal has no qualification type or level")));
        }
    }

    private static void requireMonth(String field, String month) {
        if (month != null && !month.matches(CultivationPlanInput.MONTH)) {
            throw new InvalidInputException(List.of(new Violation(field, "Pattern", "月份格式应为 YYYY-MM",
                    "month must be YYYY-MM")));
        }
    }

    private static void checkVersion(CultivationEntry e, long expected) {
        if (e.getVersion() != expected) {
            throw new StaleVersionException(ENTITY, e.getId(), expected, e.getVersion());
        }
    }

    private static ConflictException duplicate() {
        return new ConflictException("duplicate-cultivation", "该企业已有同一目标的在培条目",
                "the enterprise already has an open entry for this goal",
                List.of(new Violation("target", "Unique", "同一企业同一目标只能有一个在培条目",
                        "one open entry per enterprise and goal")));
    }

    static UUID parseId(String raw, String field) {
        try {
            return UUID.fromString(raw.strip());
        } catch (RuntimeException e) {
            throw new InvalidInputException(List.of(new Violation(field, "UUID", "ID格式无效", field + " is not a UUID")));
        }
    }
}
