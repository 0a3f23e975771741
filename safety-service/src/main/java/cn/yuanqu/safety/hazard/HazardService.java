package cn.yuanqu.safety.hazard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
import cn.yuanqu.safety.inspection.InspectionService;

/**
 * The hazard rectification loop (隐患排查治理): raised in an inspection; rectified by the enterprise itself
 * (or an officer on its behalf) — a major hazard only after its 治理方案; reviewed by an officer (never by
 * the enterprise); a failed review sends it back with the reason; a major hazard closes only after an
 * on-site review and the approval of a second officer or a leader, never its reviewer. Every step is
 * dated and kept; overdue is computed, never set.
 */
@ApplicationScoped
public class HazardService {

    static final String ENTITY = "hazard";
    static final int MAX_LOOKUP = 500;

    private final HazardRepository hazards;
    private final HazardEventRepository events;
    private final CriterionRepository criteria;
    private final InspectionService inspections;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final SecurityIdentity identity;
    private final Clock clock;

    public HazardService(HazardRepository hazards, HazardEventRepository events, CriterionRepository criteria,
            InspectionService inspections, AuditTrail audit, ParkContext parks, SecurityIdentity identity, Clock clock) {
        this.hazards = hazards;
        this.events = events;
        this.criteria = criteria;
        this.inspections = inspections;
        this.audit = audit;
        this.parks = parks;
        this.identity = identity;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------

    @WithSession
    public Uni<Page<HazardView>> list(String park, HazardFilter filter, PageRequest pageRequest) {
        ParkScope scope = parks.scope();
        HazardFilter f = filter == null ? HazardFilter.NONE : filter;
        UUID enterprise = blank(f.enterpriseId()) ? null : Ids.parse(f.enterpriseId(), "enterpriseId");
        UUID inspection = blank(f.inspectionId()) ? null : Ids.parse(f.inspectionId(), "inspectionId");
        LocalDate today = LocalDate.now(clock);
        var q = HazardRepository.query(scope.resolve(park), f, scope.enterpriseId(), enterprise, inspection, today);
        return hazards.list(q, pageRequest.toPanachePage()).flatMap(rows -> hazards.count(q)
                .map(total -> Page.of(rows.stream().map(h -> HazardView.of(h, today)).toList(), pageRequest, total)));
    }

    @WithSession
    public Uni<HazardView> get(String id) {
        return visible(parks.scope(), Ids.parse(id, "id")).map(h -> HazardView.of(h, LocalDate.now(clock)));
    }

    @WithSession
    public Uni<List<HazardEventView>> history(String id) {
        return visible(parks.scope(), Ids.parse(id, "id")).flatMap(h -> events.history(h.getId()))
                .map(list -> list.stream().map(HazardEventView::of).toList());
    }

    @WithSession
    public Uni<List<RectificationView>> rectifications(String id) {
        return visible(parks.scope(), Ids.parse(id, "id")).flatMap(h -> events.rectifications(h.getId()))
                .map(list -> list.stream().map(RectificationView::of).toList());
    }

    @WithSession
    public Uni<List<EscalationView>> escalations(String id) {
        return visible(parks.scope(), Ids.parse(id, "id")).flatMap(h -> events.escalations(h.getId()))
                .map(list -> list.stream().map(EscalationView::of).toList());
    }

    /** The hazards of each enterprise asked for, newest first, in one query (batched joins). */
    @WithSession
    public Uni<List<List<HazardView>>> ofEnterprises(List<String> enterpriseIds) {
        ParkScope scope = parks.scope();
        if (enterpriseIds.size() > MAX_LOOKUP) {
            throw new InvalidInputException(List.of(new Violation("enterpriseIds", "Size",
                    "一次最多查询" + MAX_LOOKUP + "个企业", "at most " + MAX_LOOKUP + " enterprises per look-up")));
        }
        List<UUID> parsed = enterpriseIds.stream().map(HazardService::tryParse).toList();
        Set<UUID> wanted = new LinkedHashSet<>();
        parsed.forEach(id -> {
            if (id != null) {
                wanted.add(id);
            }
        });
        LocalDate today = LocalDate.now(clock);
        return hazards.ofEnterprises(wanted).map(found -> {
            Map<UUID, List<HazardView>> by = new HashMap<>();
            for (Hazard h : found) {
                if (scope.allows(h.getParkId()) && scope.enterpriseId().map(h.getEnterpriseId()::equals).orElse(true)) {
                    by.computeIfAbsent(h.getEnterpriseId(), k -> new ArrayList<>()).add(HazardView.of(h, today));
                }
            }
            return parsed.stream().map(id -> id == null ? List.<HazardView> of() : by.getOrDefault(id, List.of())).toList();
        });
    }

    // ---- the loop -----------------------------------------------------------------------------

    /** An officer records a hazard found in an inspection. Matching an active major-hazard criterion makes it major. */
    @WithTransaction
    public Uni<HazardView> raise(@NotNull @Valid HazardInput input) {
        ParkScope scope = parks.scope();
        requireOfficer(scope, "隐患由安全环保干部登记", "hazards are recorded by safety officers");
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return inspections.visible(scope, Ids.parse(input.inspectionId(), "inspectionId")).flatMap(i -> {
            if (input.deadline().isBefore(i.getInspectedOn())) {
                throw new RuleViolationException(List.of(new Violation("deadline", "NotBeforeFound",
                        "整改期限不能早于发现日期（" + i.getInspectedOn() + "）", "cannot be before the hazard was found")));
            }
            return criteria.effective(i.getParkId()).flatMap(known -> {
                List<String> codes = input.criteria() == null ? List.of()
                        : input.criteria().stream().map(String::strip).distinct().toList();
                List<Violation> bad = new ArrayList<>();
                for (int k = 0; k < codes.size(); k++) {
                    MajorCriterion c = known.get(codes.get(k));
                    if (c == null || !c.isActive()) {
                        bad.add(new Violation("criteria[" + k + "]", "Exists", "没有该重大隐患判定标准（或已停用）",
                                "no such active major-hazard criterion"));
                    }
                }
                if (!bad.isEmpty()) {
                    throw new RuleViolationException(bad);
                }
                HazardLevel level = codes.isEmpty() ? input.level() : HazardLevel.MAJOR;
                Uni<Boolean> noticeTaken = input.noticeNo() == null || input.noticeNo().isBlank()
                        ? Uni.createFrom().item(false) : hazards.noticeTaken(i.getParkId(), input.noticeNo().strip());
                return noticeTaken.flatMap(taken -> {
                    if (taken) {
                        throw duplicateNotice();
                    }
                    Hazard h = Hazard.raise(UUID.randomUUID(), i, input, level, codes, actor, now);
                    return hazards.persistAndFlush(h)
                            .call(saved -> events.save(HazardEvent.of(saved, "RAISED", null, saved.getFoundOn(),
                                    saved.getLevel().label() + "隐患：" + saved.getDescription(), actor, now)));
                });
            });
        }).map(h -> HazardView.of(h, LocalDate.now(clock)))
                .call(v -> audit.record(v.park(), ENTITY, v.id(), "raise", actor, null, v, null))
                .onFailure(DatabaseErrors::isUniqueViolation).transform(f -> duplicateNotice());
    }

    /**
     * The environmental hazard of a sample over its limits, recorded in the caller's transaction together
     * with the sample (so a retried push that finds the sample never raises a second one; the unique
     * sample reference guards against a concurrent retry).
     */
    public Uni<HazardView> raiseForExceedance(Exceedance e) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Hazard h = Hazard.fromExceedance(UUID.randomUUID(), e, now);
        return hazards.persistAndFlush(h)
                .call(saved -> events.save(HazardEvent.of(saved, "RAISED", null, saved.getFoundOn(),
                        "环境监测超标：" + saved.getDescription(), e.actor(), now)))
                .map(saved -> HazardView.of(saved, LocalDate.now(clock)))
                .call(v -> audit.record(v.park(), ENTITY, v.id(), "raise-for-exceedance", e.actor(), null, v, null));
    }

