package cn.yuanqu.gateway.land;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** An indicator's weight and reference value to set. */
@Description("指标权重与基准值 / an indicator's weight and reference value")
@Input("EfficiencyWeightInput")
public record EfficiencyWeightInput(
        @NonNull @Description("指标 / indicator") EfficiencyIndicator indicator,
        @NonNull @Description("评价对象 / population") EfficiencyPopulation population,
        @NonNull @Description("权重（同类对象合计100） / weight, 100 per population") BigDecimal weight,
        @Description("基准值（为空取园区平均） / reference value, the park's average when empty") BigDecimal reference) {
}
