package cn.yuanqu.gateway.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * How a zone's work report writes its numbers (docs/gateway.md, "Work report"), so that the generated
 * sentences read like the reports in shared/seeds:
 * <ul>
 * <li>money (元): 亿元 when at least 1亿 and a whole number of 100万 (2 decimals then state it exactly:
 * 13.88亿元, 3.27亿元); otherwise 万元 to 2 decimals when at least 1万 (5561.93万元, 13050万元, 657.99万元);
 * else 元; trailing zeros dropped;</li>
 * <li>亩: from 100 亩 the tens with 余 when not a round ten (2724 → 2720余亩); below, to 1 decimal;</li>
 * <li>平方米: from 1万 in 万平方米 to 2 decimals (16.81万平方米); from 1000 the thousands with 多 when not a
 * round thousand (6200 → 6000多平方米); below, whole;</li>
 * <li>counts the report rounds ({@link #approximate}): from 50, the tens with 余 when not a round ten, in
 * a full-year report (84 → 80余件); exact in a report for part of a year, which states the count to date
 * (112起); other counts exact;</li>
 * <li>同比: 增长/下降 and the percentage to 2 decimals, trailing zeros dropped (增长15%, 下降14.78%);</li>
 * <li>other units: the number, trailing zeros dropped, and the unit; a ratio as a percentage.</li>
 * </ul>
 */
public final class ChineseNumbers {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
    private static final BigDecimal BAIWAN = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal TEN = BigDecimal.TEN;

    private ChineseNumbers() {
    }

    /** A value with its unit as a report writes it; {@code approximate} for counts the report rounds. */
    public static String amount(BigDecimal value, String unit, boolean approximate, boolean fullYear) {
        if (value == null) {
            return null;
        }
        return switch (unit) {
            case "元" -> money(value);
            case "亩" -> value.compareTo(HUNDRED) >= 0 ? roundDown(value, TEN, "余") + "亩" : plain(value.setScale(1, RoundingMode.HALF_UP)) + "亩";
            case "平方米" -> squareMetres(value);
            case "ratio" -> percent(value);
            default -> (approximate && fullYear && value.compareTo(BigDecimal.valueOf(50)) >= 0
                    ? roundDown(value, TEN, "余") : plain(value)) + unit;
        };
    }

    /** 元 as 亿元, 万元 or 元. */
    public static String money(BigDecimal yuan) {
        BigDecimal abs = yuan.abs();
        if (abs.compareTo(YI) >= 0 && abs.remainder(BAIWAN).signum() == 0) {
            return plain(yuan.divide(YI, 2, RoundingMode.HALF_UP)) + "亿元";
        }
        if (abs.compareTo(WAN) >= 0) {
            return plain(yuan.divide(WAN, 2, RoundingMode.HALF_UP)) + "万元";
        }
        return plain(yuan.setScale(2, RoundingMode.HALF_UP)) + "元";
    }

    private static String squareMetres(BigDecimal m2) {
        if (m2.compareTo(WAN) >= 0) {
            return plain(m2.divide(WAN, 2, RoundingMode.HALF_UP)) + "万平方米";
        }
        if (m2.compareTo(THOUSAND) >= 0) {
            return roundDown(m2, THOUSAND, "多") + "平方米";
        }
        return plain(m2.setScale(0, RoundingMode.HALF_UP)) + "平方米";
    }

    /** {@code value} down to a multiple of {@code step}, with {@code mark} (余, 多) when that loses something. */
    static String roundDown(BigDecimal value, BigDecimal step, String mark) {
        BigDecimal down = value.divide(step, 0, RoundingMode.DOWN).multiply(step);
        return plain(down) + (down.compareTo(value) == 0 ? "" : mark);
    }

    /** A ratio (0.1478) as a percentage (14.78%). */
    public static String percent(BigDecimal ratio) {
        return plain(ratio.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP)) + "%";
    }

    /** 同比增长15% / 同比下降14.78% / 同比持平. */
    public static String yearOnYear(BigDecimal ratio) {
        if (ratio == null) {
            return null;
        }
        if (ratio.signum() == 0) {
            return "同比持平";
        }
        return (ratio.signum() > 0 ? "同比增长" : "同比下降") + percent(ratio.abs());
    }

    /** The period as a report names it: 2024年, 1-5月 (the same year from January), 2024年3-5月, 2023年12月至2024年2月. */
    public static String period(YearMonth from, YearMonth to) {
        if (from.getYear() == to.getYear()) {
            if (from.getMonthValue() == 1 && to.getMonthValue() == 12) {
                return from.getYear() + "年";
            }
            if (from.equals(to)) {
                return from.getYear() + "年" + from.getMonthValue() + "月";
            }
            // from January the year is the report's own and is not repeated: "1-5月"
            return (from.getMonthValue() == 1 ? "" : from.getYear() + "年") + from.getMonthValue() + "-" + to.getMonthValue() + "月";
        }
        return from.getYear() + "年" + from.getMonthValue() + "月至" + to.getYear() + "年" + to.getMonthValue() + "月";
    }

    static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
