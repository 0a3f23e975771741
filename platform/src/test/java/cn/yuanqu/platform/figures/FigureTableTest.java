package cn.yuanqu.platform.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A table assembles its figures in order: amounts with 同比, rates without, missing values as null. */
class FigureTableTest {

    @Test
    void amountsGetTheirRatioAndRatesDoNot() {
        FigureTable t = new FigureTable("land").amount("a", "甲 / a", "亩").rate("r", "率 / r", "ratio").amount("m", "缺 / m", "宗");
        List<Figure> f = t.assemble(Map.of("a", new BigDecimal("120"), "r", new BigDecimal("0.5")),
                Map.of("a", new BigDecimal("100"), "r", new BigDecimal("0.4")));
        assertThat(f).extracting(Figure::key).containsExactly("a", "r", "m");
        assertThat(f.get(0).section()).isEqualTo("land");
        assertThat(f.get(0).ratio()).isEqualByComparingTo("0.2");
        assertThat(f.get(1).ratio()).isNull();
        assertThat(f.get(1).noRatioReason()).isEqualTo(Figure.RATE);
        assertThat(f.get(2).value()).isNull();
        assertThat(f.get(2).noRatioReason()).isEqualTo(YearOnYear.BASE_MISSING);
    }
}
