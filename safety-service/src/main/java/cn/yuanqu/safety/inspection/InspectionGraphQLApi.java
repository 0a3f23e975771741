package cn.yuanqu.safety.inspection;

import java.time.LocalDate;
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

import cn.yuanqu.platform.graphql.OneQueryAtATime;
import cn.yuanqu.platform.paging.PageRequest;
import cn.yuanqu.safety.enterprise.EnterpriseRef;

/** Inspections in the subgraph. Thin: delegates to {@link InspectionService}. */
@GraphQLApi
@OneQueryAtATime
public class InspectionGraphQLApi {

    private final InspectionService service;

    public InspectionGraphQLApi(InspectionService service) {
        this.service = service;
    }

    @Query("inspections")
    @Description("检查台账（最近的在前） / the inspection ledger, newest first")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull InspectionPage> inspections(String park, InspectionType type, SafetyDomain domain,
            @Id String enterpriseId, @Id String campaignId, LocalDate from, LocalDate to, @DefaultValue("0") Integer page,
            @DefaultValue("20") Integer size) {
        return service.list(park, type, domain, enterpriseId, campaignId, from, to, PageRequest.of(page, size, null))
                .map(InspectionPage::of);
    }

    /** The inspections of each enterprise of a result, in one query for all of them. */
    @Name("inspections")
    @Description("企业接受的检查 / the enterprise's inspections")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<List<InspectionView>>> enterpriseInspections(@Source List<EnterpriseRef> enterprises) {
        return service.ofEnterprises(enterprises.stream().map(EnterpriseRef::id).toList());
    }

    @Mutation("recordInspection")
    @Description("登记检查 / record an inspection")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull InspectionView> recordInspection(String park, @NonNull @Valid InspectionInput input) {
        return service.record(park, input);
    }
}
