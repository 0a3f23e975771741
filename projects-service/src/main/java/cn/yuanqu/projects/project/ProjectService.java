package cn.yuanqu.projects.project;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.clients.enterprises.CallerToken;
import cn.yuanqu.clients.enterprises.EnterpriseDirectory;
import cn.yuanqu.clients.enterprises.KnownEnterprise;
import cn.yuanqu.platform.audit.AuditTrail;
import cn.yuanqu.platform.error.ConflictException;
import cn.yuanqu.platform.error.DatabaseErrors;
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
import cn.yuanqu.projects.calendar.CalendarRepository;
import cn.yuanqu.projects.calendar.WorkingCalendar;
import cn.yuanqu.projects.settings.SettingsRepository;

/**
 * Projects: recorded by the project office with their investor checked in enterprises-service, moved
 * through the stage machine of their {@link Track} one dated step at a time (留痕), and the lists
 * officers live in — 签约未开工 in working days, stalled projects.
 */
@ApplicationScoped
public class ProjectService {

    static final String ENTITY = "project";
    static final int MAX_LOOKUP = 500;
    static final Map<String, String> SORTABLE = Map.of("name", "name", "signedOn", "signedOn", "startedOn", "startedOn",
            "stage", "stage", "totalInvestment", "totalInvestment", "updatedAt", "updatedAt");

    private final ProjectRepository projects;
    private final StageEventRepository events;
    private final CalendarRepository calendars;
    private final SettingsRepository settings;
    private final EnterpriseDirectory investors;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final SecurityIdentity identity;
    private final Clock clock;

    public ProjectService(ProjectRepository projects, StageEventRepository events, CalendarRepository calendars,
            SettingsRepository settings, EnterpriseDirectory investors, AuditTrail audit, ParkContext parks,
            SecurityIdentity identity, Clock clock) {
        this.projects = projects;
        this.events = events;
        this.calendars = calendars;
        this.settings = settings;
        this.investors = investors;
        this.audit = audit;
        this.parks = parks;
        this.identity = identity;
        this.clock = clock;
    }

    @WithSession
    public Uni<Page<ProjectView>> list(String park, ProjectFilter filter, PageRequest pageRequest) {
        ParkScope scope = parks.scope();
        ProjectFilter f = filter == null ? ProjectFilter.NONE : filter;
        UUID investor = f.investorId() == null || f.investorId().isBlank() ? null : Ids.parse(f.investorId(), "investorId");
        var query = ProjectRepository.query(scope.resolve(park), f, investor);
        return projects.list(query, pageRequest.toSort(SORTABLE, "id"), pageRequest.toPanachePage())
                .flatMap(rows -> projects.count(query).map(total -> Page.of(
                        rows.stream().map(ProjectView::of).toList(), pageRequest, total)));
    }

    @WithSession
    public Uni<ProjectView> get(String id) {
        return visible(parks.scope(), Ids.parse(id, "id")).map(ProjectView::of);
    }

    @WithSession
    public Uni<List<StageEventView>> history(String id) {
        return visible(parks.scope(), Ids.parse(id, "id"))
                .flatMap(p -> events.history(p.getId()))
                .map(list -> list.stream().map(StageEventView::of).toList());
    }

    /** Projects by id in the order asked, null where missing or not visible (federation entity look-ups). */
    @WithSession
    public Uni<List<ProjectView>> byIds(List<String> ids) {
        ParkScope scope = parks.scope();
        limit(ids.size(), "ids");
        List<UUID> parsed = ids.stream().map(ProjectService::tryParse).toList();
        return projects.byIds(parsed.stream().filter(java.util.Objects::nonNull).distinct().toList()).map(found -> {
            Map<UUID, ProjectView> byId = new HashMap<>();
            found.stream().filter(p -> scope.allows(p.getParkId())).forEach(p -> byId.put(p.getId(), ProjectView.of(p)));
            return parsed.stream().map(id -> id == null ? null : byId.get(id)).toList();
        });
    }

