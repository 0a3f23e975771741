package cn.yuanqu.enterprises.cultivation;

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

import io.smallrye.mutiny.Uni;

import cn.yuanqu.enterprises.registry.EnterpriseView;
import cn.yuanqu.platform.graphql.OneQueryAtATime;
import cn.yuanqu.platform.paging.PageRequest;

/** The cultivation pool in the subgraph. Thin: delegates to {@link CultivationService}. */
@GraphQLApi
@OneQueryAtATime
public class CultivationGraphQLApi {

    private final CultivationService service;

    public CultivationGraphQLApi(CultivationService service) {
        this.service = service;
    }

    @Query("cultivationEntries")
    @Description("培育库 / the cultivation pool")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull CultivationPage> cultivationEntries(String park, @Valid CultivationFilter filter,
            @DefaultValue("0") Integer page, @DefaultValue("20") Integer size, @DefaultValue("expectedMonth,asc") String sort) {
        return service.list(park, filter, PageRequest.of(page, size, sort)).map(CultivationPage::of);
    }

    @Query("cultivationEntry")
    @Description("培育条目 / one entry")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull CultivationView> cultivationEntry(@NonNull @Id String id) {
        return service.get(id);
    }

    @Query("cultivationHistory")
    @Description("状态变更与帮扶措施 / transitions and measures")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull CultivationEventView>> cultivationHistory(@NonNull @Id String id) {
        return service.history(id);
    }

    /** The pool entries of each enterprise of a result, in one query for all of them. */
    @Name("cultivationEntries")
    @Description("培育库条目（各状态） / the enterprise's cultivation pool entries, every status")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<List<CultivationView>>> enterpriseCultivation(@Source List<EnterpriseView> enterprises) {
        return service.ofEnterprises(enterprises.stream().map(EnterpriseView::id).toList());
    }

    @Mutation("openCultivation")
    @Description("纳入培育库 / put an enterprise into the pool")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull CultivationView> openCultivation(String park, @NonNull @Valid CultivationInput input) {
        return service.open(park, input);
    }

    @Mutation("replanCultivation")
    @Description("调整培育计划 / change the plan")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull CultivationView> replanCultivation(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid CultivationPlanInput plan) {
        return service.replan(id, version, plan);
    }

    @Mutation("moveCultivation")
    @Description("培育状态变更（已认定时记录入规或资质） / a step of the state machine")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull CultivationView> moveCultivation(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid CultivationTransitionInput step) {
        return service.move(id, version, step);
    }

    @Mutation("addCultivationMeasure")
    @Description("记录帮扶措施 / log a measure")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull CultivationEventView> addCultivationMeasure(@NonNull @Id String id,
            @NonNull @Valid MeasureInput measure) {
        return service.addMeasure(id, measure);
    }
}
