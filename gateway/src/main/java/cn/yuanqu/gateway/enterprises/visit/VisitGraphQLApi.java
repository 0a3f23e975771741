package cn.yuanqu.gateway.enterprises.visit;

import java.time.LocalDate;

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
 * Visits (包保走访) for the web and mobile front ends. Thin: delegates to {@link VisitGateway}. Roles are checked
 * here as enterprises-service checks them; the service applies parks and the enterprise user's
 * own-enterprise rule to the forwarded token. Root fields are nullable so that an unavailable service leaves
 * the rest of a query's answer intact.
 */
@GraphQLApi
public class VisitGraphQLApi {

    private final VisitGateway gateway;

    public VisitGraphQLApi(VisitGateway gateway) {
        this.gateway = gateway;
    }

    @Query("visits")
    @Description("走访记录（新的在前） / visits, newest first")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<VisitPage> visits(@Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("企业ID / enterprise id") @Id String enterpriseId,
            @Description("走访日期起 / visited from") LocalDate from,
            @Description("走访日期止 / visited to") LocalDate to,
            @Description("走访人员包含 / visitor name contains") String visitor,
            @Description("页码，从0开始 / page from 0") @DefaultValue("0") Integer page,
            @Description("每页条数 1–200 / page size 1–200") @DefaultValue("20") Integer size) {
        return gateway.visits(park, enterpriseId, from, to, visitor, page, size);
    }

    @Query("visit")
    @Description("走访记录 / one visit")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<Visit> visit(@NonNull @Id String id) {
        return gateway.visit(id);
    }

    @Mutation("recordVisit")
    @Description("登记走访及收集的诉求（一并记录，全部成功或全部不写） / record a visit and the requests raised, all or nothing")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull Visit> recordVisit(@Description("园区ID / park id") String park,
            @NonNull VisitInput input) {
        return gateway.recordVisit(park, input);
    }

    @Mutation("correctVisit")
    @Description("更正走访记录 / correct a visit")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull Visit> correctVisit(@NonNull @Id String id,
            @Description("读取时的版本号 / the version read") @NonNull Long version,
            @NonNull VisitUpdateInput update) {
        return gateway.correctVisit(id, version, update);
    }
}
