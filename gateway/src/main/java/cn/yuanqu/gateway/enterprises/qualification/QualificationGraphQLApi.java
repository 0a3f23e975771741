package cn.yuanqu.gateway.enterprises.qualification;

import java.time.LocalDate;
import java.util.List;

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
 * The qualification ledger (资质荣誉台账) for the web and mobile front ends. Thin: delegates to {@link QualificationGateway}. Roles are checked
 * here as enterprises-service checks them; the service applies parks and the enterprise user's
 * own-enterprise rule to the forwarded token. Root fields are nullable so that an unavailable service leaves
 * the rest of a query's answer intact.
 */
@GraphQLApi
public class QualificationGraphQLApi {

    private final QualificationGateway gateway;

    public QualificationGraphQLApi(QualificationGateway gateway) {
        this.gateway = gateway;
    }

    @Query("qualifications")
    @Description("资质荣誉台账（筛选、分页；含到期提醒筛选） / the qualification ledger with filters and paging")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<QualificationPage> qualifications(@Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("筛选条件 / filters") QualificationFilterInput filter,
            @Description("页码，从0开始 / page from 0") @DefaultValue("0") Integer page,
            @Description("每页条数 1–200 / page size 1–200") @DefaultValue("20") Integer size,
            @Description("排序，字段 awardedOn, validUntil, type, level, updatedAt / sort") @DefaultValue("awardedOn,desc") String sort) {
        return gateway.qualifications(park, filter, page, size, sort);
    }

    @Query("qualification")
    @Description("资质详情 / one qualification")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<Qualification> qualification(@NonNull @Id String id) {
        return gateway.qualification(id);
    }

    @Query("qualificationCounts")
    @Description("某日有效的资质数（按类型、级别） / qualifications in force on a date, by type and level")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<List<@NonNull QualificationCount>> qualificationCounts(@Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("日期，默认今天 / date, default today") LocalDate validOn) {
        return gateway.qualificationCounts(park, validOn);
    }

    @Mutation("awardQualification")
    @Description("登记资质认定 / record an award")
    @RolesAllowed({ "enterprise-officer", "admin", "department" })
    public Uni<@NonNull Qualification> awardQualification(@Description("园区ID / park id") String park,
            @NonNull QualificationInput input) {
        return gateway.awardQualification(park, input);
    }

    @Mutation("updateQualification")
    @Description("更正资质记录（传入读取时的版本号） / correct a qualification; pass the version read")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull Qualification> updateQualification(@NonNull @Id String id,
            @Description("读取时的版本号 / the version read") @NonNull Long version,
            @NonNull QualificationInput input) {
        return gateway.updateQualification(id, version, input);
    }

    @Mutation("revokeQualification")
    @Description("撤销资质 / revoke a qualification")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull Qualification> revokeQualification(@NonNull @Id String id,
            @Description("读取时的版本号 / the version read") @NonNull Long version,
            @NonNull RevocationInput revocation) {
        return gateway.revokeQualification(id, version, revocation);
    }
}
