package cn.yuanqu.projects.promotion;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.audit.AuditTrail;
import cn.yuanqu.platform.error.DatabaseErrors;
import cn.yuanqu.platform.error.IllegalTransitionException;
import cn.yuanqu.platform.error.NotFoundException;
import cn.yuanqu.platform.error.RuleViolationException;
import cn.yuanqu.platform.error.StaleVersionException;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.paging.Page;
import cn.yuanqu.platform.paging.PageRequest;
import cn.yuanqu.platform.rest.Ids;
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;
import cn.yuanqu.projects.project.ProjectService;

/**
 * Investment promotion (招商): leads moving 线索 → 洽谈 → 签约 / 放弃 with their follow-up log, and the
 * promotion activities (外出招商, 接待客商, 推介会) with the leads they touched. A signed lead becomes a
 * project, recorded with it in one transaction.
 */
@ApplicationScoped
public class PromotionService {

    static final String LEAD = "lead";
    static final String ACTIVITY = "promotion-activity";
    static final Map<String, String> LEAD_SORTABLE = Map.of("firstContactOn", "firstContactOn", "company", "company",
            "status", "status", "intendedInvestment", "intendedInvestment", "updatedAt", "updatedAt");

    private final LeadRepository leads;
    private final LeadEventRepository events;
    private final ActivityRepository activities;
    private final ProjectService projects;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final Clock clock;

    public PromotionService(LeadRepository leads, LeadEventRepository events, ActivityRepository activities,
            ProjectService projects, AuditTrail audit, ParkContext parks, Clock clock) {
        this.leads = leads;
        this.events = events;
        this.activities = activities;
        this.projects = projects;
        this.audit = audit;
        this.parks = parks;
        this.clock = clock;
    }

    // ---- leads -------------------------------------------------------------------------------

    @WithSession
    public Uni<Page<LeadView>> leads(String park, LeadFilter filter, PageRequest pageRequest) {
        var q = LeadRepository.query(parks.scope().resolve(park), filter);
        return leads.list(q, pageRequest.toSort(LEAD_SORTABLE, "id"), pageRequest.toPanachePage())
                .flatMap(rows -> leads.count(q).map(total -> Page.of(rows.stream().map(LeadView::of).toList(),
                        pageRequest, total)));
    }

    @WithSession
    public Uni<LeadView> lead(String id) {
        return visibleLead(parks.scope(), Ids.parse(id, "id")).map(LeadView::of);
    }

    @WithSession
    public Uni<List<LeadEventView>> log(String id) {
        return visibleLead(parks.scope(), Ids.parse(id, "id")).flatMap(l -> events.log(l.getId()))
                .map(list -> list.stream().map(LeadEventView::of).toList());
    }

    @WithTransaction
    public Uni<LeadView> record(String park, @NotNull @Valid LeadInput input) {
        ParkScope scope = parks.scope();
        String resolved = scope.resolve(park);
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Lead l = Lead.of(UUID.randomUUID(), resolved, input, actor, now);
        return leads.persistAndFlush(l)
                .call(saved -> events.persist(LeadEvent.status(saved, null, input.firstContactOn(), null, actor, now)))
                .map(LeadView::of)
                .call(v -> audit.record(resolved, LEAD, v.id(), "record", actor, null, v, null));
    }

    @WithTransaction
    public Uni<LeadView> update(String id, long expectedVersion, @NotNull @Valid LeadInput input) {
        ParkScope scope = parks.scope();
        String actor = scope.actor();
        return visibleLead(scope, Ids.parse(id, "id")).flatMap(l -> {
            checkVersion(l, expectedVersion);
            if (input.firstContactOn().isAfter(l.getStatusSince()) && l.getStatus() != LeadStatus.LEAD) {
                throw new RuleViolationException(List.of(new Violation("firstContactOn", "NotAfterStatus",
                        "首次接触日期不能晚于当前状态日期（" + l.getStatusSince() + "）",
                        "cannot be after the current status began")));
            }
            LeadView before = LeadView.of(l);
            l.update(input, actor, OffsetDateTime.now(clock));
            return leads.flush().map(v -> LeadView.of(l))
                    .call(after -> audit.record(l.getParkId(), LEAD, after.id(), "update", actor, before, after, null));
        });
    }

