package cn.yuanqu.platform.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of money in yuan (元), two decimals. Stored as NUMERIC; shown in 万元/亿元 by the
 * presentation layer ({@link #toWan()}, {@link #toYi()}).
 */
public record Money(BigDecimal yuan) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    public Money {
        Objects.requireNonNull(yuan, "yuan");
        yuan = yuan.setScale(2, RoundingMode.HALF_UP);
    }

    public static Money yuan(BigDecimal yuan) {
        return new Money(yuan);
    }

    public static Money yuan(String yuan) {
        return new Money(new BigDecimal(yuan));
    }

    public static Money yuan(long yuan) {
        return new Money(BigDecimal.valueOf(yuan));
    }

    /** From 万元 (ten thousand yuan). */
    public static Money ofWan(BigDecimal wan) {
        return new Money(wan.multiply(WAN));
    }

    public Money plus(Money other) {
        return new Money(yuan.add(other.yuan));
    }

    public Money minus(Money other) {
        return new Money(yuan.subtract(other.yuan));
    }

    /** In 万元, two decimals. */
    public BigDecimal toWan() {
        return yuan.divide(WAN, 2, RoundingMode.HALF_UP);
    }

    /** In 亿元, two decimals. */
    public BigDecimal toYi() {
        return yuan.divide(YI, 2, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Money other) {
        return yuan.compareTo(other.yuan);
    }
}
