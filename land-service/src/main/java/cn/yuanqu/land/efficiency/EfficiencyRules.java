package cn.yuanqu.land.efficiency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 亩均效益评价 (RULES.md) as a pure function of a scheme and the park's land holders for a year. Each
 * population (规上, 规下) is scored with its own weights and classed among itself:
 * <ul>
 * <li>an indicator's value is its numerator over its denominator (tax over 亩, value added over tce …); where
 * the denominator is not reported (no energy, no headcount) the value is empty and scores 0;</li>
 * <li>its reference is the scheme's, or else the population's average (sum of numerators over sum of
 * denominators of those who report the denominator);</li>
 * <li>its points are weight × value / reference, the ratio kept between 0 and the scheme's cap;</li>
 * <li>the score is the sum of the points; ranks are shared by equal scores (1, 2, 2, 4);</li>
 * <li>classes by threshold, or by rank: with n enterprises, A the first round(n × aShare) places, B the next
 * round(n × bShare), D the last round(n × dShare), C the rest (halves rounded up); equal scores share the
 * better class.</li>
 * </ul>
 */
public final class EfficiencyRules {

    private static final int SCALE = 4;

    private EfficiencyRules() {
    }

    /** Every holder scored, ranked and classed, by population then rank. */
    public static List<Scored> evaluate(Scheme scheme, List<Holder> holders) {
        List<Scored> out = new ArrayList<>();
        for (Population p : Population.values()) {
            List<Holder> group = holders.stream().filter(h -> h.population() == p).toList();
            if (!group.isEmpty()) {
                out.addAll(population(scheme, scheme.weightsOf(p), group));
            }
        }
        return out;
    }

    private static List<Scored> population(Scheme scheme, List<Weight> weights, List<Holder> group) {
        Map<Indicator, BigDecimal> references = new HashMap<>();
        for (Weight w : weights) {
            references.put(w.indicator(), w.reference() != null ? w.reference() : average(w.indicator(), group));
        }
        record Total(Holder holder, List<IndicatorScore> scores, BigDecimal score) {
        }
        List<Total> totals = new ArrayList<>();
        for (Holder h : group) {
            List<IndicatorScore> scores = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (Weight w : weights) {
                IndicatorScore s = score(w, h, references.get(w.indicator()), scheme.maxRatio());
                scores.add(s);
                sum = sum.add(s.points());
            }
            totals.add(new Total(h, List.copyOf(scores), sum.setScale(2, RoundingMode.HALF_UP)));
        }
        totals.sort(Comparator.comparing(Total::score).reversed().thenComparing(t -> t.holder().enterpriseId()));
        int n = totals.size();
        List<Scored> out = new ArrayList<>(n);
        int rank = 0;
        for (int i = 0; i < n; i++) {
            Total t = totals.get(i);
            if (i == 0 || t.score().compareTo(totals.get(i - 1).score()) != 0) {
                rank = i + 1;
            }
            out.add(new Scored(t.holder(), t.scores(), t.score(), rank, grade(scheme, t.score(), rank - 1, n)));
        }
        return out;
    }

    /** Sum of numerators over sum of denominators of those reporting the denominator; null without any. */
    static BigDecimal average(Indicator indicator, List<Holder> group) {
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (Holder h : group) {
            BigDecimal d = indicator.denominator(h);
            if (d.signum() > 0) {
                num = num.add(indicator.numerator(h));
                den = den.add(d);
            }
        }
        if (den.signum() == 0 || num.signum() <= 0) {
            return null;
        }
        return num.divide(den, SCALE, RoundingMode.HALF_UP);
    }

    static IndicatorScore score(Weight w, Holder h, BigDecimal reference, BigDecimal maxRatio) {
        BigDecimal d = w.indicator().denominator(h);
        BigDecimal value = d.signum() > 0 ? w.indicator().numerator(h).divide(d, SCALE, RoundingMode.HALF_UP) : null;
        BigDecimal ratio = value == null || reference == null ? BigDecimal.ZERO
                : value.divide(reference, SCALE, RoundingMode.HALF_UP).max(BigDecimal.ZERO).min(maxRatio);
        BigDecimal points = w.weight().multiply(ratio).setScale(2, RoundingMode.HALF_UP);
        return new IndicatorScore(w.indicator(), value, reference, ratio.setScale(SCALE, RoundingMode.HALF_UP), w.weight(), points);
    }

    /** The class of the enterprise at {@code place} (0-based, the first place of its tie) among {@code n}. */
    static Grade grade(Scheme s, BigDecimal score, int place, int n) {
        if (s.method() == ClassingMethod.THRESHOLD) {
            return score.compareTo(s.aMin()) >= 0 ? Grade.A
                    : score.compareTo(s.bMin()) >= 0 ? Grade.B
                    : score.compareTo(s.cMin()) >= 0 ? Grade.C : Grade.D;
        }
        int a = places(n, s.aShare());
        int b = places(n, s.bShare());
        int d = places(n, s.dShare());
        if (place < a) {
            return Grade.A;
        }
        if (place < a + b) {
            return Grade.B;
        }
        return place >= n - d ? Grade.D : Grade.C;
    }

    private static int places(int n, BigDecimal share) {
        return BigDecimal.valueOf(n).multiply(share).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
