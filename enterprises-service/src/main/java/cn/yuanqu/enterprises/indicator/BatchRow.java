package cn.yuanqu.enterprises.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of a department's batch: an enterprise (by credit code) and month with its figures. */
@Schema(description = "批量月报的一行 / one row of a batch")
public record BatchRow(
        @Schema(description = "统一社会信用代码 / credit code", required = true) String creditCode,
        @Schema(description = "月份 YYYY-MM / month", required = true) String month,
        @Schema(description = "指标 / figures", required = true) IndicatorValues values) {
}
