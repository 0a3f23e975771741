package cn.yuanqu.enterprises.agency;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.graphql.OneQueryAtATime;
import cn.yuanqu.platform.paging.PageRequest;

/** Matters handled on enterprises' behalf in the subgraph. Thin: delegates to {@link AgencyService}. */
@GraphQLApi
@OneQueryAtATime
public class AgencyGraphQLApi {

    private final AgencyService service;

    public AgencyGraphQLApi(AgencyService service) {
        this.service = service;
    }

    @Query("agencyMatters")
    @Description("帮代办台账 / matters handled on enterprises' behalf")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull AgencyPage> agencyMatters(String park, @Id String enterpriseId, AgencyKind kind,
            AgencyStatus status, String handler, @Description("受理日期起 / received from") LocalDate from,
            @Description("受理日期止 / received to") LocalDate to, @DefaultValue("0") Integer page,
            @DefaultValue("20") Integer size, @DefaultValue("receivedOn,desc") String sort) {
        return service.list(park, enterpriseId, kind, status, handler, from, to, PageRequest.of(page, size, sort))
                .map(AgencyPage::of);
    }

    @Query("agencyMatter")
    @Description("帮代办事项 / one matter")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull AgencyView> agencyMatter(@NonNull @Id String id) {
        return service.get(id);
    }

    @Mutation("receiveAgencyMatter")
    @Description("受理帮代办事项 / receive a matter")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull AgencyView> receiveAgencyMatter(String park, @NonNull @Valid AgencyInput input) {
        return service.receive(park, input);
    }

    @Mutation("finishAgencyMatter")
    @Description("办结或终止帮代办事项 / close or terminate a matter")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull AgencyView> finishAgencyMatter(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid AgencyCloseInput step) {
        return service.finish(id, version, step);
    }
}