    /** 洽谈 or 放弃; signing goes through {@link #sign}. */
    @WithTransaction
    public Uni<LeadView> move(String id, long expectedVersion, @NotNull @Valid LeadTransitionInput step) {
        ParkScope scope = parks.scope();
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return visibleLead(scope, Ids.parse(id, "id")).flatMap(l -> {
            checkVersion(l, expectedVersion);
            LeadStatus from = l.getStatus();
            if (step.to() == LeadStatus.SIGNED) {
                throw new RuleViolationException(List.of(new Violation("to", "ThroughSigning",
                        "签约须登记形成的项目（POST /api/leads/{id}/signing）",
                        "signing records the project it becomes (POST /api/leads/{id}/signing)")));
            }
            if (!from.canMoveTo(step.to())) {
                throw illegal(from, step.to());
            }
            List<Violation> bad = new ArrayList<>();
            if (step.effectiveDate().isBefore(l.getStatusSince())) {
                bad.add(new Violation("effectiveDate", "NotBefore", "日期不能早于当前状态起始日期（" + l.getStatusSince() + "）",
                        "cannot be before the current status began"));
            }
            if (step.to() == LeadStatus.ABANDONED && (step.reason() == null || step.reason().isBlank())) {
                bad.add(new Violation("reason", "RequiredToAbandon", "放弃须说明原因", "abandoning needs a reason"));
            }
            if (!bad.isEmpty()) {
                throw new RuleViolationException(bad);
            }
            LeadView before = LeadView.of(l);
            String text = step.reason() == null || step.reason().isBlank() ? null : step.reason().strip();
            l.moveTo(step.to(), step.effectiveDate(), text, actor, now);
            return leads.flush()
                    .chain(() -> events.persist(LeadEvent.status(l, from, step.effectiveDate(), text, actor, now)))
                    .map(v -> LeadView.of(l))
                    .call(after -> audit.record(l.getParkId(), LEAD, after.id(), "move", actor, before, after, text));
        });
    }

    @WithTransaction
    public Uni<LeadEventView> followUp(String id, @NotNull @Valid FollowUpInput input) {
        ParkScope scope = parks.scope();
        String actor = scope.actor();
        return visibleLead(scope, Ids.parse(id, "id")).flatMap(l -> {
            if (input.on().isBefore(l.getFirstContactOn())) {
                throw new RuleViolationException(List.of(new Violation("on", "NotBeforeFirstContact",
                        "跟进日期不能早于首次接触（" + l.getFirstContactOn() + "）", "cannot be before the first contact")));
            }
            LeadEvent e = LeadEvent.followUp(l, input.on(), input.text().strip(), actor, OffsetDateTime.now(clock));
            return events.persist(e).map(LeadEventView::of);
        });
    }

    /**
     * Signs a lead in talks: the project it becomes is checked (its investor in enterprises-service, before
     * any transaction), then recorded with the lead's 签约 step in one transaction.
     */
    public Uni<SignedLead> sign(String id, long expectedVersion, @NotNull @Valid SigningInput input) {
        ParkScope scope = parks.scope();
        UUID leadId = Ids.parse(id, "id");
        String actor = scope.actor();
        ProjectService.check(input.project(), null);
        return Panache.withSession(() -> visibleLead(scope, leadId)).flatMap(l -> {
            checkSignable(l, expectedVersion, input);
            return projects.investorOf(input.project(), l.getParkId());
        }).flatMap(investor -> Panache.withTransaction(() -> leads.findById(leadId).flatMap(l -> {
            checkSignable(l, expectedVersion, input);
            OffsetDateTime now = OffsetDateTime.now(clock);
            LeadView before = LeadView.of(l);
            LocalDate on = input.project().signedOn();
            return projects.createWithin(l.getParkId(), input.project(), investor, l.getId(), actor).flatMap(project -> {
                l.sign(on, UUID.fromString(project.id()), actor, now);
                return leads.flush()
                        .chain(() -> events.persist(LeadEvent.status(l, LeadStatus.NEGOTIATING, on, project.name(), actor, now)))
                        .map(v -> new SignedLead(LeadView.of(l), project))
                        .call(signed -> audit.record(l.getParkId(), LEAD, signed.lead().id(), "sign", actor, before,
                                signed.lead(), project.name()));
            });
        }))).onFailure(DatabaseErrors::isUniqueViolation).transform(f -> ProjectService.duplicateName());
    }

    private static void checkSignable(Lead l, long expectedVersion, SigningInput input) {
        checkVersion(l, expectedVersion);
        if (!l.getStatus().canMoveTo(LeadStatus.SIGNED)) {
            throw illegal(l.getStatus(), LeadStatus.SIGNED);
        }
        if (input.project().signedOn().isBefore(l.getStatusSince())) {
            throw new RuleViolationException(List.of(new Violation("project.signedOn", "NotBefore",
                    "签约日期不能早于洽谈开始（" + l.getStatusSince() + "）", "cannot be before the talks began")));
        }
    }

    // ---- activities --------------------------------------------------------------------------

