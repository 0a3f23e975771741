package cn.yuanqu.gateway.enterprises.cultivation;

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
 * The cultivation pool (培育库, 一企一策) for the web and mobile front ends. Thin: delegates to {@link CultivationGateway}. Roles are checked
 * here as enterprises-service checks them; the service applies parks and the enterprise user's
 * own-enterprise rule to the forwarded token. Root fields are nullable so that an unavailable service leaves
 * the rest of a query's answer intact.
 */
@GraphQLApi
public class CultivationGraphQLApi {

    private final CultivationGateway gateway;

    public CultivationGraphQLApi(CultivationGateway gateway) {
        this.gateway = gateway;
    }

    @Query("cultivationEntries")
    @Description("培育库（筛选、分页） / the cultivation pool with filters and paging")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<CultivationPage> cultivationEntries(@Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("筛选条件 / filters") CultivationFilterInput filter,
            @Description("页码，从0开始 / page from 0") @DefaultValue("0") Integer page,
            @Description("每页条数 1–200 / page size 1–200") @DefaultValue("20") Integer size,
            @Description("排序，字段 expectedMonth, status, cadre, updatedAt / sort") @DefaultValue("expectedMonth,asc") String sort) {
        return gateway.cultivationEntries(park, filter, page, size, sort);
    }

    @Query("cultivationEntry")
    @Description("培育条目 / one entry")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<CultivationEntry> cultivationEntry(@NonNull @Id String id) {
        return gateway.cultivationEntry(id);
    }

    @Query("cultivationHistory")
    @Description("状态变更与帮扶措施 / transitions and measures")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<@NonNull CultivationEvent>> cultivationHistory(@NonNull @Id String id) {
        return gateway.cultivationHistory(id);
    }

    @Mutation("openCultivation")
    @Description("纳入培育库 / put an enterprise into the pool")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull CultivationEntry> openCultivation(@Description("园区ID / park id") String park,
            @NonNull CultivationInput input) {
        return gateway.openCultivation(park, input);
    }

    @Mutation("replanCultivation")
    @Description("调整培育计划（传入读取时的版本号） / change the plan; pass the version read")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull CultivationEntry> replanCultivation(@NonNull @Id String id,
            @Description("读取时的版本号 / the version read") @NonNull Long version,
            @NonNull CultivationPlanInput plan) {
        return gateway.replanCultivation(id, version, plan);
    }

    @Mutation("moveCultivation")
    @Description("培育状态变更（已认定时记录入规或资质；不允许的变更被拒绝） / a step of the pool; reaching 已认定 records 规上 or the award; illegal steps are refused")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull CultivationEntry> moveCultivation(@NonNull @Id String id,
            @Description("读取时的版本号 / the version read") @NonNull Long version,
            @NonNull CultivationTransitionInput step) {
        return gateway.moveCultivation(id, version, step);
    }

    @Mutation("addCultivationMeasure")
    @Description("记录帮扶措施 / record a measure taken")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull CultivationEvent> addCultivationMeasure(@NonNull @Id String id,
            @NonNull MeasureInput measure) {
        return gateway.addCultivationMeasure(id, measure);
    }
}
