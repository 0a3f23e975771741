package cn.yuanqu.gateway.land;

import org.eclipse.microprofile.graphql.Description;

/** An indicator of the per-mu efficiency evaluation (评价指标). */
@Description("亩均效益评价指标 / per-mu efficiency indicator")
public enum EfficiencyIndicator {
    @Description("亩均税收（元/亩） / tax per mu")
    TAX_PER_MU,
    @Description("亩均营业收入（元/亩） / revenue per mu")
    REVENUE_PER_MU,
    @Description("亩均增加值（元/亩） / value added per mu")
    VALUE_ADDED_PER_MU,
    @Description("单位能耗增加值（元/吨标准煤） / value added per tce")
    VALUE_ADDED_PER_TCE,
    @Description("单位能耗税收（元/吨标准煤） / tax per tce")
    TAX_PER_TCE,
    @Description("全员劳动生产率（元/人） / labour productivity")
    LABOUR_PRODUCTIVITY,
    @Description("研发经费占营业收入比重 / R&D share of revenue")
    RD_SHARE
}
