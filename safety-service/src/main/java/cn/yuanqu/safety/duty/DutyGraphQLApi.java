package cn.yuanqu.safety.duty;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.graphql.OneQueryAtATime;

/** Letters, trainings and drills in the subgraph. Thin: delegates to {@link DutyService}. */
@GraphQLApi
@OneQueryAtATime
public class DutyGraphQLApi {

    private final DutyService service;

    public DutyGraphQLApi(DutyService service) {
        this.service = service;
    }

    @Query("responsibilityLetters")
    @Description("安全生产责任状 / the letters of a year")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull LetterView>> responsibilityLetters(String park, @NonNull Integer year) {
        return service.letters(park, year);
    }

    @Query("enterprisesWithoutLetter")
    @Description("未签责任状的在营企业 / operating enterprises without a letter for the year")
    @RolesAllowed({ "leader", "safety-officer", "admin" })
    public Uni<@NonNull List<@NonNull UnmetDuty>> enterprisesWithoutLetter(String park, @NonNull Integer year) {
        return service.withoutLetter(park, year);
    }

    @Query("trainings")
    @Description("培训与警示教育 / trainings and warning-education sessions")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull TrainingView>> trainings(String park, @NonNull LocalDate from, @NonNull LocalDate to) {
        return service.trainings(park, from, to);
    }

    @Query("untrainedEnterprises")
    @Description("新入园未培训企业 / new enterprises not trained since they settled")
    @RolesAllowed({ "leader", "safety-officer", "admin" })
    public Uni<@NonNull List<@NonNull UnmetDuty>> untrainedEnterprises(String park, @NonNull LocalDate since) {
        return service.untrained(park, since);
    }

    @Query("drills")
    @Description("应急演练 / emergency drills")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull DrillView>> drills(String park, @NonNull LocalDate from, @NonNull LocalDate to) {
        return service.drills(park, from, to);
    }

    @Mutation("signResponsibilityLetter")
    @Description("记录责任状 / record a responsibility letter")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull LetterView> signResponsibilityLetter(String park, @NonNull @Valid LetterInput input) {
        return service.sign(park, input);
    }

    @Mutation("recordTraining")
    @Description("记录培训或警示教育 / record a training session")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull TrainingView> recordTraining(String park, @NonNull @Valid TrainingInput input) {
        return service.train(park, input);
    }

    @Mutation("recordDrill")
    @Description("记录应急演练 / record a drill")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull DrillView> recordDrill(String park, @NonNull @Valid DrillInput input) {
        return service.drill(park, input);
    }
}
