package cn.yuanqu.enterprises.qualification;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A qualification as the API shows it, with whether it is in force today. */
@Name("Qualification")
@Description("资质荣誉 / qualification or honour of an enterprise")
@Schema(name = "Qualification", description = "资质荣誉 / qualification or honour of an enterprise")
public record QualificationView(
        @NonNull @Id @Description("ID") String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Id @Description("企业ID / enterprise id") String enterpriseId,
        @NonNull @Description("类型 / type") QualificationType type,
        @NonNull @Description("类型名称 / type name") String typeName,
        @NonNull @Description("级别 / level") QualificationLevel level,
        @Description("名称 / title") String title,
        @Description("证书编号 / certificate number") String certificateNo,
        @NonNull @Description("认定日期 / awarded on") LocalDate awardedOn,
        @Description("有效期至（含），空表示长期 / last valid day, empty when without term") LocalDate validUntil,
        @Description("撤销日期 / revoked on") LocalDate revokedOn,
        @Description("撤销原因 / revocation reason") String revocationReason,
        @NonNull @Description("今天是否有效 / in force today") Boolean validToday,
        @NonNull @Description("版本号（乐观锁） / version") Long version,
        @NonNull @Description("更新时间 / updated at") OffsetDateTime updatedAt) {

    static QualificationView of(Qualification q, LocalDate today) {
        return new QualificationView(q.getId().toString(), q.getParkId(), q.getEnterpriseId().toString(), q.getType(),
                q.getType().label(), q.getLevel(), q.getTitle(), q.getCertificateNo(), q.getAwardedOn(),
                q.getValidUntil(), q.getRevokedOn(), q.getRevocationReason(), q.validOn(today), q.getVersion(),
                q.getUpdatedAt());
    }
}
