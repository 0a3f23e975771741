package cn.yuanqu.safety.inspection;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An inspection as recorded. */
@Name("InspectionInput")
@Description("检查记录 / an inspection")
@Schema(name = "InspectionInput", description = "检查记录 / an inspection")
public record InspectionInput(
        @NonNull @NotNull @Description("检查类型 / type") @Schema(required = true) InspectionType type,
        @NonNull @NotNull @Description("检查领域 / domain") @Schema(required = true) SafetyDomain domain,
        @NonNull @NotBlank @Description("被检查企业ID（企业服务中本园区企业） / enterprise id") @Schema(required = true) String enterpriseId,
        @Description("所属专项行动ID / campaign id") String campaignId,
        @NonNull @NotNull @PastOrPresent @Description("检查日期 / inspected on") @Schema(required = true) LocalDate inspectedOn,
        @NonNull @NotBlank @Size(max = 200) @Description("检查人员 / inspectors") @Schema(required = true, maxLength = 200) String inspectors,
        @Size(max = 4000) @Description("检查结果 / result") @Schema(maxLength = 4000) String result) {
}
