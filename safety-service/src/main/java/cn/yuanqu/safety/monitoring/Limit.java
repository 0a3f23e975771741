package cn.yuanqu.safety.monitoring;

import java.math.BigDecimal;

/** A limit: a maximum, and for pH a minimum as well. A value outside it is an exceedance (超标). */
public record Limit(BigDecimal min, BigDecimal max) {

    static Limit max(String max) {
        return new Limit(null, new BigDecimal(max));
    }

    static Limit range(String min, String max) {
        return new Limit(new BigDecimal(min), new BigDecimal(max));
    }

    /** Whether {@code value} lies outside this limit. */
    public boolean exceededBy(BigDecimal value) {
        return (max != null && value.compareTo(max) > 0) || (min != null && value.compareTo(min) < 0);
    }

    /** "≤100", "6–9" */
    public String text() {
        if (min != null && max != null) {
            return min.stripTrailingZeros().toPlainString() + "–" + max.stripTrailingZeros().toPlainString();
        }
        return min != null ? "≥" + min.stripTrailingZeros().toPlainString() : "≤" + max.stripTrailingZeros().toPlainString();
    }
}
