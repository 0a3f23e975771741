package cn.yuanqu.gateway.enterprises;

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
 * The enterprise registry (一企一档) for the web and mobile front ends. Thin: delegates to
 * {@link EnterpriseGateway}. Roles are checked here; enterprises-service applies parks and the
 * enterprise user's own-enterprise rule to the forwarded token. Root fields are nullable so that one
 * unavailable service leaves the rest of a query's answer intact (partial results with an error).
 */
@GraphQLApi
public class EnterpriseGraphQLApi {

    private final EnterpriseGateway gateway;

    public EnterpriseGraphQLApi(EnterpriseGateway gateway) {
        this.gateway = gateway;
    }

    @Query("enterprises")
    @Description("企业列表（筛选、分页、排序；排序字段 name, creditCode, industryChain, status, aboveScaleSince, settledOn, createdAt, updatedAt） / enterprises of a park")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<EnterprisePage> enterprises(
            @Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("筛选条件 / filters") EnterpriseFilterInput filter,
            @Description("页码，从0开始 / page from 0") @DefaultValue("0") Integer page,
            @Description("每页条数 1–200 / page size 1–200") @DefaultValue("20") Integer size,
            @Description("排序，如 name,asc;createdAt,desc / sort") @DefaultValue("name,asc") String sort) {
        return gateway.list(park, filter, page, size, sort);
    }

    @Query("enterprise")
    @Description("企业详情 / one enterprise")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<Enterprise> enterprise(@NonNull @Id String id) {
        return gateway.get(id);
    }

    @Query("enterprisesByIds")
    @Description("按ID批量查询，与 ids 同序，不可见处为 null / enterprises by id, in the order asked, null where not visible")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<Enterprise>> enterprisesByIds(@NonNull List<@NonNull String> ids) {
        return gateway.byIds(ids);
    }

    @Query("enterpriseTransitions")
    @Description("状态与规上变更记录 / recorded status and scale changes")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<@NonNull EnterpriseTransition>> enterpriseTransitions(@NonNull @Id String id) {
        return gateway.transitions(id);
    }

    @Mutation("registerEnterprise")
    @Description("登记企业 / register an enterprise")
    @RolesAllowed({ "enterprise-officer", "admin", "department" })
    public Uni<@NonNull Enterprise> registerEnterprise(@Description("园区ID / park id") String park,
            @NonNull EnterpriseInput input) {
        return gateway.register(park, input);
    }

    @Mutation("updateEnterprise")
    @Description("修改企业信息（传入读取时的版本号） / update an enterprise; pass the version read")
    @RolesAllowed({ "enterprise-officer", "admin", "enterprise-user" })
    public Uni<@NonNull Enterprise> updateEnterprise(@NonNull @Id String id, @NonNull Long version,
            @NonNull EnterpriseInput input) {
        return gateway.update(id, version, input);
    }

    @Mutation("changeEnterpriseStatus")
    @Description("变更经营状态 / change operating status")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull Enterprise> changeEnterpriseStatus(@NonNull @Id String id, @NonNull Long version,
            @NonNull StatusChangeInput change) {
        return gateway.changeStatus(id, version, change);
    }

    @Mutation("changeEnterpriseScale")
    @Description("入规/退规 / enter or leave above-scale status")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull Enterprise> changeEnterpriseScale(@NonNull @Id String id, @NonNull Long version,
            @NonNull ScaleChangeInput change) {
        return gateway.changeScale(id, version, change);
    }
}
