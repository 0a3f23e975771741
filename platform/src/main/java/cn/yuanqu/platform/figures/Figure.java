package cn.yuanqu.platform.figures;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.smallrye.graphql.api.federation.Shareable;

/**
 * One figure of a park for a period, with the same period a year before and the 同比 ratio. The ratio
 * is null when the base is missing, zero or negative (the reason says which) and for rates and
 * averages, whose change is read from value and base ({@code RATE}).
 */
@Name("Figure")
@Shareable
@Description("指标 / a figure with its 同比")
@Schema(name = "Figure", description = "指标：本期值、上年同期值与同比 / a figure with the same period last year and the change")
public record Figure(
        @NonNull @Description("指标键，如 requests.received / key") String key,
        @NonNull @Description("板块，如 economy/enterprises/service/finance/projects / section") String section,
        @NonNull @Description("指标名称 / name") String name,
        @NonNull @Description("单位：元、家、件、次、天、吨标准煤、ratio（比率，0.95=95%） / unit") String unit,
        @Description("本期值 / value") BigDecimal value,
        @Description("上年同期值 / same period last year") BigDecimal base,
        @Description("同比（0.15=增长15%） / change against the base") BigDecimal ratio,
        @Description("无同比的原因 BASE_MISSING/BASE_ZERO/BASE_NEGATIVE/RATE / why there is no ratio") String noRatioReason) {

    public static final String RATE = "RATE";

    public static Figure amount(String key, String section, String name, String unit, BigDecimal value, BigDecimal base) {
        YearOnYear y = YearOnYear.of(value, base);
        return new Figure(key, section, name, unit, value, base, y.ratio(), y.noRatioReason());
    }

    public static Figure of(String key, String section, String name, String unit, YearOnYear y) {
        return new Figure(key, section, name, unit, y.current(), y.base(), y.ratio(), y.noRatioReason());
    }

    public static Figure rate(String key, String section, String name, String unit, BigDecimal value, BigDecimal base) {
        return new Figure(key, section, name, unit, value, base, null, RATE);
    }
}
