package cn.yuanqu.gateway.enterprises.cultivation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.gateway.enterprises.qualification.QualificationLevel;
import cn.yuanqu.gateway.enterprises.qualification.QualificationType;

/** An entry of the cultivation pool (培育库, 一企一策), as enterprises-service owns it. */
@Description("培育库条目 / cultivation pool entry")
public record CultivationEntry(
        @NonNull @Id @Description("ID") String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Id @Description("企业ID / enterprise id") String enterpriseId,
        @NonNull @Description("目标 / goal") CultivationTarget target,
        @Description("目标资质类型 / qualification type") QualificationType targetType,
        @Description("目标资质级别 / qualification level") QualificationLevel targetLevel,
        @NonNull @Description("预计达成月份 YYYY-MM / expected month") String expectedMonth,
        @NonNull @Description("责任干部 / cadre") String cadre,
        @Description("培育方案 / plan") String plan,
        @NonNull @Description("状态 / status") CultivationStatus status,
        @NonNull @Description("状态名称 / status name") String statusName,
        @NonNull @Description("当前状态起始日期 / since") LocalDate statusSince,
        @Description("达成日期 / achieved on") LocalDate achievedOn,
        @NonNull @Description("版本号（乐观锁，修改时传回） / version, pass it back when changing") Long version,
        @NonNull @Description("更新时间 / updated at") OffsetDateTime updatedAt) {
}