    /**
     * The projects of each enterprise (as investor) asked for, in the order asked, newest first, in one
     * query; an enterprise the caller may not see, or a malformed id, gets an empty list.
     */
    @WithSession
    public Uni<List<List<ProjectView>>> ofEnterprises(List<String> enterpriseIds) {
        ParkScope scope = parks.scope();
        limit(enterpriseIds.size(), "enterpriseIds");
        List<UUID> parsed = enterpriseIds.stream().map(ProjectService::tryParse).toList();
        Set<UUID> wanted = new LinkedHashSet<>();
        parsed.forEach(id -> {
            if (id != null) {
                wanted.add(id);
            }
        });
        return projects.ofInvestors(wanted).map(found -> {
            Map<UUID, List<ProjectView>> byEnterprise = new HashMap<>();
            for (Project p : found) {
                if (scope.allows(p.getParkId()) && scope.enterpriseId().map(p.getInvestorId()::equals).orElse(true)) {
                    byEnterprise.computeIfAbsent(p.getInvestorId(), k -> new ArrayList<>()).add(ProjectView.of(p));
                }
            }
            return parsed.stream().map(id -> id == null ? List.<ProjectView> of()
                    : byEnterprise.getOrDefault(id, List.of())).toList();
        });
    }

    /**
     * Records a project. The investor is checked in enterprises-service first (outside the transaction:
     * no database connection is held while another service answers), then the project and its first
     * step are written in one transaction.
     */
    public Uni<ProjectView> create(String park, @NotNull @Valid ProjectInput input) {
        ParkScope scope = parks.scope();
        String resolved = scope.resolve(park);
        check(input, null);
        String actor = scope.actor();
        return investorOf(input, resolved)
                .flatMap(investor -> Panache.withTransaction(() -> createWithin(resolved, input, investor, null, actor)))
                .onFailure(DatabaseErrors::isUniqueViolation).transform(f -> duplicateName());
    }

    /**
     * Writes a checked project and its first step inside the caller's transaction (a signed lead's project
     * too): the input passed {@link #check} and the investor {@link #investorOf}.
     */
    public Uni<ProjectView> createWithin(String park, ProjectInput input, KnownEnterprise investor, UUID leadId, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return projects.nameTaken(park, input.name().strip(), null).flatMap(taken -> {
            if (taken) {
                throw duplicateName();
            }
            Project p = Project.create(UUID.randomUUID(), park, input, investor == null ? null : investor.name(), leadId,
                    actor, now);
            return projects.persistAndFlush(p)
                    .call(saved -> events.persist(StageEvent.of(saved, null, saved.getSignedOn(),
                            leadId == null ? null : "由招商线索签约", actor, now)))
                    .map(ProjectView::of)
                    .call(view -> audit.record(park, ENTITY, view.id(), "create", actor, null, view, null));
        });
    }

    /** Corrects a project's record (not its stage: that moves through {@link #move}); optimistic locking. */
    public Uni<ProjectView> update(String id, long expectedVersion, @NotNull @Valid ProjectInput input) {
        ParkScope scope = parks.scope();
        UUID uuid = Ids.parse(id, "id");
        String actor = scope.actor();
        return Panache.withSession(() -> visible(scope, uuid)).flatMap(current -> {
            checkVersion(current, expectedVersion);
            check(input, current);
            return investorOf(input, current.getParkId());
        }).flatMap(investor -> Panache.withTransaction(() -> visible(scope, uuid).flatMap(p -> {
            checkVersion(p, expectedVersion);
            return projects.nameTaken(p.getParkId(), input.name().strip(), p.getId()).flatMap(taken -> {
                if (taken) {
                    throw duplicateName();
                }
                ProjectView before = ProjectView.of(p);
                p.update(input, investor == null ? null : investor.name(), actor, OffsetDateTime.now(clock));
                return projects.flush().map(v -> ProjectView.of(p))
                        .call(after -> audit.record(p.getParkId(), ENTITY, after.id(), "update", actor, before, after, null));
            });
        }))).onFailure(DatabaseErrors::isUniqueViolation).transform(f -> duplicateName());
    }

