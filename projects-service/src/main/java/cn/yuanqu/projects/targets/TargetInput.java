package cn.yuanqu.projects.targets;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A park's project targets for a year. Money in yuan. */
@Name("AnnualTargetInput")
@Description("年度项目目标 / a park's project targets for a year")
@Schema(name = "AnnualTargetInput", description = "年度项目目标 / a park's project targets for a year")
public record TargetInput(
        @NonNull @NotNull @Min(0) @Max(10000) @Description("新开工项目（个） / new starts") @Schema(required = true) Integer newStarts,
        @NonNull @NotNull @Min(0) @Max(10000) @Description("竣工项目（个） / completions") @Schema(required = true) Integer completions,
        @NonNull @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Description("固定资产投资（元） / fixed-asset investment, yuan") @Schema(required = true) BigDecimal fixedAssetInvestment,
        @NonNull @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Description("签约投资额（元） / signed investment, yuan") @Schema(required = true) BigDecimal signedInvestment) {
}
