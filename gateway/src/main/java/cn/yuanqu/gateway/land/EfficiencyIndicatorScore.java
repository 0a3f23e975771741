package cn.yuanqu.gateway.land;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One indicator's score in an efficiency result. */
@Description("单项指标得分 / one indicator's score")
public record EfficiencyIndicatorScore(
        @NonNull @Description("指标 / indicator") EfficiencyIndicator indicator,
        @Description("指标值（分母未报时为空） / value, empty where the denominator is not reported") BigDecimal value,
        @Description("基准值（园区无数据时为空） / reference, empty where the park has no data") BigDecimal reference,
        @NonNull @Description("与基准值之比（封顶） / ratio to the reference, capped") BigDecimal ratio,
        @NonNull @Description("权重 / weight") BigDecimal weight,
        @NonNull @Description("得分 = 权重 × 比值 / points = weight × ratio") BigDecimal points) {
}
