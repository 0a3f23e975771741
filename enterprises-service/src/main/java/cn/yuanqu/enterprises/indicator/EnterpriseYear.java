package cn.yuanqu.enterprises.indicator;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One enterprise's year from its monthly reports: the sums of the months reported (money in 元, energy in
 * 吨标准煤), the average of the headcounts reported, and whether it was 规上 on 31 December.
 * {@code monthsReported} 0 means no report at all: the sums are then zero and the headcount unknown.
 */
@Schema(description = "企业全年汇总（元；吨标准煤） / an enterprise's year (yuan; tce)")
public record EnterpriseYear(
        @Schema(description = "企业ID / enterprise id") String enterpriseId,
        @Schema(description = "企业名称 / name") String name,
        @Schema(description = "统一社会信用代码 / credit code") String creditCode,
        @Schema(description = "年末是否规上 / above scale on 31 December") boolean aboveScale,
        @Schema(description = "已报月数 / months reported") int monthsReported,
        @Schema(description = "营业收入 / operating revenue") BigDecimal operatingRevenue,
        @Schema(description = "实缴税金 / tax paid") BigDecimal taxPaid,
        @Schema(description = "工业增加值（未报为0） / value added (0 where not reported)") BigDecimal valueAdded,
        @Schema(description = "综合能耗（吨标准煤，未报为0） / energy in tce (0 where not reported)") BigDecimal energyTce,
        @Schema(description = "研发经费（未报为0） / R&D spending (0 where not reported)") BigDecimal rdSpending,
        @Schema(description = "平均从业人数（未报为空） / average headcount (null where never reported)") BigDecimal averageEmployees) {
}
