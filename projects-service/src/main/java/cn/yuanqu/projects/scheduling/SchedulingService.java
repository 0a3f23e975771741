package cn.yuanqu.projects.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.audit.AuditTrail;
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
import cn.yuanqu.projects.project.ProjectView;

/**
 * Scheduling (调度): meetings, the issues they raise for projects (with the unit responsible, a deadline
 * and, in time, the resolution) and the joint review that approves projects. Overdue is computed.
 */
@ApplicationScoped
public class SchedulingService {

    static final String MEETING = "meeting";
    static final String ISSUE = "meeting-issue";

    private final MeetingRepository meetings;
    private final IssueRepository issues;
    private final ProjectService projects;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final Clock clock;

    public SchedulingService(MeetingRepository meetings, IssueRepository issues, ProjectService projects,
            AuditTrail audit, ParkContext parks, Clock clock) {
        this.meetings = meetings;
        this.issues = issues;
        this.projects = projects;
        this.audit = audit;
        this.parks = parks;
        this.clock = clock;
    }

    @WithSession
    public Uni<Page<MeetingView>> meetings(String park, MeetingKind kind, LocalDate from, LocalDate to,
            PageRequest pageRequest) {
        var q = MeetingRepository.query(parks.scope().resolve(park), kind, from, to);
        return meetings.list(q, pageRequest.toPanachePage()).flatMap(rows -> meetings.count(q)
                .map(total -> Page.of(rows.stream().map(MeetingView::of).toList(), pageRequest, total)));
    }

    @WithSession
    public Uni<MeetingView> meeting(String id) {
        return visibleMeeting(parks.scope(), Ids.parse(id, "id")).map(MeetingView::of);
    }

    @WithSession
    public Uni<List<IssueView>> issues(String park, String projectId, String meetingId, IssueStatus status,
            IssueCategory category, Boolean overdue) {
        String resolved = parks.scope().resolve(park);
        LocalDate today = LocalDate.now(clock);
        UUID project = projectId == null || projectId.isBlank() ? null : Ids.parse(projectId, "projectId");
        UUID meeting = meetingId == null || meetingId.isBlank() ? null : Ids.parse(meetingId, "meetingId");
        return issues.list(resolved, project, meeting, status, category, Boolean.TRUE.equals(overdue), today)
                .map(rows -> rows.stream().map(i -> IssueView.of(i, today)).toList());
    }

    @WithTransaction
    public Uni<MeetingView> record(String park, @NotNull @Valid MeetingInput input) {
        ParkScope scope = parks.scope();
        String resolved = scope.resolve(park);
        String actor = scope.actor();
        Meeting m = Meeting.of(UUID.randomUUID(), resolved, input, actor, OffsetDateTime.now(clock));
        return meetings.persistAndFlush(m).map(MeetingView::of)
                .call(v -> audit.record(resolved, MEETING, v.id(), "record", actor, null, v, null));
    }

    /** Raises an issue for a project of the meeting's park. */
    @WithTransaction
    public Uni<IssueView> raise(String meetingId, @NotNull @Valid IssueInput input) {
        ParkScope scope = parks.scope();
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return visibleMeeting(scope, Ids.parse(meetingId, "id")).flatMap(m -> projects
                .visible(scope, Ids.parse(input.projectId(), "projectId")).flatMap(p -> {
                    if (!p.getParkId().equals(m.getParkId())) {
                        throw new RuleViolationException(List.of(new Violation("projectId", "SamePark",
                                "项目与会议不在同一园区", "the project is not of the meeting's park")));
                    }
                    if (input.deadline().isBefore(m.getHeldOn())) {
                        throw new RuleViolationException(List.of(new Violation("deadline", "NotBeforeMeeting",
                                "办结时限不能早于会议日期（" + m.getHeldOn() + "）", "cannot be before the meeting")));
                    }
                    MeetingIssue issue = MeetingIssue.raise(UUID.randomUUID(), m, p.getId(), input, actor, now);
                    return issues.persistAndFlush(issue);
                }))
                .map(i -> IssueView.of(i, LocalDate.now(clock)))
                .call(v -> audit.record(v.park(), ISSUE, v.id(), "raise", actor, null, v, null));
    }

    /** Records how an open issue was resolved; optimistic locking. */
    @WithTransaction
    public Uni<IssueView> resolve(String issueId, long expectedVersion, @NotNull @Valid ResolutionInput input) {
        ParkScope scope = parks.scope();
        String actor = scope.actor();
        UUID id = Ids.parse(issueId, "id");
        return issues.findById(id).flatMap(i -> {
            if (i == null || !scope.allows(i.getParkId())) {
                throw new NotFoundException("问题", "issue", id);
            }
            if (i.getVersion() != expectedVersion) {
                throw new StaleVersionException(ISSUE, id, expectedVersion, i.getVersion());
            }
            if (i.getStatus() != IssueStatus.OPEN) {
                throw new IllegalTransitionException("issue", i.getStatus().name(), IssueStatus.RESOLVED.name(),
                        "问题已解决", "the issue is already resolved");
            }
            return meetings.findById(i.getMeetingId()).flatMap(m -> {
                if (input.resolvedOn().isBefore(m.getHeldOn())) {
                    throw new RuleViolationException(List.of(new Violation("resolvedOn", "NotBeforeMeeting",
                            "解决日期不能早于会议日期（" + m.getHeldOn() + "）", "cannot be before the meeting")));
                }
                IssueView before = IssueView.of(i, LocalDate.now(clock));
                i.resolve(input.resolvedOn(), input.resolution().strip(), actor, OffsetDateTime.now(clock));
                return issues.flush().map(v -> IssueView.of(i, LocalDate.now(clock)))
                        .call(after -> audit.record(i.getParkId(), ISSUE, after.id(), "resolve", actor, before, after, null));
            });
        });
    }

    /** A joint-review meeting approves a project: its 联审通过 step, dated the meeting's day. */
    @WithTransaction
    public Uni<ProjectView> approve(String meetingId, @NotNull @Valid ApprovalInput input) {
        ParkScope scope = parks.scope();
        return visibleMeeting(scope, Ids.parse(meetingId, "id")).flatMap(m -> {
            if (m.getKind() != MeetingKind.JOINT_REVIEW) {
                throw new RuleViolationException(List.of(new Violation("meetingId", "JointReview",
                        "只有联审会议可以批准项目（本会议为" + m.getKind().label() + "）",
                        "only a joint-review meeting approves projects")));
            }
            return projects.approve(scope, input.projectId(), input.version(), m.getParkId(), m.getId(), m.getHeldOn(),
                    m.getTitle());
        });
    }

    private Uni<Meeting> visibleMeeting(ParkScope scope, UUID id) {
        return meetings.findById(id).map(m -> {
            if (m == null || !scope.allows(m.getParkId())) {
                throw new NotFoundException("会议", "meeting", id);
            }
            return m;
        });
    }
}