    /** The 治理方案 of a hazard (required for a major one before its rectification starts). */
    @WithTransaction
    public Uni<HazardView> plan(String id, long expectedVersion, @NotNull @Valid PlanInput plan) {
        ParkScope scope = parks.scope();
        requireActor(scope);
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return visible(scope, Ids.parse(id, "id")).flatMap(h -> {
            checkVersion(h, expectedVersion);
            if (h.getStatus() == HazardStatus.CLOSED) {
                throw new IllegalTransitionException("hazard", h.getStatus().name(), h.getStatus().name(),
                        "已销号的隐患不能修改治理方案", "a closed hazard's plan cannot change");
            }
            if (plan.deadline().isBefore(h.getFoundOn())) {
                throw new RuleViolationException(List.of(new Violation("deadline", "NotBeforeFound",
                        "治理时限不能早于发现日期", "cannot be before the hazard was found")));
            }
            HazardView before = HazardView.of(h, LocalDate.now(clock));
            h.plan(plan, actor, now);
            return hazards.flush()
                    .chain(() -> events.save(HazardEvent.of(h, "PLAN", null, LocalDate.now(clock), plan.measures(), actor, now)))
                    .map(v -> HazardView.of(h, LocalDate.now(clock)))
                    .call(after -> audit.record(h.getParkId(), ENTITY, after.id(), "plan", actor, before, after, null));
        });
    }

