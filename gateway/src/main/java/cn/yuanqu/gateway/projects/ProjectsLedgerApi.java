package cn.yuanqu.gateway.projects;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import io.smallrye.mutiny.Uni;

/**
 * projects-service's subgraph (ledgers and workflow) as a typed GraphQL client, with the subgraph's argument names
 * and types. Package-private: only {@link ProjectsLedgerClient} (fault tolerance, error mapping) uses it. Every
 * call carries the caller's {@code Authorization} header. Its own config key: a typed-client model is per key.
 */
@GraphQLClientApi(configKey = "projects-ledger")
interface ProjectsLedgerApi {

    // 项目 / projects

    @Query("projects")
    Uni<ProjectPage> projects(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("filter") ProjectFilter filter, @Name("page") Integer page, @Name("size") Integer size,
            @Name("sort") String sort);

    @Query("project")
    Uni<Project> project(@Header(name = "Authorization") String authorization, @Name("id") @NonNull @Id String id);

    @Query("projectHistory")
    Uni<List<ProjectStageEvent>> projectHistory(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id);

    @Query("signedNotStartedProjects")
    Uni<List<SignedNotStarted>> signedNotStartedProjects(@Header(name = "Authorization") String authorization,
            @Name("park") String park);

    @Query("stalledProjects")
    Uni<List<StalledProject>> stalledProjects(@Header(name = "Authorization") String authorization,
            @Name("park") String park, @Name("days") Integer days);

    @Mutation("createProject")
    Uni<Project> createProject(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("input") @NonNull ProjectInput input);

    @Mutation("updateProject")
    Uni<Project> updateProject(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id, @Name("version") @NonNull Long version,
            @Name("input") @NonNull ProjectInput input);

    @Mutation("moveProjectStage")
    Uni<Project> moveProjectStage(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id, @Name("version") @NonNull Long version,
            @Name("step") @NonNull StageTransitionInput step);

    // 进度 / progress

    @Query("projectProgress")
    Uni<List<ProgressReport>> projectProgress(@Header(name = "Authorization") String authorization,
            @Name("projectId") @NonNull @Id String projectId);

    @Mutation("reportProjectProgress")
    Uni<ProgressReport> reportProjectProgress(@Header(name = "Authorization") String authorization,
            @Name("projectId") @NonNull @Id String projectId, @Name("input") @NonNull ProgressInput input);

    @Mutation("correctProjectProgress")
    Uni<ProgressReport> correctProjectProgress(@Header(name = "Authorization") String authorization,
            @Name("projectId") @NonNull @Id String projectId, @Name("reportId") @NonNull @Id String reportId,
            @Name("version") @NonNull Long version, @Name("input") @NonNull ProgressInput input);

    // 年度目标 / annual targets

    @Query("annualTarget")
    Uni<AnnualTarget> annualTarget(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("year") @NonNull Integer year);

    @Mutation("setAnnualTarget")
    Uni<AnnualTarget> setAnnualTarget(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("year") @NonNull Integer year, @Name("version") Long version,
            @Name("input") @NonNull AnnualTargetInput input);

    // 调度 / scheduling

    @Query("meetings")
    Uni<MeetingPage> meetings(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("kind") MeetingKind kind, @Name("from") LocalDate from, @Name("to") LocalDate to,
            @Name("page") Integer page, @Name("size") Integer size);

    @Query("projectIssues")
    Uni<List<ProjectIssue>> projectIssues(@Header(name = "Authorization") String authorization,
            @Name("park") String park, @Name("projectId") @Id String projectId, @Name("meetingId") @Id String meetingId,
            @Name("status") IssueStatus status, @Name("category") IssueCategory category,
            @Name("overdue") Boolean overdue);

    @Mutation("recordMeeting")
    Uni<Meeting> recordMeeting(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("input") @NonNull MeetingInput input);

    @Mutation("raiseProjectIssue")
    Uni<ProjectIssue> raiseProjectIssue(@Header(name = "Authorization") String authorization,
            @Name("meetingId") @NonNull @Id String meetingId, @Name("input") @NonNull IssueInput input);

    @Mutation("resolveProjectIssue")
    Uni<ProjectIssue> resolveProjectIssue(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id, @Name("version") @NonNull Long version,
            @Name("input") @NonNull IssueResolutionInput input);

    @Mutation("approveProject")
    Uni<Project> approveProject(@Header(name = "Authorization") String authorization,
            @Name("meetingId") @NonNull @Id String meetingId, @Name("input") @NonNull ApprovalInput input);

    // 招商 / promotion

    @Query("leads")
    Uni<LeadPage> leads(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("filter") LeadFilter filter, @Name("page") Integer page, @Name("size") Integer size,
            @Name("sort") String sort);

    @Query("lead")
    Uni<Lead> lead(@Header(name = "Authorization") String authorization, @Name("id") @NonNull @Id String id);

    @Query("leadLog")
    Uni<List<LeadEvent>> leadLog(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id);

    @Query("promotionActivities")
    Uni<ActivityPage> promotionActivities(@Header(name = "Authorization") String authorization,
            @Name("park") String park, @Name("kind") ActivityKind kind, @Name("from") LocalDate from,
            @Name("to") LocalDate to, @Name("page") Integer page, @Name("size") Integer size);

    @Mutation("recordLead")
    Uni<Lead> recordLead(@Header(name = "Authorization") String authorization, @Name("park") String park,
            @Name("input") @NonNull LeadInput input);

    @Mutation("updateLead")
    Uni<Lead> updateLead(@Header(name = "Authorization") String authorization, @Name("id") @NonNull @Id String id,
            @Name("version") @NonNull Long version, @Name("input") @NonNull LeadInput input);

    @Mutation("moveLead")
    Uni<Lead> moveLead(@Header(name = "Authorization") String authorization, @Name("id") @NonNull @Id String id,
            @Name("version") @NonNull Long version, @Name("step") @NonNull LeadTransitionInput step);

    @Mutation("followUpLead")
    Uni<LeadEvent> followUpLead(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id, @Name("input") @NonNull FollowUpInput input);

    @Mutation("signLead")
    Uni<SignedLead> signLead(@Header(name = "Authorization") String authorization, @Name("id") @NonNull @Id String id,
            @Name("version") @NonNull Long version, @Name("input") @NonNull SigningInput input);

    @Mutation("recordPromotionActivity")
    Uni<PromotionActivity> recordPromotionActivity(@Header(name = "Authorization") String authorization,
            @Name("park") String park, @Name("input") @NonNull ActivityInput input);

    @Mutation("updatePromotionActivity")
    Uni<PromotionActivity> updatePromotionActivity(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id, @Name("version") @NonNull Long version,
            @Name("input") @NonNull ActivityInput input);
}
