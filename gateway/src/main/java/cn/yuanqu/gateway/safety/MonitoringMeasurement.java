package cn.yuanqu.gateway.safety;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A measured value with the limit it was judged against. */
@Description("检测结果 / a measured value")
public record MonitoringMeasurement(
        @NonNull @Description("指标 / indicator") Indicator indicator,
        @NonNull @Description("指标名称 / indicator name") String indicatorName,
        @NonNull @Description("单位 / unit") String unit,
        @NonNull @Description("测定值 / value") BigDecimal value,
        @Description("限值（采样时），无则为空 / the limit at the time; empty when there is none") String limit,
        @NonNull @Description("是否超标 / exceeded") Boolean exceeded) {
}
