package cn.yuanqu.gateway.projects;

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
 * The project ledger (项目台账), its progress reports and the park's annual targets for the front ends, with the
 * project's stage machine as mutations. Thin: delegates to {@link ProjectGateway}. Roles are those of
 * projects-service's own GraphQL API, checked here before any call; the service applies parks to the forwarded
 * token. Root query fields are nullable so an unavailable service leaves the rest of a query's answer intact.
 */
@GraphQLApi
public class ProjectGraphQLApi {

    private final ProjectGateway gateway;

    public ProjectGraphQLApi(ProjectGateway gateway) {
        this.gateway = gateway;
    }

    @Query("projects")
    @Description("项目台账（筛选、分页、排序；排序字段 name, signedOn, startedOn, stage, totalInvestment, updatedAt） / the project ledger, filtered, paged and sorted")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<ProjectPage> projects(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("筛选条件 / filters") ProjectFilter filter,
            @Description("页码，从0开始 / page from 0") @DefaultValue("0") Integer page,
            @Description("每页条数 1–200 / page size 1–200") @DefaultValue("20") Integer size,
            @Description("排序，如 signedOn,desc;name,asc / sort") @DefaultValue("signedOn,desc") String sort) {
        return gateway.projects(park, filter, page, size, sort);
    }

    @Query("project")
    @Description("项目详情 / one project")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<Project> project(@Description("项目ID / project id") @NonNull @Id String id) {
        return gateway.project(id);
    }

    @Query("projectHistory")
    @Description("项目阶段记录（留痕：谁、何时、为何） / the recorded steps of a project: who, when, why")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<List<@NonNull ProjectStageEvent>> projectHistory(@Description("项目ID / project id") @NonNull @Id String id) {
        return gateway.history(id);
    }

    @Query("signedNotStartedProjects")
    @Description("签约未开工项目（按工作日计，对照园区目标） / projects signed and not started, in working days against the park's target")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<List<@NonNull SignedNotStarted>> signedNotStartedProjects(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park) {
        return gateway.signedNotStarted(park);
    }

    @Query("stalledProjects")
    @Description("停滞项目：在建但超过规定天数未填报进度 / projects under construction without a recent progress report")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<List<@NonNull StalledProject>> stalledProjects(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("停滞天数（默认园区设定） / days without a report, the park's setting by default") Integer days) {
        return gateway.stalled(park, days);
    }

    @Query("projectProgress")
    @Description("项目进度填报（按日期先后） / a project's progress reports, oldest first")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<List<@NonNull ProgressReport>> projectProgress(
            @Description("项目ID / project id") @NonNull @Id String projectId) {
        return gateway.progress(projectId);
    }

    @Query("annualTarget")
    @Description("园区年度项目目标 / the park's project targets of a year")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<AnnualTarget> annualTarget(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("年度 / year") @NonNull Integer year) {
        return gateway.annualTarget(park, year);
    }

    @Mutation("createProject")
    @Description("登记项目（投资主体经企业服务核验） / record a project; its investor is checked in enterprises-service")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull Project> createProject(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("项目登记信息 / the project") @NonNull ProjectInput input) {
        return gateway.create(park, input);
    }

    @Mutation("updateProject")
    @Description("修改项目信息（传入读取时的版本号） / correct a project's record; pass the version read")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull Project> updateProject(@Description("项目ID / project id") @NonNull @Id String id,
            @Description("读取时的版本号 / the version read") @NonNull Long version,
            @Description("项目登记信息 / the project") @NonNull ProjectInput input) {
        return gateway.update(id, version, input);
    }

    @Mutation("moveProjectStage")
    @Description("阶段变更：下一阶段（如 供地→开工→竣工→投产）、停缓建、恢复、终止；联审通过由 approveProject 批准；非法变更以 illegal-transition 拒绝 / move to the next stage, suspend, resume or terminate; a joint review approves through approveProject; illegal moves are refused with illegal-transition")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull Project> moveProjectStage(@Description("项目ID / project id") @NonNull @Id String id,
            @Description("读取时的版本号 / the version read") @NonNull Long version,
            @Description("阶段变更 / the step") @NonNull StageTransitionInput step) {
        return gateway.move(id, version, step);
    }

    @Mutation("reportProjectProgress")
    @Description("填报进度 / report a project's progress")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull ProgressReport> reportProjectProgress(
            @Description("项目ID / project id") @NonNull @Id String projectId,
            @Description("进度填报 / the report") @NonNull ProgressInput input) {
        return gateway.reportProgress(projectId, input);
    }

    @Mutation("correctProjectProgress")
    @Description("更正进度填报（传入读取时的版本号） / correct a progress report; pass the version read")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull ProgressReport> correctProjectProgress(
            @Description("项目ID / project id") @NonNull @Id String projectId,
            @Description("填报ID / report id") @NonNull @Id String reportId,
            @Description("读取时的版本号 / the version read") @NonNull Long version,
            @Description("进度填报 / the report") @NonNull ProgressInput input) {
        return gateway.correctProgress(projectId, reportId, version, input);
    }

    @Mutation("setAnnualTarget")
    @Description("设定年度目标（已设定时传入版本号） / set the targets of a year; pass the version once set")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull AnnualTarget> setAnnualTarget(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("年度 / year") @NonNull Integer year,
            @Description("版本号（首次设定时为空） / version, empty the first time") Long version,
            @Description("年度目标 / the targets") @NonNull AnnualTargetInput input) {
        return gateway.setAnnualTarget(park, year, version, input);
    }
}
