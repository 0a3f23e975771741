package cn.yuanqu.safety.monitoring;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measured value with the limit it was judged against. */
@Name("Measurement")
@Description("检测结果 / a measured value")
@Schema(name = "Measurement", description = "检测结果（含判定所用限值） / a measured value with its limit")
public record MeasurementView(
        @NonNull @Description("指标 / indicator") Indicator indicator,
        @NonNull @Description("指标名称 / indicator name") String indicatorName,
        @NonNull @Description("单位 / unit") String unit,
        @NonNull @Description("测定值 / value") BigDecimal value,
        @Description("限值（采样时），无则为空 / the limit at the time; empty when there is none") String limit,
        @NonNull @Description("是否超标 / exceeded") Boolean exceeded) {

    static MeasurementView of(Measurement m) {
        Limit l = m.limit();
        return new MeasurementView(m.indicator(), m.indicator().label(), m.indicator().unit(), m.value(),
                l == null ? null : l.text(), m.exceeded());
    }
}
