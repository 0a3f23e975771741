package cn.yuanqu.land.efficiency;

import java.math.BigDecimal;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The indicators of 亩均效益评价 (RULES.md) that the platform's records allow, each a numerator over a
 * denominator of an enterprise's year. 单位排放增加值 is not offered: emissions are not recorded; 单位能耗
 * figures use 吨标准煤 (the monthly reports' energy), not kWh.
 */
@Description("亩均效益评价指标 / per-mu efficiency indicators")
@Schema(description = "亩均效益评价指标 / per-mu efficiency indicators")
@Name("EfficiencyIndicator")
public enum Indicator {
    @Description("亩均税收（元/亩） / tax per mu")
    TAX_PER_MU("亩均税收", "元/亩", Holder::tax, Holder::landMu),
    @Description("亩均营业收入（元/亩） / revenue per mu")
    REVENUE_PER_MU("亩均营业收入", "元/亩", Holder::revenue, Holder::landMu),
    @Description("亩均增加值（元/亩） / value added per mu")
    VALUE_ADDED_PER_MU("亩均增加值", "元/亩", Holder::valueAdded, Holder::landMu),
    @Description("单位能耗增加值（元/吨标准煤） / value added per tce")
    VALUE_ADDED_PER_TCE("单位能耗增加值", "元/吨标准煤", Holder::valueAdded, Holder::energyTce),
    @Description("单位能耗税收（元/吨标准煤） / tax per tce")
    TAX_PER_TCE("单位能耗税收", "元/吨标准煤", Holder::tax, Holder::energyTce),
    @Description("全员劳动生产率（元/人） / value added per employee")
    LABOUR_PRODUCTIVITY("全员劳动生产率", "元/人", Holder::valueAdded, Holder::employees),
    @Description("研发经费占营业收入比重 / R&D spending over revenue")
    RD_SHARE("研发经费占营业收入比重", "ratio", Holder::rd, Holder::revenue);

    private final String label;
    private final String unit;
    private final Function<Holder, BigDecimal> numerator;
    private final Function<Holder, BigDecimal> denominator;

    Indicator(String label, String unit, Function<Holder, BigDecimal> numerator, Function<Holder, BigDecimal> denominator) {
        this.label = label;
        this.unit = unit;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** The numerator of this indicator for {@code h} (never null: unreported figures count as 0). */
    BigDecimal numerator(Holder h) {
        BigDecimal n = numerator.apply(h);
        return n == null ? BigDecimal.ZERO : n;
    }

    /** The denominator; 0 where unknown (no headcount, no energy reported). */
    BigDecimal denominator(Holder h) {
        BigDecimal d = denominator.apply(h);
        return d == null ? BigDecimal.ZERO : d;
    }
}
