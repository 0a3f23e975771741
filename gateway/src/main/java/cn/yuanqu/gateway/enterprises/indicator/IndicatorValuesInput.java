package cn.yuanqu.gateway.enterprises.indicator;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The figures of one month as an enterprise reports them (元 unless stated). */
@Description("月报指标（当月值，元） / figures of one month, in yuan unless stated")
@Input("IndicatorValuesInput")
public record IndicatorValuesInput(
        @NonNull @Description("工业总产值 / industrial output value") BigDecimal outputValue,
        @NonNull @Description("营业收入 / operating revenue") BigDecimal operatingRevenue,
        @NonNull @Description("主营业务收入 / main business revenue") BigDecimal mainBusinessRevenue,
        @Description("工业增加值 / value added") BigDecimal valueAdded,
        @NonNull @Description("利润总额（可为负） / profit, may be negative") BigDecimal profit,
        @NonNull @Description("实缴税金 / tax paid") BigDecimal taxPaid,
        @Description("应交增值税 / VAT payable") BigDecimal vatPayable,
        @Description("研发费用 / R&D spending") BigDecimal rdSpending,
        @Description("综合能耗（吨标准煤） / energy use (tce)") BigDecimal energyTce,
        @Description("从业人员 / employees") Integer employees) {
}
