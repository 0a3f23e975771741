package cn.yuanqu.enterprises.qualification;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An award of a qualification to an enterprise, as recorded by an officer or pushed by a department. */
@Name("QualificationInput")
@Description("资质荣誉认定 / award of a qualification")
@Schema(name = "QualificationInput", description = "资质荣誉认定 / award of a qualification")
public record QualificationInput(
        @NonNull @Id @NotBlank @Description("企业ID / enterprise id") @Schema(description = "企业ID / enterprise id", required = true) String enterpriseId,
        @NonNull @NotNull @Description("类型 / type") @Schema(description = "类型 / type", required = true) QualificationType type,
        @NonNull @NotNull @Description("级别 / level") @Schema(description = "级别 / level", required = true) QualificationLevel level,
        @Size(max = 200) @Description("名称，如 江西省专精特新中小企业 / title") @Schema(description = "名称 / title", maxLength = 200) String title,
        @Size(max = 100) @Description("证书编号 / certificate number") @Schema(description = "证书编号 / certificate number", maxLength = 100) String certificateNo,
        @NonNull @NotNull @PastOrPresent @Description("认定日期 / date awarded") @Schema(description = "认定日期 / date awarded", required = true) LocalDate awardedOn,
        @Description("有效期至（含）；不填按类型默认，如高新技术企业3年 / last valid day; default by type, e.g. 3 years for 高新技术企业")
        @Schema(description = "有效期至（含）；不填按类型默认 / last valid day; default by type") LocalDate validUntil) {
}
