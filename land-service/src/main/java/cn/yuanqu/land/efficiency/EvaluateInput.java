package cn.yuanqu.land.efficiency;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which park's year to evaluate (a year that is over). */
@Input("EfficiencyEvaluateInput")
@Description("发起年度评价 / evaluate a year")
@Schema(description = "发起年度评价（须为已结束的年度） / evaluate a park's year that is over")
public record EvaluateInput(
        @Description("园区ID / park") String park,
        @NotNull @Description("年度 / year") Integer year) {
}
