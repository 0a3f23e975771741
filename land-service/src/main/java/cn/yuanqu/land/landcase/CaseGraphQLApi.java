package cn.yuanqu.land.landcase;

import java.time.LocalDate;
import java.util.List;

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

/** Land cases in the subgraph. Thin: delegates to {@link CaseService}. */
@GraphQLApi
@OneQueryAtATime
public class CaseGraphQLApi {

    private final CaseService service;
    private final TargetService targets;

    public CaseGraphQLApi(CaseService service, TargetService targets) {
        this.service = service;
        this.targets = targets;
    }

    @Query("disposalTarget")
    @Description("年度闲置低效用地处置目标 / a year's disposal target")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull TargetView> disposalTarget(@Description("园区ID / park") String park,
            @NonNull @Description("年度 / year") Integer year) {
        return targets.get(park, year);
    }

    @Mutation("setDisposalTarget")
    @Description("设定年度处置目标（修改时带读取到的版本号） / set a year's disposal target")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull TargetView> setDisposalTarget(@Description("园区ID / park") String park,
            @NonNull @Description("年度 / year") Integer year, @NonNull @Valid TargetInput input,
            @Description("读取到的版本号 / version read") Long version) {
        return targets.set(park, year, input, version);
    }

    @Query("landCases")
    @Description("闲置低效用地处置案件 / land cases")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull CasePage> landCases(String park, CaseStatus status, CaseKind kind, @Id String parcelId,
            @DefaultValue("0") Integer page, @DefaultValue("20") Integer size) {
        return service.list(park, status, kind, parcelId, PageRequest.of(page, size, null)).map(CasePage::of);
    }

    @Query("landCase")
    @Description("处置案件 / one land case")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull CaseView> landCase(@NonNull @Id String id) {
        return service.get(id);
    }

    @Query("landCaseHistory")
    @Description("处置案件办理记录与文书 / the steps of a case")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull CaseEventView>> landCaseHistory(@NonNull @Id String id) {
        return service.history(id);
    }

    @Query("idleCandidates")
    @Description("应立案调查的宗地（53号令） / parcels to investigate now")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull Candidate>> idleCandidates(String park, LocalDate asOf) {
        return service.toInvestigate(park, asOf);
    }

    @Mutation("openLandCase")
    @Description("立案调查 / open a land case")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull CaseView> openLandCase(String park, @NonNull @Valid OpenCaseInput input) {
        return service.open(park, input);
    }

    @Mutation("moveLandCase")
    @Description("处置案件下一步 / the next step of a land case")
    @RolesAllowed({ "land-officer", "admin" })
    public Uni<@NonNull CaseView> moveLandCase(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid CaseStepInput step) {
        return service.move(id, version, step);
    }
}
