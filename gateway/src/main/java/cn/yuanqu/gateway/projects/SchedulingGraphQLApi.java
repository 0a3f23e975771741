package cn.yuanqu.gateway.projects;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

/**
 * The project office's scheduling (每日一通报、每周一调度、每月一现场办公, 联审): meetings, the issues they raise for
 * projects, and the joint review's approval. Thin: delegates to {@link ProjectGateway}; roles as projects-service's.
 */
@GraphQLApi
public class SchedulingGraphQLApi {

    private final ProjectGateway gateway;

    public SchedulingGraphQLApi(ProjectGateway gateway) {
        this.gateway = gateway;
    }

    @Query("meetings")
    @Description("调度会议（最近的在前，筛选、分页） / meetings, newest first, filtered and paged")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<MeetingPage> meetings(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("会议类型 / kind") MeetingKind kind,
            @Description("召开日期不早于 / held from") LocalDate from,
            @Description("召开日期不晚于 / held to") LocalDate to,
            @Description("页码，从0开始 / page from 0") @DefaultValue("0") Integer page,
            @Description("每页条数 1–200 / page size 1–200") @DefaultValue("20") Integer size) {
        return gateway.meetings(park, kind, from, to, page, size);
    }

    @Query("projectIssues")
    @Description("项目问题清单（overdue 为今天超期未解决的） / issues raised for projects; overdue: open past the deadline today")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<List<@NonNull ProjectIssue>> projectIssues(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("项目ID / project id") @Id String projectId,
            @Description("会议ID / meeting id") @Id String meetingId,
            @Description("状态 / status") IssueStatus status,
            @Description("类别 / category") IssueCategory category,
            @Description("是否今天超期 / overdue today") Boolean overdue) {
        return gateway.issues(park, projectId, meetingId, status, category, overdue);
    }

    @Mutation("recordMeeting")
    @Description("记录会议 / record a meeting")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull Meeting> recordMeeting(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("会议 / the meeting") @NonNull MeetingInput input) {
        return gateway.recordMeeting(park, input);
    }

    @Mutation("raiseProjectIssue")
    @Description("交办问题：会议为项目交办问题 / raise an issue for a project in a meeting")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull ProjectIssue> raiseProjectIssue(
            @Description("会议ID / meeting id") @NonNull @Id String meetingId,
            @Description("问题 / the issue") @NonNull IssueInput input) {
        return gateway.raiseIssue(meetingId, input);
    }

    @Mutation("resolveProjectIssue")
    @Description("问题解决（传入读取时的版本号） / record how an issue was resolved; pass the version read")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull ProjectIssue> resolveProjectIssue(@Description("问题ID / issue id") @NonNull @Id String id,
            @Description("读取时的版本号 / the version read") @NonNull Long version,
            @Description("解决情况 / the resolution") @NonNull IssueResolutionInput input) {
        return gateway.resolveIssue(id, version, input);
    }

    @Mutation("approveProject")
    @Description("联审通过：联审会议批准签约项目（签约→联审通过） / a joint-review meeting approves a signed project")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull Project> approveProject(
            @Description("联审会议ID / joint-review meeting id") @NonNull @Id String meetingId,
            @Description("批准的项目及其版本号 / the project and its version read") @NonNull ApprovalInput input) {
        return gateway.approve(meetingId, input);
    }
}
