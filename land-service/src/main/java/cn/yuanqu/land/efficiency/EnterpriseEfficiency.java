package cn.yuanqu.land.efficiency;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The latest efficiency result of one enterprise (the batched look-up's answer, in the order asked). */
@Schema(description = "企业最近一次亩产效益评价结果（未参评为空） / the enterprise's latest result, empty if never evaluated")
public record EnterpriseEfficiency(
        @Schema(description = "企业ID / enterprise id") String enterpriseId,
        @Schema(description = "最近一次结果 / latest result") ResultView latest) {
}
