package cn.yuanqu.gateway.enterprises.qualification;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Filters of the qualification ledger; all optional, combined with AND. */
@Description("资质荣誉筛选 / qualification filters")
@Input("QualificationFilterInput")
public record QualificationFilterInput(
        @Id @Description("企业ID / enterprise id") String enterpriseId,
        @Description("类型 / type") QualificationType type,
        @Description("级别 / level") QualificationLevel level,
        @Description("在该日有效 / in force on this date") LocalDate validOn,
        @Description("认定日期起（含） / awarded from") LocalDate awardedFrom,
        @Description("认定日期止（含） / awarded to") LocalDate awardedTo,
        @Description("N 天内到期（需复核/重新认定，0–3650） / expiring within N days (re-certification due, 0–3650)") Integer expiringWithinDays) {
}
