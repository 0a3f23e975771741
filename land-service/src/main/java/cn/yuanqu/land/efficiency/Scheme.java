package cn.yuanqu.land.efficiency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.yuanqu.platform.error.Violation;

/**
 * A park's rules of 亩均效益评价 for a year (RULES.md): per population the indicators with their weights
 * (summing to 100) and reference values, the cap on an indicator's ratio to its reference, and the class
 * cut-offs — shares of the ranking (A the top {@code aShare}, B the next {@code bShare}, D the bottom
 * {@code dShare}, C the rest) or score thresholds ({@code aMin} > {@code bMin} > {@code cMin}, D below).
 */
@Type("EfficiencyScheme")
@Input("EfficiencySchemeInput")
@Description("亩均效益评价办法（权重、基准值、分类线） / a park's scoring rules for a year")
@Schema(name = "EfficiencyScheme", description = "亩均效益评价办法 / a park's scoring rules for a year")
public record Scheme(
        @Description("单项指标得分上限（基准值的倍数，如2） / cap on an indicator's ratio to its reference, e.g. 2") BigDecimal maxRatio,
        @Description("分类方法 / how classes are cut") ClassingMethod method,
        @Description("A类比例（按排名） / share of the ranking in A") BigDecimal aShare,
        @Description("B类比例（按排名） / share in B") BigDecimal bShare,
        @Description("D类比例（按排名，末位） / share at the bottom in D") BigDecimal dShare,
        @Description("A类最低得分（按得分线） / lowest score of A") BigDecimal aMin,
        @Description("B类最低得分 / lowest score of B") BigDecimal bMin,
        @Description("C类最低得分（以下为D） / lowest score of C, D below") BigDecimal cMin,
        @Description("指标权重与基准值 / weights and references") List<Weight> weights) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The built-in scheme where a park has set none: RULES.md's weights for 规上 enterprises (tax 30, value
     * added 20, energy 20, labour productivity 10, R&D 10, with revenue per mu 10 in place of emissions, which
     * are not recorded), tax per mu 50 and tax per tce 50 for 规下; the park's averages as references; ratios
     * capped at 2; A the top 25%, B the next 45%, D the bottom 5%.
     */
    static final Scheme DEFAULT = new Scheme(BigDecimal.valueOf(2), ClassingMethod.PERCENTILE, new BigDecimal("0.25"),
            new BigDecimal("0.45"), new BigDecimal("0.05"), null, null, null, List.of(
                    w(Population.ABOVE_SCALE, Indicator.TAX_PER_MU, 30),
                    w(Population.ABOVE_SCALE, Indicator.VALUE_ADDED_PER_MU, 20),
                    w(Population.ABOVE_SCALE, Indicator.VALUE_ADDED_PER_TCE, 20),
                    w(Population.ABOVE_SCALE, Indicator.REVENUE_PER_MU, 10),
                    w(Population.ABOVE_SCALE, Indicator.LABOUR_PRODUCTIVITY, 10),
                    w(Population.ABOVE_SCALE, Indicator.RD_SHARE, 10),
                    w(Population.BELOW_SCALE, Indicator.TAX_PER_MU, 50),
                    w(Population.BELOW_SCALE, Indicator.TAX_PER_TCE, 50)));

    private static Weight w(Population p, Indicator i, int weight) {
        return new Weight(p, i, BigDecimal.valueOf(weight), null);
    }

    /** The weights of one population, in the order given. */
    List<Weight> weightsOf(Population p) {
        return weights.stream().filter(w -> w.population() == p).toList();
    }

    /** Every rule this scheme breaks, each naming its field (an empty list: it can be used). */
    List<Violation> violations() {
        List<Violation> bad = new ArrayList<>();
        if (maxRatio == null || maxRatio.compareTo(BigDecimal.ONE) < 0 || maxRatio.compareTo(BigDecimal.TEN) > 0) {
            bad.add(new Violation("maxRatio", "Range", "得分上限应在1至10倍之间", "maxRatio is between 1 and 10"));
        }
        if (method == null) {
            bad.add(new Violation("method", "NotNull", "请选择分类方法", "method is required"));
        } else if (method == ClassingMethod.PERCENTILE) {
            share("aShare", aShare, bad);
            share("bShare", bShare, bad);
            share("dShare", dShare, bad);
            if (aShare != null && bShare != null && dShare != null
                    && aShare.add(bShare).add(dShare).compareTo(BigDecimal.ONE) > 0) {
                bad.add(new Violation("dShare", "SharesAtMostOne", "A、B、D类比例之和不能超过1",
                        "aShare + bShare + dShare is at most 1"));
            }
        } else {
            if (aMin == null || bMin == null || cMin == null) {
                bad.add(new Violation(aMin == null ? "aMin" : bMin == null ? "bMin" : "cMin", "NotNull",
                        "按得分线分类须给出A、B、C类最低得分", "thresholds need aMin, bMin and cMin"));
            } else if (aMin.compareTo(bMin) <= 0 || bMin.compareTo(cMin) <= 0 || cMin.signum() < 0) {
                bad.add(new Violation("bMin", "Descending", "得分线应满足 A > B > C ≥ 0", "aMin > bMin > cMin >= 0"));
            }
        }
        List<Weight> list = weights == null ? List.of() : weights;
        Map<Population, BigDecimal> sums = new EnumMap<>(Population.class);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Weight w = list.get(i);
            String at = "weights[" + i + "]";
            if (w == null || w.population() == null || w.indicator() == null || w.weight() == null) {
                bad.add(new Violation(at, "NotNull", "须给出评价对象、指标和权重", "population, indicator and weight are required"));
                continue;
            }
            if (!seen.add(w.population() + "/" + w.indicator())) {
                bad.add(new Violation(at + ".indicator", "Unique", "同一评价对象的指标不能重复", "an indicator once per population"));
            }
            if (w.weight().signum() <= 0) {
                bad.add(new Violation(at + ".weight", "Positive", "权重应大于0", "weight is positive"));
            }
            if (w.reference() != null && w.reference().signum() <= 0) {
                bad.add(new Violation(at + ".reference", "Positive", "基准值应大于0（或留空取园区平均）",
                        "reference is positive (or empty for the park's average)"));
            }
            sums.merge(w.population(), w.weight(), BigDecimal::add);
        }
        for (Population p : Population.values()) {
            BigDecimal sum = sums.getOrDefault(p, BigDecimal.ZERO);
            if (sum.compareTo(HUNDRED) != 0) {
                bad.add(new Violation("weights", "WeightsSumTo100", p.label() + "的权重合计应为100（现为" + sum.stripTrailingZeros().toPlainString() + "）",
                        "the weights of " + p + " sum to 100 (now " + sum.stripTrailingZeros().toPlainString() + ")"));
            }
        }
        return bad;
    }

    private static void share(String field, BigDecimal v, List<Violation> bad) {
        if (v == null || v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
            bad.add(new Violation(field, "Range", "比例应在0到1之间", field + " is between 0 and 1"));
        }
    }
}
