package cn.yuanqu.gateway.enterprises.cultivation;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.gateway.enterprises.qualification.QualificationLevel;
import cn.yuanqu.gateway.enterprises.qualification.QualificationType;

/** An enterprise put into the cultivation pool, with its goal and plan (一企一策). */
@Description("纳入培育库 / put an enterprise into the cultivation pool")
@Input("CultivationInput")
public record CultivationInput(
        @NonNull @Id @Description("企业ID / enterprise id") String enterpriseId,
        @NonNull @Description("培育目标 / goal") CultivationTarget target,
        @Description("目标资质类型（目标为资质时必填） / qualification type, for a qualification goal") QualificationType targetType,
        @Description("目标资质级别（目标为资质时必填） / qualification level, for a qualification goal") QualificationLevel targetLevel,
        @NonNull @Description("预计达成月份 YYYY-MM / expected month") String expectedMonth,
        @NonNull @Description("责任干部（≤50字） / responsible cadre") String cadre,
        @Description("一企一策：培育方案（≤4000字） / the enterprise's own plan") String plan,
        @Description("纳入日期，默认今天 / date it entered the pool, default today") LocalDate enteredOn) {
}
