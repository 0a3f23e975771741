package cn.yuanqu.enterprises.indicator;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The figures of one enterprise for one month (当月值), money in yuan. */
@Input("IndicatorValuesInput")
@Description("企业月度指标（当月值，金额单位元） / monthly figures of an enterprise (yuan)")
@Schema(name = "IndicatorValues", description = "企业月度指标（当月值，金额单位元） / monthly figures of an enterprise (yuan)")
public record IndicatorValues(
        @Description("工业总产值 / industrial output value") @Schema(description = "工业总产值（元） / industrial output value", required = true) BigDecimal outputValue,
        @Description("营业收入 / operating revenue") @Schema(description = "营业收入（元） / operating revenue", required = true) BigDecimal operatingRevenue,
        @Description("主营业务收入 / main business revenue") @Schema(description = "主营业务收入（元） / main business revenue", required = true) BigDecimal mainBusinessRevenue,
        @Description("工业增加值 / value added") @Schema(description = "工业增加值（元） / value added") BigDecimal valueAdded,
        @Description("利润总额（可为负） / profit (may be negative)") @Schema(description = "利润总额（元，可为负） / profit", required = true) BigDecimal profit,
        @Description("实缴税金 / tax paid") @Schema(description = "实缴税金（元） / tax paid", required = true) BigDecimal taxPaid,
        @Description("应交增值税 / VAT payable") @Schema(description = "应交增值税（元） / VAT payable") BigDecimal vatPayable,
        @Description("研发费用 / R&D spending") @Schema(description = "研发费用（元） / R&D spending") BigDecimal rdSpending,
        @Description("综合能耗（吨标准煤） / energy use (tce)") @Schema(description = "综合能耗（吨标准煤） / energy use (tce)") BigDecimal energyTce,
        @Description("从业人员 / employees") @Schema(description = "从业人员（人） / employees") Integer employees) {
}
