package cn.yuanqu.enterprises.eligibility;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The thresholds of the pre-screen (shared/domain/RULES.md). {@link #NATIONAL} holds the national
 * values; a park may set its own. Amounts in yuan, ratios as fractions (0.03 = 3%).
 */
@Name("EligibilityThresholds")
@Input("EligibilityThresholdsInput")
@Description("预评门槛（金额为元，比率为小数） / pre-screen thresholds (yuan; ratios as fractions)")
@Schema(name = "EligibilityThresholds", description = "预评门槛（金额为元，比率为小数） / pre-screen thresholds")
public record Thresholds(
        @NonNull @NotNull @Positive @Description("规上：年主营业务收入 / above scale: annual main business revenue") BigDecimal aboveScaleRevenue,
        @NonNull @NotNull @Min(0) @Max(100) @Description("创新型：总分 / innovative SME: pass score") Integer innovativePassScore,
        @NonNull @NotNull @Min(0) @Max(40) @Description("创新型：创新能力最低分 / minimum innovation points") Integer innovativeMinInnovation,
        @NonNull @NotNull @Min(0) @Max(30) @Description("创新型：成长性最低分 / minimum growth points") Integer innovativeMinGrowth,
        @NonNull @NotNull @Min(0) @Max(30) @Description("创新型：专业化最低分 / minimum specialisation points") Integer innovativeMinSpecialization,
        @NonNull @NotNull @PositiveOrZero @Description("创新型直通：近3年新增股权融资 / direct route: new equity in 3 years") BigDecimal innovativeDirectEquity,
        @NonNull @NotNull @Min(0) @Description("专精特新：从事细分市场年限 / specialised SME: years in the niche") Integer specializedMinNicheYears,
        @NonNull @NotNull @PositiveOrZero @Description("专精特新：上年研发费用 / prior-year R&D") BigDecimal specializedMinRd,
        @NonNull @NotNull @DecimalMin("0") @DecimalMax("1") @Description("专精特新：研发费用占营业收入比重 / R&D share of revenue") BigDecimal specializedMinRdRatio,
        @NonNull @NotNull @PositiveOrZero @Description("专精特新：上年营业收入 / prior-year revenue") BigDecimal specializedMinRevenue,
        @NonNull @NotNull @PositiveOrZero @Description("专精特新：或近2年新增股权融资 / or new equity in 2 years") BigDecimal specializedAltEquity,
        @NonNull @NotNull @Positive @Description("高企：小型销售收入上限 / high-tech: small band up to") BigDecimal highTechBandSmall,
        @NonNull @NotNull @Positive @Description("高企：中型销售收入上限 / high-tech: middle band up to") BigDecimal highTechBandLarge,
        @NonNull @NotNull @DecimalMin("0") @DecimalMax("1") @Description("高企：小型研发比 / R&D ratio, small band") BigDecimal highTechRdRatioSmall,
        @NonNull @NotNull @DecimalMin("0") @DecimalMax("1") @Description("高企：中型研发比 / R&D ratio, middle band") BigDecimal highTechRdRatioMid,
        @NonNull @NotNull @DecimalMin("0") @DecimalMax("1") @Description("高企：大型研发比 / R&D ratio, large band") BigDecimal highTechRdRatioLarge,
        @NonNull @NotNull @DecimalMin("0") @DecimalMax("1") @Description("高企：科技人员占比 / S&T staff share") BigDecimal highTechMinStStaff,
        @NonNull @NotNull @DecimalMin("0") @DecimalMax("1") @Description("高企：高新技术产品收入占比 / high-tech product revenue share") BigDecimal highTechMinProductShare) {

    /** The national values (RULES.md). */
    public static final Thresholds NATIONAL = new Thresholds(new BigDecimal("20000000"), 60, 20, 15, 15,
            new BigDecimal("5000000"), 2, new BigDecimal("1000000"), new BigDecimal("0.03"), new BigDecimal("10000000"),
            new BigDecimal("20000000"), new BigDecimal("50000000"), new BigDecimal("200000000"), new BigDecimal("0.05"),
            new BigDecimal("0.04"), new BigDecimal("0.03"), new BigDecimal("0.10"), new BigDecimal("0.60"));
}