    /** A step of the stage machine; refused unless the project's track allows it. */
    @WithTransaction
    public Uni<ProjectView> move(String id, long expectedVersion, @NotNull @Valid StageTransitionInput step) {
        ParkScope scope = parks.scope();
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return visible(scope, Ids.parse(id, "id")).flatMap(p -> {
            checkVersion(p, expectedVersion);
            ProjectStage from = p.getStage();
            Track track = p.track();
            if (!track.canMove(from, p.getSuspendedFrom(), step.to())) {
                throw new IllegalTransitionException("project", from.name(), step.to().name(),
                        "项目不能从「" + from.label() + "」变更为「" + step.to().label() + "」，可变更为："
                                + track.next(from, p.getSuspendedFrom()).stream().map(ProjectStage::label).toList(),
                        "a project at " + from + " cannot move to " + step.to() + "; allowed: "
                                + track.next(from, p.getSuspendedFrom()));
            }
            if (step.to() == ProjectStage.APPROVED && from != ProjectStage.SUSPENDED) {
                throw new RuleViolationException(List.of(new Violation("to", "ThroughJointReview",
                        "联审通过由联审会议批准（POST /api/meetings/{id}/approvals）",
                        "a project is approved by a joint-review meeting (POST /api/meetings/{id}/approvals)")));
            }
            List<Violation> bad = new ArrayList<>();
            if (step.effectiveDate().isBefore(p.getStageSince())) {
                bad.add(new Violation("effectiveDate", "NotBefore", "日期不能早于当前阶段起始日期（" + p.getStageSince() + "）",
                        "cannot be before the current stage began (" + p.getStageSince() + ")"));
            }
            if ((step.to() == ProjectStage.SUSPENDED || step.to() == ProjectStage.TERMINATED)
                    && (step.reason() == null || step.reason().isBlank())) {
                bad.add(new Violation("reason", "RequiredToStop", "停缓建或终止须说明原因",
                        "suspending or terminating needs a reason"));
            }
            if (!bad.isEmpty()) {
                throw new RuleViolationException(bad);
            }
            ProjectView before = ProjectView.of(p);
            p.moveTo(step.to(), step.effectiveDate(), actor, now);
            String text = step.reason() == null || step.reason().isBlank() ? null : step.reason().strip();
            return projects.flush()
                    .chain(() -> events.persist(StageEvent.of(p, from, step.effectiveDate(), text, actor, now)))
                    .map(v -> ProjectView.of(p))
                    .call(after -> audit.record(p.getParkId(), ENTITY, after.id(), "move", actor, before, after, text));
        });
    }

    /**
     * 联审通过 by a joint-review meeting, inside the caller's transaction: the project (of the meeting's
     * park, at 签约, at the version read) moves to 联审通过 on the meeting's date; the step names the meeting.
     */
    public Uni<ProjectView> approve(ParkScope scope, String projectId, long expectedVersion, String park, UUID meetingId,
            LocalDate heldOn, String meetingTitle) {
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return lockVisible(scope, Ids.parse(projectId, "projectId")).flatMap(p -> {
            if (!p.getParkId().equals(park)) {
                throw new NotFoundException("项目", "project", p.getId());
            }
            checkVersion(p, expectedVersion);
            ProjectStage from = p.getStage();
            if (!p.track().canMove(from, p.getSuspendedFrom(), ProjectStage.APPROVED)) {
                throw new IllegalTransitionException("project", from.name(), ProjectStage.APPROVED.name(),
                        "只有处于「签约」阶段的产业项目可以联审通过，该项目为「" + from.label() + "」",
                        "only a signed industrial project can be approved; this one is at " + from);
            }
            if (heldOn.isBefore(p.getStageSince())) {
                throw new RuleViolationException(List.of(new Violation("projectId", "SignedBeforeReview",
                        "联审会议早于项目签约日期（" + p.getStageSince() + "）", "the meeting is before the project was signed")));
            }
            ProjectView before = ProjectView.of(p);
            String text = "联审会议：" + meetingTitle;
            p.moveTo(ProjectStage.APPROVED, heldOn, actor, now);
            return projects.flush()
                    .chain(() -> events.persist(StageEvent.of(p, from, heldOn, text, meetingId, actor, now)))
                    .map(v -> ProjectView.of(p))
                    .call(after -> audit.record(p.getParkId(), ENTITY, after.id(), "approve", actor, before, after, text));
        });
    }

