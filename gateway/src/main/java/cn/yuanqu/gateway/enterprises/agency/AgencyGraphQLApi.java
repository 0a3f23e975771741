package cn.yuanqu.gateway.enterprises.agency;

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
 * Matters handled on enterprises' behalf (帮代办, 园区事园区办) for the web and mobile front ends. Thin: delegates to {@link AgencyGateway}. Roles are checked
 * here as enterprises-service checks them; the service applies parks and the enterprise user's
 * own-enterprise rule to the forwarded token. Root fields are nullable so that an unavailable service leaves
 * the rest of a query's answer intact.
 */
@GraphQLApi
public class AgencyGraphQLApi {

    private final AgencyGateway gateway;

    public AgencyGraphQLApi(AgencyGateway gateway) {
        this.gateway = gateway;
    }

    @Query("agencyMatters")
    @Description("帮代办台账 / matters handled on enterprises' behalf")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<AgencyPage> agencyMatters(@Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("企业ID / enterprise id") @Id String enterpriseId,
            @Description("事项类型 / kind") AgencyKind kind,
            @Description("状态 / status") AgencyStatus status,
            @Description("代办员 / handler") String handler,
            @Description("受理日期起 / received from") LocalDate from,
            @Description("受理日期止 / received to") LocalDate to,
            @Description("页码，从0开始 / page from 0") @DefaultValue("0") Integer page,
            @Description("每页条数 1–200 / page size 1–200") @DefaultValue("20") Integer size,
            @Description("排序，如 receivedOn,desc / sort") @DefaultValue("receivedOn,desc") String sort) {
        return gateway.agencyMatters(park, enterpriseId, kind, status, handler, from, to, page, size, sort);
    }

    @Query("agencyMatter")
    @Description("帮代办事项 / one matter")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<AgencyMatter> agencyMatter(@NonNull @Id String id) {
        return gateway.agencyMatter(id);
    }

    @Mutation("receiveAgencyMatter")
    @Description("受理帮代办事项 / receive a matter")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull AgencyMatter> receiveAgencyMatter(@Description("园区ID / park id") String park,
            @NonNull AgencyMatterInput input) {
        return gateway.receiveAgencyMatter(park, input);
    }

    @Mutation("finishAgencyMatter")
    @Description("办结或终止帮代办事项 / close or terminate a matter")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull AgencyMatter> finishAgencyMatter(@NonNull @Id String id,
            @Description("读取时的版本号 / the version read") @NonNull Long version,
            @NonNull AgencyCloseInput step) {
        return gateway.finishAgencyMatter(id, version, step);
    }
}
