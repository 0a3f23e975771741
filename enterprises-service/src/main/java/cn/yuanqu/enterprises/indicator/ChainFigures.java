package cn.yuanqu.enterprises.indicator;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The figures of one industry chain and its share of the park's operating revenue. */
@Description("产业链指标 / figures of an industry chain")
@Schema(description = "产业链指标 / figures of an industry chain")
public record ChainFigures(
        @Description("产业链（空为未分类） / industry chain, empty when unassigned") String chain,
        @Description("指标 / figures") Figures figures,
        @Description("营业收入占园区比重 / share of the park's operating revenue") BigDecimal revenueShare) {
}