    /**
     * 签约未开工 as of today: working days since signing in the park's calendar, against the park's target
     * (默认 50 working days), longest waiting first.
     */
    @WithSession
    public Uni<List<SignedNotStarted>> signedNotStarted(String park) {
        String resolved = parks.scope().resolve(park);
        LocalDate today = LocalDate.now(clock);
        return settings.inForce(resolved).flatMap(s -> projects.signedNotStarted(resolved).flatMap(rows -> {
            if (rows.isEmpty()) {
                return Uni.createFrom().item(List.<SignedNotStarted> of());
            }
            LocalDate earliest = rows.stream().map(Project::getSignedOn).min(Comparator.naturalOrder()).orElseThrow();
            int target = s.startTargetWorkingDays();
            // the calendar must reach the latest deadline: a year of slack beyond today covers any target ≤ 365
            return calendars.calendar(resolved, earliest, (today.isAfter(earliest) ? today : earliest).plusYears(2))
                    .map(cal -> rows.stream().map(p -> signedNotStarted(p, cal, today, target)).toList());
        }));
    }

    private static SignedNotStarted signedNotStarted(Project p, WorkingCalendar cal, LocalDate today, int target) {
        int days = Math.max(0, cal.workingDaysBetween(p.getSignedOn(), today));
        return new SignedNotStarted(ProjectView.of(p), days, target, cal.plusWorkingDays(p.getSignedOn(), target),
                days > target);
    }

    /**
     * Projects under construction whose latest progress report (or, without one, whose start) is more than
     * the park's stalled-after days ago (默认 30), longest silent first. {@code days} overrides the setting.
     */
    @WithSession
    public Uni<List<StalledProject>> stalled(String park, Integer days) {
        String resolved = parks.scope().resolve(park);
        if (days != null && (days < 1 || days > 365)) {
            throw new InvalidInputException(List.of(new Violation("days", "Range", "应为 1 至 365 的整数",
                    "days must be a whole number from 1 to 365")));
        }
        LocalDate today = LocalDate.now(clock);
        return settings.inForce(resolved).flatMap(s -> projects.underConstruction(resolved).flatMap(rows -> {
            int limit = days != null ? days : s.stalledAfterDays();
            Map<UUID, LocalDate> lastReport = new HashMap<>();
            rows.forEach(r -> lastReport.put(UUID.fromString((String) r[0]), (LocalDate) r[1]));
            return projects.byIds(lastReport.keySet()).map(found -> found.stream().map(p -> {
                LocalDate last = lastReport.get(p.getId());
                LocalDate since = last != null ? last : p.getStartedOn();
                int silent = (int) ChronoUnit.DAYS.between(since, today);
                return new StalledProject(ProjectView.of(p), last, silent, limit);
            }).filter(x -> x.daysSilent() > limit)
                    .sorted(Comparator.comparing(StalledProject::daysSilent).reversed()
                            .thenComparing(x -> x.project().name()))
                    .toList());
        }));
    }

