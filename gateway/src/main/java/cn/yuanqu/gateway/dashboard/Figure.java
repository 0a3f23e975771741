package cn.yuanqu.gateway.dashboard;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One figure of a park for a period, as the services' figures endpoints state it. */
@Description("指标（本期、上年同期、同比） / a figure with its base and change")
public record Figure(
        @NonNull @Description("指标键，如 economy.operatingRevenue / key") String key,
        @NonNull @Description("板块 / section") String section,
        @NonNull @Description("指标名称 / name") String name,
        @NonNull @Description("单位：元、家、件、亩、平方米、ratio（0.95=95%）… / unit") String unit,
        @Description("本期值 / value") BigDecimal value,
        @Description("上年同期值 / same period last year") BigDecimal base,
        @Description("同比（0.15=增长15%） / change against the base") BigDecimal ratio,
        @Description("无同比的原因 BASE_MISSING/BASE_ZERO/BASE_NEGATIVE/RATE / why there is no ratio") String noRatioReason) {
}
