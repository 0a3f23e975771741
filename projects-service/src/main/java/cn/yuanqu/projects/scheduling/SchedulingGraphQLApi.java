package cn.yuanqu.projects.scheduling;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.graphql.OneQueryAtATime;
import cn.yuanqu.platform.paging.PageRequest;
import cn.yuanqu.projects.project.ProjectView;

/** Meetings, issues and the joint review in the subgraph. Thin: delegates to {@link SchedulingService}. */
@GraphQLApi
@OneQueryAtATime
public class SchedulingGraphQLApi {

    private final SchedulingService service;

    public SchedulingGraphQLApi(SchedulingService service) {
        this.service = service;
    }

    @Query("meetings")
    @Description("调度会议（最近的在前） / meetings, newest first")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull MeetingPage> meetings(String park, MeetingKind kind, LocalDate from, LocalDate to,
            @DefaultValue("0") Integer page, @DefaultValue("20") Integer size) {
        return service.meetings(park, kind, from, to, PageRequest.of(page, size, null)).map(MeetingPage::of);
    }

    @Query("projectIssues")
    @Description("项目问题清单（overdue 为今天超期未解决的） / issues raised for projects")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull IssueView>> projectIssues(String park, @Id String projectId, @Id String meetingId,
            IssueStatus status, IssueCategory category, Boolean overdue) {
        return service.issues(park, projectId, meetingId, status, category, overdue);
    }

    @Mutation("recordMeeting")
    @Description("记录会议 / record a meeting")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull MeetingView> recordMeeting(String park, @NonNull @Valid MeetingInput input) {
        return service.record(park, input);
    }

    @Mutation("raiseProjectIssue")
    @Description("交办问题 / raise an issue for a project in a meeting")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull IssueView> raiseProjectIssue(@NonNull @Id String meetingId, @NonNull @Valid IssueInput input) {
        return service.raise(meetingId, input);
    }

    @Mutation("resolveProjectIssue")
    @Description("问题解决（传入读取时的版本号） / record how an issue was resolved")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull IssueView> resolveProjectIssue(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid ResolutionInput input) {
        return service.resolve(id, version, input);
    }

    @Mutation("approveProject")
    @Description("联审通过：联审会议批准签约项目 / a joint-review meeting approves a signed project")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull ProjectView> approveProject(@NonNull @Id String meetingId, @NonNull @Valid ApprovalInput input) {
        return service.approve(meetingId, input);
    }
}
