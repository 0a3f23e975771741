package cn.yuanqu.gateway.projects;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.support.CallerToken;
import cn.yuanqu.gateway.support.Downstream;

/**
 * The gateway's application layer for projects-service's ledgers and workflow: forwards the caller's token (the
 * service applies parks and its rules to it) and reports an unreachable projects-service as
 * {@code service-unavailable} for the fields that need it (other fields of the same query still answer).
 */
@ApplicationScoped
public class ProjectGateway {

    static final String SERVICE = "projects-service";
    static final String SERVICE_ZH = "项目服务";

    private final ProjectsLedgerClient client;
    private final CallerToken token;

    public ProjectGateway(ProjectsLedgerClient client, CallerToken token) {
        this.client = client;
        this.token = token;
    }

    public Uni<ProjectPage> projects(String park, ProjectFilter filter, Integer page, Integer size, String sort) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.projects(auth, park, filter, page, size, sort));
    }

    public Uni<Project> project(String id) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.project(auth, id));
    }

    public Uni<List<ProjectStageEvent>> history(String id) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.history(auth, id));
    }

    public Uni<List<SignedNotStarted>> signedNotStarted(String park) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.signedNotStarted(auth, park));
    }

    public Uni<List<StalledProject>> stalled(String park, Integer days) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.stalled(auth, park, days));
    }

    public Uni<Project> create(String park, ProjectInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.create(auth, park, input));
    }

    public Uni<Project> update(String id, Long version, ProjectInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.update(auth, id, version, input));
    }

    public Uni<Project> move(String id, Long version, StageTransitionInput step) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.move(auth, id, version, step));
    }

    public Uni<List<ProgressReport>> progress(String projectId) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.progress(auth, projectId));
    }

    public Uni<ProgressReport> reportProgress(String projectId, ProgressInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.reportProgress(auth, projectId, input));
    }

    public Uni<ProgressReport> correctProgress(String projectId, String reportId, Long version, ProgressInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.correctProgress(auth, projectId, reportId, version,
                input));
    }

    public Uni<AnnualTarget> annualTarget(String park, Integer year) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.annualTarget(auth, park, year));
    }

    public Uni<AnnualTarget> setAnnualTarget(String park, Integer year, Long version, AnnualTargetInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.setAnnualTarget(auth, park, year, version, input));
    }

    public Uni<MeetingPage> meetings(String park, MeetingKind kind, LocalDate from, LocalDate to, Integer page,
            Integer size) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.meetings(auth, park, kind, from, to, page, size));
    }

    public Uni<List<ProjectIssue>> issues(String park, String projectId, String meetingId, IssueStatus status,
            IssueCategory category, Boolean overdue) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.issues(auth, park, projectId, meetingId, status,
                category, overdue));
    }

    public Uni<Meeting> recordMeeting(String park, MeetingInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.recordMeeting(auth, park, input));
    }

    public Uni<ProjectIssue> raiseIssue(String meetingId, IssueInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.raiseIssue(auth, meetingId, input));
    }

    public Uni<ProjectIssue> resolveIssue(String id, Long version, IssueResolutionInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.resolveIssue(auth, id, version, input));
    }

    public Uni<Project> approve(String meetingId, ApprovalInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.approve(auth, meetingId, input));
    }

    public Uni<LeadPage> leads(String park, LeadFilter filter, Integer page, Integer size, String sort) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.leads(auth, park, filter, page, size, sort));
    }

    public Uni<Lead> lead(String id) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.lead(auth, id));
    }

    public Uni<List<LeadEvent>> leadLog(String id) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.leadLog(auth, id));
    }

    public Uni<ActivityPage> activities(String park, ActivityKind kind, LocalDate from, LocalDate to, Integer page,
            Integer size) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.activities(auth, park, kind, from, to, page, size));
    }

    public Uni<Lead> recordLead(String park, LeadInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.recordLead(auth, park, input));
    }

    public Uni<Lead> updateLead(String id, Long version, LeadInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.updateLead(auth, id, version, input));
    }

    public Uni<Lead> moveLead(String id, Long version, LeadTransitionInput step) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.moveLead(auth, id, version, step));
    }

    public Uni<LeadEvent> followUpLead(String id, FollowUpInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.followUpLead(auth, id, input));
    }

    public Uni<SignedLead> signLead(String id, Long version, SigningInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.signLead(auth, id, version, input));
    }

    public Uni<PromotionActivity> recordActivity(String park, ActivityInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.recordActivity(auth, park, input));
    }

    public Uni<PromotionActivity> updateActivity(String id, Long version, ActivityInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.updateActivity(auth, id, version, input));
    }
}
