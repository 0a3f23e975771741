package cn.yuanqu.gateway.safety;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A limit as the API shows it. */
@Description("监测点限值 / a limit of a point")
public record PointLimit(
        @NonNull @Description("指标 / indicator") Indicator indicator,
        @NonNull @Description("指标名称 / indicator name") String indicatorName,
        @NonNull @Description("单位 / unit") String unit,
        @Description("下限 / minimum") BigDecimal min,
        @Description("上限 / maximum") BigDecimal max,
        @NonNull @Description("限值，如 ≤100、6–9 / the limit as text") String text) {
}
