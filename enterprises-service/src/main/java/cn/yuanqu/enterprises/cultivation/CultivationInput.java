package cn.yuanqu.enterprises.cultivation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.yuanqu.enterprises.qualification.QualificationLevel;
import cn.yuanqu.enterprises.qualification.QualificationType;

/** An enterprise entering the cultivation pool for a goal. */
@Name("CultivationInput")
@Description("纳入培育库 / put an enterprise into the cultivation pool")
@Schema(name = "CultivationInput", description = "纳入培育库 / put an enterprise into the cultivation pool")
public record CultivationInput(
        @NonNull @Id @NotBlank @Description("企业ID / enterprise id") @Schema(required = true, description = "企业ID / enterprise id") String enterpriseId,
        @NonNull @NotNull @Description("培育目标 / goal") @Schema(required = true, description = "培育目标 / goal") CultivationTarget target,
        @Description("目标资质类型（目标为资质时必填） / qualification type (for a qualification goal)") QualificationType targetType,
        @Description("目标资质级别（目标为资质时必填） / qualification level (for a qualification goal)") QualificationLevel targetLevel,
        @NonNull @NotNull @Pattern(regexp = CultivationPlanInput.MONTH) @Description("预计达成月份 YYYY-MM / expected month")
        @Schema(required = true, description = "预计达成月份 YYYY-MM / expected month", pattern = CultivationPlanInput.MONTH) String expectedMonth,
        @NonNull @NotBlank @Size(max = 50) @Description("责任干部 / responsible cadre") @Schema(required = true, maxLength = 50) String cadre,
        @Size(max = 4000) @Description("一企一策：培育方案 / the enterprise's own plan") @Schema(maxLength = 4000) String plan,
        @PastOrPresent @Description("纳入日期，默认今天 / date it entered the pool, default today")
        @Schema(description = "纳入日期，默认今天 / date it entered the pool, default today") LocalDate enteredOn) {
}
