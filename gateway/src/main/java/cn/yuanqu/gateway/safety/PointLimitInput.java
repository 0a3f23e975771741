package cn.yuanqu.gateway.safety;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** One limit of a point: a maximum, a minimum (pH) or both. */
@Input("PointLimitInput")
@Description("监测点限值 / a limit of a point")
public record PointLimitInput(
        @NonNull @Description("指标 / indicator") Indicator indicator,
        @Description("下限（pH） / minimum") BigDecimal min,
        @Description("上限 / maximum") BigDecimal max) {
}