    /** A project the caller may see (for other packages, inside the caller's session). */
    public Uni<Project> visible(ParkScope scope, UUID id) {
        return projects.findById(id).map(p -> {
            if (p == null || !scope.allows(p.getParkId())) {
                throw new NotFoundException("项目", "project", id);
            }
            return p;
        });
    }

    /** As {@link #visible}, with the row locked until the caller's transaction ends (serialises writers). */
    public Uni<Project> lockVisible(ParkScope scope, UUID id) {
        return projects.findById(id, LockModeType.PESSIMISTIC_WRITE).map(p -> {
            if (p == null || !scope.allows(p.getParkId())) {
                throw new NotFoundException("项目", "project", id);
            }
            return p;
        });
    }

    /** The rules of a project's record that need no other service; {@code current} is null for a new one. */
    public static void check(ProjectInput input, Project current) {
        List<Violation> bad = new ArrayList<>();
        boolean hasInvestor = input.investorId() != null && !input.investorId().isBlank();
        if (input.category().needsInvestor() && !hasInvestor) {
            bad.add(new Violation("investorId", "RequiredForCategory", input.category().label() + "须指定投资主体企业",
                    "a " + input.category() + " project needs its investor enterprise"));
        }
        if (input.fixedAssetInvestment() != null && input.fixedAssetInvestment().compareTo(input.totalInvestment()) > 0) {
            bad.add(new Violation("fixedAssetInvestment", "NotAboveTotal", "固定资产投资不能超过总投资",
                    "fixed-asset investment cannot exceed the total investment"));
        }
        if (input.plannedStart() != null && input.plannedCompletion() != null
                && input.plannedCompletion().isBefore(input.plannedStart())) {
            bad.add(new Violation("plannedCompletion", "NotBeforeStart", "计划竣工不能早于计划开工",
                    "planned completion cannot be before the planned start"));
        }
        if (input.plannedStart() != null && input.plannedStart().isBefore(input.signedOn())) {
            bad.add(new Violation("plannedStart", "NotBeforeSigning", "计划开工不能早于签约（立项）日期",
                    "the planned start cannot be before signing"));
        }
        if (current != null) {
            if (current.getCategory() != input.category()) {
                bad.add(new Violation("category", "Unchangeable", "项目类别登记后不能变更（决定阶段流程）",
                        "the category fixes the stages and cannot change"));
            }
            if (!current.getSignedOn().equals(input.signedOn())) {
                bad.add(new Violation("signedOn", "Unchangeable", "签约（立项）日期已记入阶段记录，不能修改",
                        "the signing date is recorded in the history and cannot change"));
            }
        }
        if (!bad.isEmpty()) {
            throw new RuleViolationException(bad);
        }
        if (hasInvestor) {
            Ids.parse(input.investorId(), "investorId");
        }
    }

    /** The input's investor checked in enterprises-service (null item when there is none); call outside transactions. */
    public Uni<KnownEnterprise> investorOf(ProjectInput input, String park) {
        if (input.investorId() == null || input.investorId().isBlank()) {
            return Uni.createFrom().nullItem();
        }
        return investors.require(CallerToken.bearer(identity), Ids.parse(input.investorId(), "investorId"), park, "investorId");
    }


    public static ConflictException duplicateName() {
        return new ConflictException("duplicate-project", "本园区已有同名项目", "the park already has a project of that name",
                List.of(new Violation("name", "Unique", "本园区已有同名项目", "the park already has a project of that name")));
    }

    private static void limit(int size, String field) {
        if (size > MAX_LOOKUP) {
            throw new InvalidInputException(List.of(new Violation(field, "Size",
                    "一次最多查询" + MAX_LOOKUP + "个", "at most " + MAX_LOOKUP + " per look-up")));
        }
    }

    private static UUID tryParse(String raw) {
        try {
            return raw == null ? null : UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void checkVersion(Project p, long expected) {
        if (p.getVersion() != expected) {
            throw new StaleVersionException(ENTITY, p.getId(), expected, p.getVersion());
        }
    }
}
