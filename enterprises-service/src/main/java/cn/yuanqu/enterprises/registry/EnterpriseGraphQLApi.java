package cn.yuanqu.enterprises.registry;

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

import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.graphql.Federation;
import cn.yuanqu.platform.graphql.OneQueryAtATime;
import cn.yuanqu.platform.paging.PageRequest;

/**
 * The enterprise registry as a federation subgraph. Thin: every operation delegates to
 * {@link EnterpriseService}. Roles are checked here (the policy enforcer cannot distinguish GraphQL
 * operations); park and own-enterprise rules are enforced in the service.
 */
@GraphQLApi
@OneQueryAtATime
@Link(url = Federation.SPEC, _import = { @Import(name = "@key"), @Import(name = "@shareable"), @Import(name = "FieldSet") })
public class EnterpriseGraphQLApi {

    private final EnterpriseService service;

    public EnterpriseGraphQLApi(EnterpriseService service) {
        this.service = service;
    }

    @Query("enterprises")
    @Description("企业列表（筛选、分页、排序） / enterprises of a park with filters, paging and sorting")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull EnterprisePage> enterprises(
            @Description("园区ID；令牌只含一个园区时可省略 / park id") String park,
            @Description("筛选条件 / filters") @Valid EnterpriseFilter filter,
            @Description("页码，从0开始 / page from 0") @DefaultValue("0") Integer page,
            @Description("每页条数 1–200 / page size") @DefaultValue("20") Integer size,
            @Description("排序，如 name,asc / sort") @DefaultValue("name,asc") String sort) {
        return service.list(park, filter, PageRequest.of(page, size, sort)).map(EnterprisePage::of);
    }

    @Query("enterprise")
    @Description("企业详情 / one enterprise")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull EnterpriseView> enterprise(@NonNull @Id String id) {
        return service.get(id);
    }

    @Query("enterprisesByIds")
    @Description("按ID批量查询，与 ids 同序，不可见处为 null / batched look-up in the order of ids, null where not visible")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull List<EnterpriseView>> enterprisesByIds(@NonNull List<@NonNull String> ids) {
        return service.byIds(ids);
    }

    @Query("enterpriseTransitions")
    @Description("状态与规上变更记录 / recorded status and scale changes")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull TransitionView>> enterpriseTransitions(@NonNull @Id String id) {
        return service.transitions(id);
    }

    /** Federation entity resolution (`_entities`), batched: one call for all representations. */
    @Resolver
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<EnterpriseView>> enterpriseEntities(List<String> id) {
        return service.byIds(id);
    }

    @Mutation("registerEnterprise")
    @Description("登记企业 / register an enterprise")
    @RolesAllowed({ "enterprise-officer", "admin", "department" })
    public Uni<@NonNull EnterpriseView> registerEnterprise(@Description("园区ID / park id") String park,
            @NonNull @Valid EnterpriseInput input) {
        return service.register(park, input);
    }

    @Mutation("updateEnterprise")
    @Description("修改企业信息（乐观锁：传入读取时的版本号） / update an enterprise; pass the version read")
    @RolesAllowed({ "enterprise-officer", "admin", "enterprise-user" })
    public Uni<@NonNull EnterpriseView> updateEnterprise(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid EnterpriseInput input) {
        return service.update(id, version, input);
    }

    @Mutation("changeEnterpriseStatus")
    @Description("变更经营状态 / change operating status")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull EnterpriseView> changeEnterpriseStatus(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid StatusChange change) {
        return service.changeStatus(id, version, change);
    }

    @Mutation("changeEnterpriseScale")
    @Description("入规/退规 / enter or leave above-scale status")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull EnterpriseView> changeEnterpriseScale(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid ScaleChange change) {
        return service.changeScale(id, version, change);
    }
}
