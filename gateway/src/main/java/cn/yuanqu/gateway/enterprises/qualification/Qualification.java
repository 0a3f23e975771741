package cn.yuanqu.gateway.enterprises.qualification;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A qualification or honour of an enterprise (资质荣誉), as enterprises-service owns it. */
@Description("资质荣誉 / a qualification or honour of an enterprise")
public record Qualification(
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
        @NonNull @Description("版本号（乐观锁，修改时传回） / version, pass it back when changing") Long version,
        @NonNull @Description("更新时间 / updated at") OffsetDateTime updatedAt) {
}