    /**
     * The enterprise (or an officer for it) records what it did: the hazard is 整改中, and when the record says
     * the work is complete it goes to 待复查. A major hazard needs its 治理方案 first.
     */
    @WithTransaction
    public Uni<HazardView> rectify(String id, long expectedVersion, @NotNull @Valid RectificationInput input) {
        ParkScope scope = parks.scope();
        requireActor(scope);
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return visible(scope, Ids.parse(id, "id")).flatMap(h -> {
            checkVersion(h, expectedVersion);
            HazardStatus from = h.getStatus();
            if (from != HazardStatus.PENDING && from != HazardStatus.RECTIFYING) {
                throw new IllegalTransitionException("hazard", from.name(), HazardStatus.RECTIFYING.name(),
                        "「" + from.label() + "」的隐患不能再登记整改", "a hazard at " + from + " takes no rectification");
            }
            if (h.getLevel() == HazardLevel.MAJOR && !h.hasPlan()) {
                throw new RuleViolationException(List.of(new Violation("plan", "PlanRequired",
                        "重大隐患须先制定治理方案", "a major hazard needs its remediation plan first")));
            }
            if (input.doneOn().isBefore(h.getStatusSince())) {
                throw new RuleViolationException(List.of(new Violation("doneOn", "NotBefore",
                        "整改日期不能早于当前状态起始日期（" + h.getStatusSince() + "）", "cannot be before the current status began")));
            }
            HazardView before = HazardView.of(h, LocalDate.now(clock));
            Rectification r = Rectification.of(h, input, actor, now);
            Uni<Void> steps = events.save(r);
            if (from == HazardStatus.PENDING) {
                h.moveTo(HazardStatus.RECTIFYING, input.doneOn(), actor, now);
                steps = steps.chain(() -> events.save(HazardEvent.of(h, "RECTIFICATION", from, input.doneOn(),
                        input.measures(), actor, now)));
            }
            if (input.completed()) {
                HazardStatus at = h.getStatus();
                h.moveTo(HazardStatus.AWAITING_REVIEW, input.doneOn(), actor, now);
                steps = steps.chain(() -> events.save(HazardEvent.of(h, "RECTIFICATION", at, input.doneOn(),
                        "整改完成，申请复查", actor, now)));
            } else if (from == HazardStatus.RECTIFYING) {
                steps = steps.chain(() -> events.save(HazardEvent.of(h, "RECTIFICATION", from, input.doneOn(),
                        input.measures(), actor, now)));
            }
            Uni<Void> recorded = steps;
            return hazards.flush().chain(() -> recorded).map(v -> HazardView.of(h, LocalDate.now(clock)))
                    .call(after -> audit.record(h.getParkId(), ENTITY, after.id(), "rectify", actor, before, after, null));
        });
    }

