package cn.yuanqu.gateway.enterprises.eligibility;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The thresholds of the pre-screen (national values unless the park set its own); amounts in yuan, ratios as fractions (0.03 = 3%). */
@Description("预评门槛（金额为元，比率为小数） / pre-screen thresholds (yuan; ratios as fractions)")
@Input("EligibilityThresholdsInput")
public record EligibilityThresholds(
        @NonNull @Description("规上：年主营业务收入 / above scale: annual main business revenue") BigDecimal aboveScaleRevenue,
        @NonNull @Description("创新型：总分 / innovative SME: pass score") Integer innovativePassScore,
        @NonNull @Description("创新型：创新能力最低分 / minimum innovation points") Integer innovativeMinInnovation,
        @NonNull @Description("创新型：成长性最低分 / minimum growth points") Integer innovativeMinGrowth,
        @NonNull @Description("创新型：专业化最低分 / minimum specialisation points") Integer innovativeMinSpecialization,
        @NonNull @Description("创新型直通：近3年新增股权融资 / direct route: new equity in 3 years") BigDecimal innovativeDirectEquity,
        @NonNull @Description("专精特新：从事细分市场年限 / specialised SME: years in the niche") Integer specializedMinNicheYears,
        @NonNull @Description("专精特新：上年研发费用 / prior-year R&D") BigDecimal specializedMinRd,
        @NonNull @Description("专精特新：研发费用占营业收入比重 / R&D share of revenue") BigDecimal specializedMinRdRatio,
        @NonNull @Description("专精特新：上年营业收入 / prior-year revenue") BigDecimal specializedMinRevenue,
        @NonNull @Description("专精特新：或近2年新增股权融资 / or new equity in 2 years") BigDecimal specializedAltEquity,
        @NonNull @Description("高企：小型销售收入上限 / high-tech: small band up to") BigDecimal highTechBandSmall,
        @NonNull @Description("高企：中型销售收入上限 / high-tech: middle band up to") BigDecimal highTechBandLarge,
        @NonNull @Description("高企：小型研发比 / R&D ratio, small band") BigDecimal highTechRdRatioSmall,
        @NonNull @Description("高企：中型研发比 / R&D ratio, middle band") BigDecimal highTechRdRatioMid,
        @NonNull @Description("高企：大型研发比 / R&D ratio, large band") BigDecimal highTechRdRatioLarge,
        @NonNull @Description("高企：科技人员占比 / S&T staff share") BigDecimal highTechMinStStaff,
        @NonNull @Description("高企：高新技术产品收入占比 / high-tech product revenue share") BigDecimal highTechMinProductShare) {
}
