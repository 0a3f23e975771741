package cn.yuanqu.enterprises.qualification;

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

import cn.yuanqu.enterprises.registry.EnterpriseView;
import cn.yuanqu.platform.graphql.OneQueryAtATime;
import cn.yuanqu.platform.paging.PageRequest;

/** The qualification ledger in the subgraph, and {@code Enterprise.qualifications} (batched). */
@GraphQLApi
@OneQueryAtATime
public class QualificationGraphQLApi {

    private final QualificationService service;

    public QualificationGraphQLApi(QualificationService service) {
        this.service = service;
    }

    @Query("qualifications")
    @Description("资质荣誉台账 / qualification ledger")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull QualificationPage> qualifications(@Description("园区ID / park id") String park,
            @Valid QualificationFilter filter, @DefaultValue("0") Integer page, @DefaultValue("20") Integer size,
            @DefaultValue("awardedOn,desc") String sort) {
        return service.list(park, filter, PageRequest.of(page, size, sort)).map(QualificationPage::of);
    }

    @Query("qualification")
    @Description("资质详情 / one qualification")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull QualificationView> qualification(@NonNull @Id String id) {
        return service.get(id);
    }

    @Query("qualificationCounts")
    @Description("某日有效的资质数（按类型、级别） / qualifications in force on a date, by type and level")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull QualificationCount>> qualificationCounts(@Description("园区ID / park id") String park,
            @Description("日期，默认今天 / date, default today") LocalDate validOn) {
        return service.counts(park, validOn);
    }

    /** The qualifications of each enterprise of a result, in one query for all of them. */
    @Name("qualifications")
    @Description("资质荣誉 / qualifications and honours")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<List<QualificationView>>> enterpriseQualifications(@Source List<EnterpriseView> enterprises) {
        return service.ofEnterprises(enterprises.stream().map(EnterpriseView::id).toList());
    }

    @Mutation("awardQualification")
    @Description("登记资质认定 / record an award")
    @RolesAllowed({ "enterprise-officer", "admin", "department" })
    public Uni<@NonNull QualificationView> awardQualification(@Description("园区ID / park id") String park,
            @NonNull @Valid QualificationInput input) {
        return service.award(park, input);
    }

    @Mutation("updateQualification")
    @Description("更正资质信息 / correct an award")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull QualificationView> updateQualification(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid QualificationInput input) {
        return service.update(id, version, input);
    }

    @Mutation("revokeQualification")
    @Description("撤销资质 / revoke an award")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull QualificationView> revokeQualification(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid RevocationInput revocation) {
        return service.revoke(id, version, revocation);
    }
}
