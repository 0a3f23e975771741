package cn.yuanqu.platform.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MeasureTest {

    @Test
    void oneMuIs666Point67SquareMetres() {
        assertThat(LandArea.ofMu("1").squareMetres()).isEqualByComparingTo("666.67");
    }

    @Test
    void fifteenMuAreExactlyOneHectare() {
        assertThat(LandArea.ofMu("15").squareMetres()).isEqualByComparingTo("10000.00");
        assertThat(LandArea.ofSquareMetres(new BigDecimal("10000")).mu()).isEqualByComparingTo("15");
    }

    @Test
    void the2720MuOfTheReportAreAbout1813333SquareMetres() {
        assertThat(LandArea.ofMu("2720").squareMetres()).isEqualByComparingTo("1813333.33");
        assertThat(LandArea.ofMu("2000").plus(LandArea.ofMu("720.5")).mu()).isEqualByComparingTo("2720.5");
    }

    @Test
    void moneyIsExactAndShownInWanAndYi() {
        Money loans = Money.ofWan(new BigDecimal("32700"));
        assertThat(loans.yuan()).isEqualByComparingTo("327000000");
        assertThat(loans.toYi()).isEqualByComparingTo("3.27");
        assertThat(Money.yuan("6579900").toWan()).isEqualByComparingTo("657.99");
        assertThat(Money.yuan("0.1").plus(Money.yuan("0.2"))).isEqualTo(Money.yuan("0.3"));
        assertThat(Money.yuan(10).minus(Money.yuan("2.5"))).isEqualTo(Money.yuan("7.50"));
    }
}
