package cn.yuanqu.enterprises.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The latest monthly report of one enterprise (answer of the batched look-up). */
@Schema(description = "某企业最近一期月报 / the latest monthly report of one enterprise")
public record EnterpriseLatestIndicator(
        @Schema(description = "企业ID / enterprise id") String enterpriseId,
        @Schema(description = "最近一期月报，未报送为空 / the latest report, null when none") IndicatorView latest) {
}
