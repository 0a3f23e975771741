package cn.yuanqu.enterprises.indicator;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.yuanqu.platform.figures.YearOnYear;

/** Period totals (1–N月累计) of a group of enterprises with 同比 against the same months a year before. */
@Description("期间累计与同比 / period totals with year-on-year change")
@Schema(description = "期间累计与同比 / period totals with year-on-year change")
public record Figures(
        @Description("填报企业数 / reporting enterprises") long reportingEnterprises,
        @Description("工业总产值 / output value") YearOnYear outputValue,
        @Description("营业收入 / operating revenue") YearOnYear operatingRevenue,
        @Description("主营业务收入 / main business revenue") YearOnYear mainBusinessRevenue,
        @Description("工业增加值 / value added") YearOnYear valueAdded,
        @Description("利润总额 / profit") YearOnYear profit,
        @Description("实缴税金 / tax paid") YearOnYear taxPaid,
        @Description("研发费用 / R&D spending") YearOnYear rdSpending,
        @Description("综合能耗 / energy (tce)") YearOnYear energyTce) {

    /** From the sums of the period (index 0..7) and of the base period (8..15), in that order. */
    static Figures of(long reporting, BigDecimal[] sums) {
        return new Figures(reporting, YearOnYear.of(sums[0], sums[8]), YearOnYear.of(sums[1], sums[9]),
                YearOnYear.of(sums[2], sums[10]), YearOnYear.of(sums[3], sums[11]), YearOnYear.of(sums[4], sums[12]),
                YearOnYear.of(sums[5], sums[13]), YearOnYear.of(sums[6], sums[14]), YearOnYear.of(sums[7], sums[15]));
    }
}
