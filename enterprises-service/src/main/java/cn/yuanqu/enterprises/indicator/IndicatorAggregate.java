package cn.yuanqu.enterprises.indicator;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A park's monthly figures for a period: totals, by industry chain and by 规上 status, with 同比. */
@Description("经济运行指标（期间累计、同比） / economic figures of a park for a period")
@Schema(description = "经济运行指标（期间累计、同比） / economic figures of a park for a period")
public record IndicatorAggregate(
        @Description("园区 / park") String park,
        @Description("起始月份 / from") String from,
        @Description("截止月份 / to") String to,
        @Description("同比基期起 / base from") String baseFrom,
        @Description("同比基期止 / base to") String baseTo,
        @Description("全部企业 / all enterprises") Figures total,
        @Description("规上企业（按期末状态） / above-scale enterprises at the period's end") Figures aboveScale,
        @Description("规下企业 / below-scale enterprises") Figures belowScale,
        @Description("按产业链，营业收入从高到低 / by industry chain, largest revenue first") List<ChainFigures> byChain) {
}
