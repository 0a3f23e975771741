package cn.yuanqu.enterprises.visit;

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

/** Visits in the subgraph. Thin: delegates to {@link VisitService}. */
@GraphQLApi
@OneQueryAtATime
public class VisitGraphQLApi {

    private final VisitService service;

    public VisitGraphQLApi(VisitService service) {
        this.service = service;
    }

    @Query("visits")
    @Description("走访记录 / visits, newest first")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull VisitPage> visits(String park, @Id String enterpriseId, LocalDate from, LocalDate to,
            @Description("走访人员包含 / visitor name contains") String visitor,
            @DefaultValue("0") Integer page, @DefaultValue("20") Integer size) {
        return service.list(park, enterpriseId, from, to, visitor, PageRequest.of(page, size, null)).map(VisitPage::of);
    }

    @Query("visit")
    @Description("走访记录 / one visit")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull VisitView> visit(@NonNull @Id String id) {
        return service.get(id);
    }

    @Mutation("recordVisit")
    @Description("登记走访及收集的诉求 / record a visit and the requests raised")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull VisitView> recordVisit(String park, @NonNull @Valid VisitInput input) {
        return service.record(park, input);
    }

    @Mutation("correctVisit")
    @Description("更正走访记录 / correct a visit")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull VisitView> correctVisit(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid VisitUpdate update) {
        return service.correct(id, version, update);
    }
}
