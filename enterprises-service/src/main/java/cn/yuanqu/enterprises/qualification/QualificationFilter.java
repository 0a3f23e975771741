package cn.yuanqu.enterprises.qualification;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** Filters of the qualification ledger; all optional, combined with AND. */
@Name("QualificationFilterInput")
@Description("资质荣誉筛选 / qualification filters")
public record QualificationFilter(
        @Description("企业ID / enterprise id") String enterpriseId,
        @Description("类型 / type") QualificationType type,
        @Description("级别 / level") QualificationLevel level,
        @Description("在该日有效 / in force on this date") LocalDate validOn,
        @Description("认定日期起（含） / awarded from") LocalDate awardedFrom,
        @Description("认定日期止（含） / awarded to") LocalDate awardedTo,
        @Min(0) @Max(3650) @Description("N 天内到期（需复核/重新认定） / expiring within N days (re-certification due)") Integer expiringWithinDays) {

    static final QualificationFilter NONE = new QualificationFilter(null, null, null, null, null, null, null);
}
