package cn.yuanqu.platform.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A land area in 亩 (mu), four decimals; 1 亩 = 10000/15 m² exactly. */
public record LandArea(BigDecimal mu) implements Comparable<LandArea> {

    public static final LandArea ZERO = new LandArea(BigDecimal.ZERO);
    private static final BigDecimal M2_PER_15_MU = BigDecimal.valueOf(10_000);
    private static final BigDecimal FIFTEEN = BigDecimal.valueOf(15);

    public LandArea {
        Objects.requireNonNull(mu, "mu");
        mu = mu.setScale(4, RoundingMode.HALF_UP);
    }

    public static LandArea ofMu(BigDecimal mu) {
        return new LandArea(mu);
    }

    public static LandArea ofMu(String mu) {
        return new LandArea(new BigDecimal(mu));
    }

    /** From square metres: mu = m² × 15 / 10000. */
    public static LandArea ofSquareMetres(BigDecimal squareMetres) {
        return new LandArea(squareMetres.multiply(FIFTEEN).divide(M2_PER_15_MU, 4, RoundingMode.HALF_UP));
    }

    /** In square metres, two decimals: m² = mu × 10000 / 15. */
    public BigDecimal squareMetres() {
        return mu.multiply(M2_PER_15_MU).divide(FIFTEEN, 2, RoundingMode.HALF_UP);
    }

    public LandArea plus(LandArea other) {
        return new LandArea(mu.add(other.mu));
    }

    @Override
    public int compareTo(LandArea other) {
        return mu.compareTo(other.mu);
    }
}
