package cn.yuanqu.platform.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 同比: the change of a figure against the same period of the previous year, as a ratio
 * ({@code 0.15} = 增长15%, {@code -0.1478} = 下降14.78%). There is no ratio when the base is missing,
 * zero or negative (a loss turning into a profit has no meaningful percentage): the reason says
 * which, instead of an infinite or misleading number.
 */
public record YearOnYear(BigDecimal current, BigDecimal base, BigDecimal ratio, String noRatioReason) {

    public static final String BASE_MISSING = "BASE_MISSING";
    public static final String BASE_ZERO = "BASE_ZERO";
    public static final String BASE_NEGATIVE = "BASE_NEGATIVE";

    public static YearOnYear of(BigDecimal current, BigDecimal base) {
        if (base == null) {
            return new YearOnYear(current, null, null, BASE_MISSING);
        }
        if (base.signum() == 0) {
            return new YearOnYear(current, base, null, BASE_ZERO);
        }
        if (base.signum() < 0) {
            return new YearOnYear(current, base, null, BASE_NEGATIVE);
        }
        if (current == null) {
            return new YearOnYear(null, base, null, null);
        }
        BigDecimal ratio = current.subtract(base).divide(base, 4, RoundingMode.HALF_UP);
        return new YearOnYear(current, base, ratio, null);
    }
}
