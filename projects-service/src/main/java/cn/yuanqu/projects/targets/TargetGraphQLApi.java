package cn.yuanqu.projects.targets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.graphql.OneQueryAtATime;

/** Annual targets in the subgraph. Thin: delegates to {@link TargetService}. */
@GraphQLApi
@OneQueryAtATime
public class TargetGraphQLApi {

    private final TargetService service;

    public TargetGraphQLApi(TargetService service) {
        this.service = service;
    }

    @Query("annualTarget")
    @Description("园区年度项目目标 / the park's project targets of a year")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull TargetView> annualTarget(String park, @NonNull Integer year) {
        return service.get(park, year);
    }

    @Mutation("setAnnualTarget")
    @Description("设定年度目标（已设定时传入版本号） / set the targets of a year; pass the version once set")
    @RolesAllowed({ "project-officer", "admin" })
    public Uni<@NonNull TargetView> setAnnualTarget(String park, @NonNull Integer year, Long version,
            @NonNull @Valid TargetInput input) {
        return service.set(park, year, version, input);
    }
}
