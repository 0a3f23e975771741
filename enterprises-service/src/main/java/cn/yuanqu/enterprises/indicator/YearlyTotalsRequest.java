package cn.yuanqu.enterprises.indicator;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which enterprises' year to total: a park, a year and at most 500 enterprise ids. */
@Schema(description = "按企业批量汇总全年月报 / a year's totals for a list of enterprises")
public record YearlyTotalsRequest(
        @Schema(description = "园区ID（可管理多个园区的用户必填） / park id (required when the caller has several parks)") String park,
        @Schema(description = "年份 / year", required = true, example = "2024") Integer year,
        @Schema(description = "企业ID列表（最多500个） / enterprise ids (at most 500)", required = true) List<String> enterpriseIds) {
}
