package cn.yuanqu.gateway.land;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A year to evaluate. */
@Description("发起年度评价 / evaluate a year")
@Input("EfficiencyEvaluateInput")
public record EfficiencyEvaluateInput(
        @Description("园区ID；账号只有一个园区时可省略 / park, optional for single-park accounts") String park,
        @NonNull @Description("年度（已结束） / year, over") Integer year) {
}