    /**
     * An officer's 复查: failed sends the hazard back to 整改中 with the reason; passed closes a general hazard,
     * and marks a major one (reviewed on site) as waiting for the closing approval.
     */
    @WithTransaction
    public Uni<HazardView> review(String id, long expectedVersion, @NotNull @Valid ReviewInput input) {
        ParkScope scope = parks.scope();
        requireOfficer(scope, "复查由安全环保干部进行，企业不能自行销号", "reviews are made by safety officers; an enterprise never closes its own hazard");
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return visible(scope, Ids.parse(id, "id")).flatMap(h -> {
            checkVersion(h, expectedVersion);
            if (h.getStatus() != HazardStatus.AWAITING_REVIEW || h.getReviewedBy() != null) {
                throw new IllegalTransitionException("hazard", h.getStatus().name(), "REVIEW",
                        h.getReviewedBy() != null ? "已复查通过，待销号审批" : "只有待复查的隐患可以复查",
                        h.getReviewedBy() != null ? "already reviewed: awaiting the closing approval"
                                : "only a hazard awaiting review can be reviewed");
            }
            List<Violation> bad = new ArrayList<>();
            if (input.reviewedOn().isBefore(h.getStatusSince())) {
                bad.add(new Violation("reviewedOn", "NotBefore", "复查日期不能早于申请复查日期（" + h.getStatusSince() + "）",
                        "cannot be before the review was asked for"));
            }
            if (!input.passed() && blank(input.opinion())) {
                bad.add(new Violation("opinion", "RequiredToFail", "复查未通过须说明原因", "a failed review needs the reason"));
            }
            if (input.passed() && h.getLevel() == HazardLevel.MAJOR && !input.onSite()) {
                bad.add(new Violation("onSite", "OnSiteForMajor", "重大隐患须现场复查", "a major hazard is reviewed on site"));
            }
            if (!bad.isEmpty()) {
                throw new RuleViolationException(bad);
            }
            HazardView before = HazardView.of(h, LocalDate.now(clock));
            HazardStatus from = h.getStatus();
            LocalDate on = input.reviewedOn();
            String text = blank(input.opinion()) ? null : input.opinion().strip();
            HazardEvent event;
            if (!input.passed()) {
                h.moveTo(HazardStatus.RECTIFYING, on, actor, now);
                event = HazardEvent.of(h, "REVIEW_FAILED", from, on, text, actor, now);
            } else if (h.getLevel() == HazardLevel.MAJOR) {
                h.reviewed(on, actor, actor, now);
                event = HazardEvent.of(h, "REVIEW_PASSED", from, on, (text == null ? "" : text + "；") + "现场复查通过，待销号审批",
                        actor, now);
            } else {
                h.close(on, actor, now);
                event = HazardEvent.of(h, "REVIEW_PASSED", from, on, text == null ? "复查通过，销号" : text, actor, now);
            }
            return hazards.flush().chain(() -> events.save(event)).map(v -> HazardView.of(h, LocalDate.now(clock)))
                    .call(after -> audit.record(h.getParkId(), ENTITY, after.id(), "review", actor, before, after, text));
        });
    }

    /** Closes a major hazard reviewed on site: a second officer or a leader, never its reviewer (four eyes). */
    @WithTransaction
    public Uni<HazardView> approveClosing(String id, long expectedVersion, @NotNull @Valid ClosingApprovalInput input) {
        ParkScope scope = parks.scope();
        if (scope.isEnterpriseUser() || !(identity.hasRole("safety-officer") || identity.hasRole("leader")
                || identity.hasRole("admin"))) {
            throw new ForbiddenException("重大隐患销号由另一名安全环保干部或领导审批", "a second safety officer or a leader approves the closing");
        }
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return visible(scope, Ids.parse(id, "id")).flatMap(h -> {
            checkVersion(h, expectedVersion);
            if (h.getLevel() != HazardLevel.MAJOR || h.getStatus() != HazardStatus.AWAITING_REVIEW || h.getReviewedBy() == null) {
                throw new IllegalTransitionException("hazard", h.getStatus().name(), HazardStatus.CLOSED.name(),
                        "只有现场复查通过的重大隐患需要销号审批", "only a major hazard reviewed on site awaits a closing approval");
            }
            if (h.getReviewedBy().equals(actor)) {
                throw new RuleViolationException(List.of(new Violation("approver", "FourEyes",
                        "复查人不能审批自己复查的重大隐患销号", "the reviewer cannot approve the closing of the hazard they reviewed")));
            }
            if (input.approvedOn().isBefore(h.getReviewedOn())) {
                throw new RuleViolationException(List.of(new Violation("approvedOn", "NotBeforeReview",
                        "审批日期不能早于复查日期（" + h.getReviewedOn() + "）", "cannot be before the review")));
            }
            HazardView before = HazardView.of(h, LocalDate.now(clock));
            HazardStatus from = h.getStatus();
            h.close(input.approvedOn(), actor, now);
            String text = "销号审批（复查人 " + before.reviewedBy() + "）" + (blank(input.opinion()) ? "" : "：" + input.opinion().strip());
            return hazards.flush()
                    .chain(() -> events.save(HazardEvent.of(h, "CLOSING_APPROVED", from, input.approvedOn(), text, actor, now)))
                    .map(v -> HazardView.of(h, LocalDate.now(clock)))
                    .call(after -> audit.record(h.getParkId(), ENTITY, after.id(), "approve-closing", actor, before, after, text));
        });
    }

