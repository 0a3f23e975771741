package cn.yuanqu.enterprises.indicator;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The year of each enterprise asked that belongs to the park, in the order asked; ids of other parks or
 * of no enterprise are left out (listed in {@code unknown}), as a look-up does.
 */
@Schema(description = "全年汇总 / a year's totals")
public record YearlyTotals(
        @Schema(description = "园区 / park") String park,
        @Schema(description = "年份 / year") int year,
        @Schema(description = "各企业全年汇总（按请求顺序） / per enterprise, in the order asked") List<EnterpriseYear> rows,
        @Schema(description = "本园区没有的企业ID / ids not of an enterprise of the park") List<String> unknown) {
}
