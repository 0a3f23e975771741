package cn.yuanqu.gateway.enterprises.qualification;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** An award of a qualification to an enterprise. */
@Description("资质荣誉认定 / award of a qualification")
@Input("QualificationInput")
public record QualificationInput(
        @NonNull @Id @Description("企业ID / enterprise id") String enterpriseId,
        @NonNull @Description("类型 / type") QualificationType type,
        @NonNull @Description("级别 / level") QualificationLevel level,
        @Description("名称，如 江西省专精特新中小企业（≤200字） / title, at most 200 characters") String title,
        @Description("证书编号（≤100字） / certificate number, at most 100 characters") String certificateNo,
        @NonNull @Description("认定日期（不晚于今天） / date awarded, not in the future") LocalDate awardedOn,
        @Description("有效期至（含）；不填按类型默认，如高新技术企业3年 / last valid day; default by type, e.g. 3 years for 高新技术企业") LocalDate validUntil) {
}
