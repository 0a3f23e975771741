package cn.yuanqu.enterprises.cultivation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.yuanqu.enterprises.qualification.QualificationLevel;
import cn.yuanqu.enterprises.qualification.QualificationType;

/** A cultivation entry as the API shows it. */
@Name("CultivationEntry")
@Description("培育库条目 / cultivation pool entry")
@Schema(name = "CultivationEntry", description = "培育库条目 / cultivation pool entry")
public record CultivationView(
        @NonNull @Id String id,
        @NonNull String park,
        @NonNull @Id @Description("企业ID / enterprise id") String enterpriseId,
        @NonNull @Description("目标 / goal") CultivationTarget target,
        @Description("目标资质类型 / qualification type") QualificationType targetType,
        @Description("目标资质级别 / qualification level") QualificationLevel targetLevel,
        @NonNull @Description("预计达成月份 / expected month") String expectedMonth,
        @NonNull @Description("责任干部 / cadre") String cadre,
        @Description("培育方案 / plan") String plan,
        @NonNull @Description("状态 / status") CultivationStatus status,
        @NonNull @Description("状态名称 / status name") String statusName,
        @NonNull @Description("当前状态起始日期 / since") LocalDate statusSince,
        @Description("达成日期 / achieved on") LocalDate achievedOn,
        @NonNull @Description("版本号 / version") Long version,
        @NonNull @Description("更新时间 / updated at") OffsetDateTime updatedAt) {

    static CultivationView of(CultivationEntry e) {
        return new CultivationView(e.getId().toString(), e.getParkId(), e.getEnterpriseId().toString(), e.getTarget(),
                e.getTargetType(), e.getTargetLevel(), e.getExpectedMonth(), e.getCadre(), e.getPlan(), e.getStatus(),
                e.getStatus().label(), e.getStatusSince(), e.getAchievedOn(), e.getVersion(), e.getUpdatedAt());
    }
}
