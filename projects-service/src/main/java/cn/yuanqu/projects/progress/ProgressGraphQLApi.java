package cn.yuanqu.projects.progress;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.graphql.OneQueryAtATime;
import cn.yuanqu.projects.project.ProjectView;

/** Progress reports in the subgraph. Thin: delegates to {@link ProgressService}. */
@GraphQLApi
@OneQueryAtATime
public class ProgressGraphQLApi {

    private final ProgressService service;

    public ProgressGraphQLApi(ProgressService service) {
        this.service = service;
    }

    @Query("projectProgress")
    @Description("项目进度填报（按日期先后） / a project's progress reports, oldest first")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull ProgressView>> projectProgress(@NonNull @Id String projectId) {
        return service.ofProject(projectId);
    }

    /** The latest report of each project of a result, in one query. */
    @Name("latestProgress")
    @Description("最近一次进度填报 / the latest progress report")
    public Uni<List<ProgressView>> latestProgress(@Source List<ProjectView> projects) {
        return service.latestOf(projects.stream().map(p -> UUID.fromString(p.id())).toList());
    }

    @Mutation("reportProjectProgress")
    @Description("填报进度 / report a project's progress")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull ProgressView> reportProjectProgress(@NonNull @Id String projectId,
            @NonNull @Valid ProgressInput input) {
        return service.report(projectId, input);
    }

    @Mutation("correctProjectProgress")
    @Description("更正进度填报（传入读取时的版本号） / correct a progress report; pass the version read")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull ProgressView> correctProjectProgress(@NonNull @Id String projectId, @NonNull @Id String reportId,
            @NonNull Long version, @NonNull @Valid ProgressInput input) {
        return service.correct(projectId, reportId, version, input);
    }
}
