package cn.yuanqu.gateway.land;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;

/** The scoring rules of a per-mu efficiency evaluation. */
@Description("亩均效益评价办法（权重、基准值、分类线） / a park's scoring rules for a year")
public record EfficiencyScheme(
        @Description("指标权重与基准值 / weights and references") List<EfficiencyWeight> weights,
        @Description("分类方法 / how classes are cut") EfficiencyClassingMethod method,
        @Description("A类比例（按排名） / share of the ranking in A") BigDecimal aShare,
        @Description("B类比例（按排名） / share in B") BigDecimal bShare,
        @Description("D类比例（按排名，末位） / share at the bottom in D") BigDecimal dShare,
        @Description("A类最低得分（按得分线） / lowest score of A") BigDecimal aMin,
        @Description("B类最低得分 / lowest score of B") BigDecimal bMin,
        @Description("C类最低得分（以下为D） / lowest score of C, D below") BigDecimal cMin,
        @Description("单项指标得分上限（基准值的倍数，如2） / cap on an indicator's ratio to its reference, e.g. 2") BigDecimal maxRatio) {
}
