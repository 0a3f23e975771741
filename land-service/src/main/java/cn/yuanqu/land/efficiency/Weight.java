package cn.yuanqu.land.efficiency;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One indicator's weight for a population, and its reference value (基准值) for the year; without one
 * the park's own average is used (the population's sum of numerators over the sum of denominators).
 */
@Type("EfficiencyWeight")
@Input("EfficiencyWeightInput")
@Description("指标权重与基准值 / an indicator's weight and reference value")
@Schema(description = "指标权重与基准值（基准值为空时取本园区同类企业平均值） / weight and reference (the park's average when empty)")
public record Weight(
        @NonNull @Description("评价对象 / population") Population population,
        @NonNull @Description("指标 / indicator") Indicator indicator,
        @NonNull @Description("权重（同类对象合计100） / weight, 100 per population") BigDecimal weight,
        @Description("基准值（为空取园区平均） / reference value, the park's average when empty") BigDecimal reference) {
}
