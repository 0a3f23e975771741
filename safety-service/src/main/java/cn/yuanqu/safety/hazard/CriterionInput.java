package cn.yuanqu.safety.hazard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A park's own major-hazard criterion, or its override of a national one (same code). */
@Name("CriterionInput")
@Description("重大隐患判定标准 / a major-hazard criterion")
@Schema(name = "CriterionInput", description = "重大隐患判定标准 / a major-hazard criterion")
public record CriterionInput(
        @NonNull @NotBlank @Size(max = 30) @Pattern(regexp = "[A-Za-z0-9-]+", message = "只能包含字母、数字和连字符 / letters, digits and hyphens only") @Description("编号 / code") @Schema(required = true, maxLength = 30) String code,
        @NonNull @NotNull @Description("类别 / category") @Schema(required = true) CriterionCategory category,
        @NonNull @NotBlank @Size(max = 1000) @Description("情形 / the situation") @Schema(required = true, maxLength = 1000) String text,
        @NonNull @NotNull @Description("是否启用 / active") @Schema(required = true) Boolean active) {
}