    @WithSession
    public Uni<Page<ActivityView>> activities(String park, ActivityKind kind, LocalDate from, LocalDate to,
            PageRequest pageRequest) {
        var q = ActivityRepository.query(parks.scope().resolve(park), kind, from, to);
        return activities.list(q, pageRequest.toPanachePage()).flatMap(rows -> activities.count(q)
                .flatMap(total -> activities.leadsOf(rows.stream().map(Activity::getId).toList())
                        .map(byActivity -> Page.of(rows.stream()
                                .map(a -> ActivityView.of(a, byActivity.getOrDefault(a.getId(), List.of()))).toList(),
                                pageRequest, total))));
    }

    @WithSession
    public Uni<ActivityView> activity(String id) {
        return visibleActivity(parks.scope(), Ids.parse(id, "id")).flatMap(this::viewOf);
    }

    @WithTransaction
    public Uni<ActivityView> recordActivity(String park, @NotNull @Valid ActivityInput input) {
        ParkScope scope = parks.scope();
        String resolved = scope.resolve(park);
        String actor = scope.actor();
        checkDates(input);
        Activity a = Activity.of(UUID.randomUUID(), resolved, input, actor, OffsetDateTime.now(clock));
        return leadsOf(resolved, input).flatMap(leadIds -> activities.persistAndFlush(a)
                .call(saved -> activities.setLeads(saved.getId(), leadIds)))
                .flatMap(this::viewOf)
                .call(v -> audit.record(resolved, ACTIVITY, v.id(), "record", actor, null, v, null));
    }

    @WithTransaction
    public Uni<ActivityView> updateActivity(String id, long expectedVersion, @NotNull @Valid ActivityInput input) {
        ParkScope scope = parks.scope();
        String actor = scope.actor();
        checkDates(input);
        return visibleActivity(scope, Ids.parse(id, "id")).flatMap(a -> {
            if (a.getVersion() != expectedVersion) {
                throw new StaleVersionException(ACTIVITY, a.getId(), expectedVersion, a.getVersion());
            }
            return viewOf(a).flatMap(before -> leadsOf(a.getParkId(), input).flatMap(leadIds -> {
                a.update(input, actor, OffsetDateTime.now(clock));
                return activities.flush().chain(() -> activities.setLeads(a.getId(), leadIds));
            }).chain(() -> viewOf(a))
                    .call(after -> audit.record(a.getParkId(), ACTIVITY, after.id(), "update", actor, before, after, null)));
        });
    }

    private Uni<ActivityView> viewOf(Activity a) {
        return activities.leadsOf(List.of(a.getId())).map(m -> ActivityView.of(a, m.getOrDefault(a.getId(), List.of())));
    }

    /** The activity's leads, each a lead of the park (else 422 naming its position). */
    private Uni<Set<UUID>> leadsOf(String park, ActivityInput input) {
        List<String> raw = input.leadIds() == null ? List.of() : input.leadIds();
        Set<UUID> ids = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            ids.add(Ids.parse(raw.get(i), "leadIds[" + i + "]"));
        }
        return leads.byIds(ids).map(found -> {
            Set<UUID> ok = new LinkedHashSet<>();
            found.stream().filter(l -> l.getParkId().equals(park)).forEach(l -> ok.add(l.getId()));
            List<Violation> bad = new ArrayList<>();
            int i = 0;
            for (String r : raw) {
                if (!ok.contains(UUID.fromString(r.strip()))) {
                    bad.add(new Violation("leadIds[" + i + "]", "Exists", "本园区没有该招商线索", "no such lead in this park"));
                }
                i++;
            }
            if (!bad.isEmpty()) {
                throw new RuleViolationException(bad);
            }
            return ids;
        });
    }

    private static void checkDates(ActivityInput input) {
        if (input.endOn() != null && input.endOn().isBefore(input.startOn())) {
            throw new RuleViolationException(List.of(new Violation("endOn", "NotBeforeStart", "结束日期不能早于开始日期",
                    "cannot be before the start")));
        }
    }

    private Uni<Lead> visibleLead(ParkScope scope, UUID id) {
        return leads.findById(id).map(l -> {
            if (l == null || !scope.allows(l.getParkId())) {
                throw new NotFoundException("招商线索", "lead", id);
            }
            return l;
        });
    }

    private Uni<Activity> visibleActivity(ParkScope scope, UUID id) {
        return activities.findById(id).map(a -> {
            if (a == null || !scope.allows(a.getParkId())) {
                throw new NotFoundException("招商活动", "promotion activity", id);
            }
            return a;
        });
    }

    private static void checkVersion(Lead l, long expected) {
        if (l.getVersion() != expected) {
            throw new StaleVersionException(LEAD, l.getId(), expected, l.getVersion());
        }
    }

    private static IllegalTransitionException illegal(LeadStatus from, LeadStatus to) {
        return new IllegalTransitionException("lead", from.name(), to.name(),
                "线索不能从「" + from.label() + "」变更为「" + to.label() + "」",
                "a lead at " + from + " cannot move to " + to + "; allowed: " + from.next());
    }
}
