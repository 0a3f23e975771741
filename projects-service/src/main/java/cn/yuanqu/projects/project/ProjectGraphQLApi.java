package cn.yuanqu.projects.project;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.graphql.Federation;
import cn.yuanqu.platform.graphql.OneQueryAtATime;
import cn.yuanqu.platform.paging.PageRequest;

/**
 * Projects as a federation subgraph: {@code Project} is an entity by id; its {@code investor} is the
 * {@code Enterprise} entity by key, and {@code Enterprise.projects} is resolved for all enterprises of a
 * result in one query. Thin: delegates to {@link ProjectService}.
 */
@GraphQLApi
@OneQueryAtATime
@Link(url = Federation.SPEC, _import = { @Import(name = "@key"), @Import(name = "@shareable"), @Import(name = "FieldSet") })
public class ProjectGraphQLApi {

    private final ProjectService service;

    public ProjectGraphQLApi(ProjectService service) {
        this.service = service;
    }

    @Query("projects")
    @Description("项目台账（筛选、分页、排序） / the project ledger")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull ProjectPage> projects(String park, @Valid ProjectFilter filter, @DefaultValue("0") Integer page,
            @DefaultValue("20") Integer size, @DefaultValue("signedOn,desc") String sort) {
        return service.list(park, filter, PageRequest.of(page, size, sort)).map(ProjectPage::of);
    }

    @Query("project")
    @Description("项目 / one project")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull ProjectView> project(@NonNull @Id String id) {
        return service.get(id);
    }

    @Query("projectHistory")
    @Description("项目阶段记录 / the recorded steps of a project")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull StageEventView>> projectHistory(@NonNull @Id String id) {
        return service.history(id);
    }

    @Query("signedNotStartedProjects")
    @Description("签约未开工（工作日） / signed and not started, in working days")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull SignedNotStarted>> signedNotStartedProjects(String park) {
        return service.signedNotStarted(park);
    }

    @Query("stalledProjects")
    @Description("停滞项目 / projects under construction without recent progress reports")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull StalledProject>> stalledProjects(String park, Integer days) {
        return service.stalled(park, days);
    }

    /** Federation look-up of projects by id, batched. */
    @Resolver
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<ProjectView>> projectEntities(List<String> id) {
        return service.byIds(id);
    }

    /** The Enterprise entity by key (this subgraph only adds its projects). */
    @Resolver
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public List<EnterpriseRef> enterpriseEntities(List<String> id) {
        return id.stream().map(EnterpriseRef::new).toList();
    }

    /** A project's investor, as the Enterprise entity (fields beyond the id come from enterprises-service). */
    @Name("investor")
    @Description("投资主体企业 / the investor enterprise")
    public List<EnterpriseRef> investor(@Source List<ProjectView> projects) {
        return projects.stream().map(p -> p.investorId() == null ? null : new EnterpriseRef(p.investorId())).toList();
    }

    /** The projects of each enterprise of a result, in one query for all of them. */
    @Name("projects")
    @Description("企业投资的项目 / the enterprise's projects")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<List<ProjectView>>> enterpriseProjects(@Source List<EnterpriseRef> enterprises) {
        return service.ofEnterprises(enterprises.stream().map(EnterpriseRef::id).toList());
    }

    @Mutation("createProject")
    @Description("登记项目（投资主体经企业服务核验） / record a project; its investor is checked in enterprises-service")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull ProjectView> createProject(String park, @NonNull @Valid ProjectInput input) {
        return service.create(park, input);
    }

    @Mutation("updateProject")
    @Description("修改项目信息（传入读取时的版本号） / correct a project's record; pass the version read")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull ProjectView> updateProject(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid ProjectInput input) {
        return service.update(id, version, input);
    }

    @Mutation("moveProjectStage")
    @Description("阶段变更：下一阶段、停缓建、恢复、终止 / move to the next stage, suspend, resume or terminate")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull ProjectView> moveProjectStage(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid StageTransitionInput step) {
        return service.move(id, version, step);
    }
}