    /** 通报主管部门, 约谈 or 行政处罚 (a penalty carries its amount, the others none). */
    @WithTransaction
    public Uni<EscalationView> escalate(String id, @NotNull @Valid EscalationInput input) {
        ParkScope scope = parks.scope();
        requireOfficer(scope, "升级措施由安全环保干部记录", "escalations are recorded by safety officers");
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if ((input.kind() == EscalationKind.PENALTY) != (input.amount() != null)) {
            throw new RuleViolationException(List.of(new Violation("amount", "PenaltyAmount",
                    "行政处罚须填写罚款金额，其他措施不填", "a penalty carries its amount, other escalations none")));
        }
        return visible(scope, Ids.parse(id, "id")).flatMap(h -> {
            if (input.on().isBefore(h.getFoundOn())) {
                throw new RuleViolationException(List.of(new Violation("on", "NotBeforeFound",
                        "日期不能早于发现日期", "cannot be before the hazard was found")));
            }
            Escalation e = Escalation.of(h, input, actor, now);
            return events.save(e)
                    .chain(() -> events.save(HazardEvent.of(h, "ESCALATION", null, input.on(),
                            input.kind().label() + (input.amount() == null ? "" : " " + input.amount().toPlainString() + "元"),
                            actor, now)))
                    .map(v -> EscalationView.of(e))
                    .call(v -> audit.record(h.getParkId(), "escalation", v.id(), "record", actor, null, v, null));
        });
    }

    // ---- rules of access ------------------------------------------------------------------------

    /** A hazard the caller may see (inside the caller's session). */
    Uni<Hazard> visible(ParkScope scope, UUID id) {
        return hazards.findById(id).map(h -> {
            if (h == null || !scope.allows(h.getParkId())) {
                throw new NotFoundException("隐患", "hazard", id);
            }
            scope.requireEnterprise(h.getEnterpriseId());
            return h;
        });
    }

    private void requireOfficer(ParkScope scope, String zh, String en) {
        if (scope.isEnterpriseUser() || !(identity.hasRole("safety-officer") || identity.hasRole("admin"))) {
            throw new ForbiddenException(zh, en);
        }
    }

    /** The enterprise's own user, or a safety officer on its behalf. */
    private void requireActor(ParkScope scope) {
        if (!scope.isEnterpriseUser() && !identity.hasRole("safety-officer") && !identity.hasRole("admin")) {
            throw new ForbiddenException("整改由企业本身或代为记录的安全环保干部登记",
                    "rectification is recorded by the enterprise or a safety officer for it");
        }
    }

    private static void checkVersion(Hazard h, long expected) {
        if (h.getVersion() != expected) {
            throw new StaleVersionException(ENTITY, h.getId(), expected, h.getVersion());
        }
    }

    private static ConflictException duplicateNotice() {
        return new ConflictException("duplicate-notice", "文书编号已使用", "the notice number is already used",
                List.of(new Violation("noticeNo", "Unique", "本园区已有该编号的文书", "the park already issued that number")));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static UUID tryParse(String raw) {
        try {
            return raw == null ? null : UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
