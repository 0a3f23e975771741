package cn.yuanqu.land.efficiency;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.yuanqu.platform.error.Violation;

/** 亩均效益评价 on crafted holders: scores, references, caps, ranks, both cut-off methods and the scheme's rules. */
class EfficiencyRulesTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static Holder above(String id, String mu, long tax) {
        return new Holder(id, id, Population.ABOVE_SCALE, d(mu), 1, 12, BigDecimal.valueOf(tax * 10), BigDecimal.valueOf(tax),
                BigDecimal.valueOf(tax * 3), BigDecimal.ZERO, BigDecimal.ZERO, null);
    }

    private static Scheme taxOnly(BigDecimal reference, ClassingMethod method) {
        return new Scheme(BigDecimal.valueOf(2), method, d("0.25"), d("0.45"), d("0.05"), d("120"), d("90"), d("60"),
                List.of(new Weight(Population.ABOVE_SCALE, Indicator.TAX_PER_MU, d("100"), reference),
                        new Weight(Population.BELOW_SCALE, Indicator.TAX_PER_MU, d("50"), reference),
                        new Weight(Population.BELOW_SCALE, Indicator.TAX_PER_TCE, d("50"), null)));
    }

    private static Map<String, Scored> byId(List<Scored> list) {
        return list.stream().collect(Collectors.toMap(s -> s.holder().enterpriseId(), Function.identity()));
    }

    @Test
    void twentyEnterprisesSplitTwentyFivePercentAFortyFiveBFiveDAndCTheRest() {
        List<Holder> holders = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            // 10 亩 each, tax per 亩 = i × 1000 against a reference of 10000 → ratio i/10, capped at 2
            holders.add(above(String.format("e%02d", i), "10", i * 10_000L));
        }
        List<Scored> scored = EfficiencyRules.evaluate(taxOnly(d("10000"), ClassingMethod.PERCENTILE), holders);
        Map<String, Scored> by = byId(scored);
        assertThat(by.get("e20").score()).isEqualByComparingTo("200");
        assertThat(by.get("e07").score()).isEqualByComparingTo("70");
        assertThat(by.get("e01").score()).isEqualByComparingTo("10");
        assertThat(by.get("e20").rank()).isEqualTo(1);
        assertThat(by.get("e01").rank()).isEqualTo(20);
        Map<Grade, Long> counts = scored.stream().collect(Collectors.groupingBy(Scored::grade, Collectors.counting()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(Grade.A, 5L, Grade.B, 9L, Grade.C, 5L, Grade.D, 1L));
        assertThat(by.get("e16").grade()).isEqualTo(Grade.A);
        assertThat(by.get("e15").grade()).isEqualTo(Grade.B);
        assertThat(by.get("e07").grade()).isEqualTo(Grade.B);
        assertThat(by.get("e06").grade()).isEqualTo(Grade.C);
        assertThat(by.get("e02").grade()).isEqualTo(Grade.C);
        assertThat(by.get("e01").grade()).isEqualTo(Grade.D);
    }

    @Test
    void equalScoresShareTheirRankAndTheBetterClass() {
        List<Holder> holders = List.of(above("a", "10", 50_000), above("b", "20", 100_000), above("c", "10", 20_000),
                above("d", "10", 10_000));
        Map<String, Scored> by = byId(EfficiencyRules.evaluate(taxOnly(d("10000"), ClassingMethod.PERCENTILE), holders));
        // a and b both pay 5000 per 亩: ranks 1, 1, 3, 4; one A place, but both take it
        assertThat(by.get("a").rank()).isEqualTo(1);
        assertThat(by.get("b").rank()).isEqualTo(1);
        assertThat(by.get("c").rank()).isEqualTo(3);
        assertThat(by.get("a").grade()).isEqualTo(Grade.A);
        assertThat(by.get("b").grade()).isEqualTo(Grade.A);
        assertThat(by.get("c").grade()).isEqualTo(Grade.B);
    }

    @Test
    void withoutAReferenceTheParkAverageIsUsedAndRatiosAreCapped() {
        // park average: (100000 + 100000) / (10 + 30) = 5000 per 亩
        List<Holder> holders = List.of(above("small", "10", 100_000), above("large", "30", 100_000));
        Map<String, Scored> by = byId(EfficiencyRules.evaluate(taxOnly(null, ClassingMethod.THRESHOLD), holders));
        IndicatorScore small = by.get("small").scores().get(0);
        assertThat(small.reference()).isEqualByComparingTo("5000");
        assertThat(small.value()).isEqualByComparingTo("10000");
        assertThat(small.ratio()).isEqualByComparingTo("2");
        assertThat(small.points()).isEqualByComparingTo("200");
        IndicatorScore large = by.get("large").scores().get(0);
        assertThat(large.value()).isEqualByComparingTo("3333.3333");
        assertThat(large.ratio()).isEqualByComparingTo("0.6667");
        assertThat(by.get("large").score()).isEqualByComparingTo("66.67");
        // thresholds 120 / 90 / 60
        assertThat(by.get("small").grade()).isEqualTo(Grade.A);
        assertThat(by.get("large").grade()).isEqualTo(Grade.C);
    }

    @Test
    void belowScaleEnterprisesUseTheirOwnWeightsAndAnUnreportedDenominatorScoresNothing() {
        Holder reported = new Holder("r", "r", Population.BELOW_SCALE, d("5"), 1, 12, d("0"), d("50000"), d("0"), d("10"),
                d("0"), null);
        Holder noEnergy = new Holder("n", "n", Population.BELOW_SCALE, d("5"), 1, 12, d("0"), d("50000"), d("0"), d("0"),
                d("0"), null);
        Map<String, Scored> by = byId(EfficiencyRules.evaluate(taxOnly(d("10000"), ClassingMethod.THRESHOLD),
                List.of(reported, noEnergy)));
        // tax per 亩 10000 = the reference → 50 points; tax per tce: average only over those reporting energy
        assertThat(by.get("r").scores()).extracting(IndicatorScore::indicator)
                .containsExactly(Indicator.TAX_PER_MU, Indicator.TAX_PER_TCE);
        assertThat(by.get("r").scores().get(1).reference()).isEqualByComparingTo("5000");
        assertThat(by.get("r").score()).isEqualByComparingTo("100");
        assertThat(by.get("n").scores().get(1).value()).isNull();
        assertThat(by.get("n").scores().get(1).points()).isEqualByComparingTo("0");
        assertThat(by.get("n").score()).isEqualByComparingTo("50");
        assertThat(by.get("r").grade()).isEqualTo(Grade.B);
        assertThat(by.get("n").grade()).isEqualTo(Grade.D);
    }

    @Test
    void theDefaultSchemeFollowsTheRulesAndABadSchemeNamesEveryBrokenRule() {
        assertThat(Scheme.DEFAULT.violations()).isEmpty();
        Scheme bad = new Scheme(d("0.5"), ClassingMethod.PERCENTILE, d("0.6"), d("0.45"), d("0.05"), null, null, null,
                List.of(new Weight(Population.ABOVE_SCALE, Indicator.TAX_PER_MU, d("60"), d("-1")),
                        new Weight(Population.ABOVE_SCALE, Indicator.TAX_PER_MU, d("30"), null),
                        new Weight(Population.BELOW_SCALE, Indicator.TAX_PER_MU, d("0"), null)));
        assertThat(bad.violations()).extracting(Violation::field).contains("maxRatio", "dShare", "weights[0].reference",
                "weights[1].indicator", "weights[2].weight", "weights");
        Scheme thresholds = new Scheme(d("2"), ClassingMethod.THRESHOLD, null, null, null, d("80"), d("90"), d("60"),
                Scheme.DEFAULT.weights());
        assertThat(thresholds.violations()).extracting(Violation::rule).containsExactly("Descending");
    }
}
