package cn.yuanqu.platform.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class YearOnYearTest {

    @Test
    void growthIsTheChangeOverTheBase() {
        assertThat(YearOnYear.of(new BigDecimal("115"), new BigDecimal("100")).ratio()).isEqualByComparingTo("0.15");
    }

    @Test
    void aDeclineIsNegative() {
        // 营业收入13.88亿元, 同比下降14.78%: base 16.2871 亿
        YearOnYear y = YearOnYear.of(new BigDecimal("1388000000"), new BigDecimal("1628710000"));
        assertThat(y.ratio()).isEqualByComparingTo("-0.1478");
    }

    @Test
    void aZeroMissingOrNegativeBaseHasNoRatioButSaysWhy() {
        assertThat(YearOnYear.of(BigDecimal.TEN, BigDecimal.ZERO).ratio()).isNull();
        assertThat(YearOnYear.of(BigDecimal.TEN, BigDecimal.ZERO).noRatioReason()).isEqualTo(YearOnYear.BASE_ZERO);
        assertThat(YearOnYear.of(BigDecimal.TEN, null).noRatioReason()).isEqualTo(YearOnYear.BASE_MISSING);
        assertThat(YearOnYear.of(BigDecimal.TEN, new BigDecimal("-5")).noRatioReason()).isEqualTo(YearOnYear.BASE_NEGATIVE);
    }

    @Test
    void aCurrentLossAgainstAProfitIsAFallOfMoreThanAHundredPercent() {
        assertThat(YearOnYear.of(new BigDecimal("-50"), new BigDecimal("100")).ratio()).isEqualByComparingTo("-1.5");
    }
}
