package cn.yuanqu.gateway.projects;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.support.Downstream;
import cn.yuanqu.gateway.support.DownstreamRejection;

/**
 * Calls to projects-service's ledgers and workflow with fault tolerance, as {@code EnterprisesClient} does: every
 * call is time-limited and behind a circuit breaker (one per method); reads are retried on failures that are not the
 * service's own refusal; writes never are. The service's GraphQL errors become {@link DownstreamRejection}s with the
 * same code and message ({@link Downstream#rejection}).
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 100, abortOn = DownstreamRejection.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
        skipOn = DownstreamRejection.class)
public class ProjectsLedgerClient {

    private final ProjectsLedgerApi api;

    ProjectsLedgerClient(ProjectsLedgerApi api) {
        this.api = api;
    }

    public Uni<ProjectPage> projects(String authorization, String park, ProjectFilter filter, Integer page,
            Integer size, String sort) {
        return api.projects(authorization, park, filter, page, size, sort).onFailure().transform(Downstream::rejection);
    }

    public Uni<Project> project(String authorization, String id) {
        return api.project(authorization, id).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<ProjectStageEvent>> history(String authorization, String id) {
        return api.projectHistory(authorization, id).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<SignedNotStarted>> signedNotStarted(String authorization, String park) {
        return api.signedNotStartedProjects(authorization, park).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<StalledProject>> stalled(String authorization, String park, Integer days) {
        return api.stalledProjects(authorization, park, days).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Project> create(String authorization, String park, ProjectInput input) {
        return api.createProject(authorization, park, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Project> update(String authorization, String id, Long version, ProjectInput input) {
        return api.updateProject(authorization, id, version, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Project> move(String authorization, String id, Long version, StageTransitionInput step) {
        return api.moveProjectStage(authorization, id, version, step).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<ProgressReport>> progress(String authorization, String projectId) {
        return api.projectProgress(authorization, projectId).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<ProgressReport> reportProgress(String authorization, String projectId, ProgressInput input) {
        return api.reportProjectProgress(authorization, projectId, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<ProgressReport> correctProgress(String authorization, String projectId, String reportId, Long version,
            ProgressInput input) {
        return api.correctProjectProgress(authorization, projectId, reportId, version, input)
                .onFailure().transform(Downstream::rejection);
    }

    public Uni<AnnualTarget> annualTarget(String authorization, String park, Integer year) {
        return api.annualTarget(authorization, park, year).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<AnnualTarget> setAnnualTarget(String authorization, String park, Integer year, Long version,
            AnnualTargetInput input) {
        return api.setAnnualTarget(authorization, park, year, version, input)
                .onFailure().transform(Downstream::rejection);
    }

    public Uni<MeetingPage> meetings(String authorization, String park, MeetingKind kind, LocalDate from,
            LocalDate to, Integer page, Integer size) {
        return api.meetings(authorization, park, kind, from, to, page, size)
                .onFailure().transform(Downstream::rejection);
    }

    public Uni<List<ProjectIssue>> issues(String authorization, String park, String projectId, String meetingId,
            IssueStatus status, IssueCategory category, Boolean overdue) {
        return api.projectIssues(authorization, park, projectId, meetingId, status, category, overdue)
                .onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Meeting> recordMeeting(String authorization, String park, MeetingInput input) {
        return api.recordMeeting(authorization, park, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<ProjectIssue> raiseIssue(String authorization, String meetingId, IssueInput input) {
        return api.raiseProjectIssue(authorization, meetingId, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<ProjectIssue> resolveIssue(String authorization, String id, Long version, IssueResolutionInput input) {
        return api.resolveProjectIssue(authorization, id, version, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Project> approve(String authorization, String meetingId, ApprovalInput input) {
        return api.approveProject(authorization, meetingId, input).onFailure().transform(Downstream::rejection);
    }

    public Uni<LeadPage> leads(String authorization, String park, LeadFilter filter, Integer page, Integer size,
            String sort) {
        return api.leads(authorization, park, filter, page, size, sort).onFailure().transform(Downstream::rejection);
    }

    public Uni<Lead> lead(String authorization, String id) {
        return api.lead(authorization, id).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<LeadEvent>> leadLog(String authorization, String id) {
        return api.leadLog(authorization, id).onFailure().transform(Downstream::rejection);
    }

    public Uni<ActivityPage> activities(String authorization, String park, ActivityKind kind, LocalDate from,
            LocalDate to, Integer page, Integer size) {
        return api.promotionActivities(authorization, park, kind, from, to, page, size)
                .onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Lead> recordLead(String authorization, String park, LeadInput input) {
        return api.recordLead(authorization, park, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Lead> updateLead(String authorization, String id, Long version, LeadInput input) {
        return api.updateLead(authorization, id, version, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Lead> moveLead(String authorization, String id, Long version, LeadTransitionInput step) {
        return api.moveLead(authorization, id, version, step).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<LeadEvent> followUpLead(String authorization, String id, FollowUpInput input) {
        return api.followUpLead(authorization, id, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<SignedLead> signLead(String authorization, String id, Long version, SigningInput input) {
        return api.signLead(authorization, id, version, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<PromotionActivity> recordActivity(String authorization, String park, ActivityInput input) {
        return api.recordPromotionActivity(authorization, park, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<PromotionActivity> updateActivity(String authorization, String id, Long version, ActivityInput input) {
        return api.updatePromotionActivity(authorization, id, version, input)
                .onFailure().transform(Downstream::rejection);
    }
}
