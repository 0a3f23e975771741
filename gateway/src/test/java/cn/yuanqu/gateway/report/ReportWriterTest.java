package cn.yuanqu.gateway.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.yuanqu.gateway.dashboard.Figure;
import cn.yuanqu.gateway.dashboard.Highlight;
import cn.yuanqu.gateway.dashboard.HighlightItem;
import cn.yuanqu.gateway.dashboard.ParkFigures;
import cn.yuanqu.gateway.report.ReportWriter.Section;

/** The reports' way with numbers and the sentences they make, on the figures of the demo zone's reports. */
class ReportWriterTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static Figure f(String key, String name, String unit, String value, String ratio) {
        return new Figure(key, key.substring(0, key.indexOf('.')), name, unit, value == null ? null : d(value), null,
                ratio == null ? null : d(ratio), null);
    }

    private static ParkFigures park(List<Figure> figures, List<Highlight> highlights) {
        return new ParkFigures("xingguo", LocalDate.of(2022, 5, 31), LocalDate.of(2021, 5, 31), figures, highlights);
    }

    @Test
    void amountsAreWrittenAsTheReportsWriteThem() {
        assertThat(ChineseNumbers.money(d("1388000000"))).isEqualTo("13.88亿元");
        assertThat(ChineseNumbers.money(d("10080000000"))).isEqualTo("100.8亿元");
        assertThat(ChineseNumbers.money(d("327000000"))).isEqualTo("3.27亿元");
        assertThat(ChineseNumbers.money(d("55619300"))).isEqualTo("5561.93万元");
        assertThat(ChineseNumbers.money(d("130500000"))).as("1.305亿 is not exact in 亿元 to 2 decimals").isEqualTo("13050万元");
        assertThat(ChineseNumbers.money(d("6579900"))).isEqualTo("657.99万元");
        assertThat(ChineseNumbers.money(d("2032000"))).isEqualTo("203.2万元");
        assertThat(ChineseNumbers.money(d("8500"))).isEqualTo("8500元");
        assertThat(ChineseNumbers.amount(d("2724.5"), "亩", false, true)).isEqualTo("2720余亩");
        assertThat(ChineseNumbers.amount(d("1000"), "亩", false, true)).isEqualTo("1000亩");
        assertThat(ChineseNumbers.amount(d("168100"), "平方米", false, true)).isEqualTo("16.81万平方米");
        assertThat(ChineseNumbers.amount(d("198000"), "平方米", false, true)).isEqualTo("19.8万平方米");
        assertThat(ChineseNumbers.amount(d("6200"), "平方米", false, false)).isEqualTo("6000多平方米");
        assertThat(ChineseNumbers.amount(d("84"), "件", true, true)).isEqualTo("80余件");
        assertThat(ChineseNumbers.amount(d("112"), "件", true, false)).as("to date, in a part-year report").isEqualTo("112件");
        assertThat(ChineseNumbers.amount(d("281"), "条", false, true)).isEqualTo("281条");
        assertThat(ChineseNumbers.yearOnYear(d("-0.1478"))).isEqualTo("同比下降14.78%");
        assertThat(ChineseNumbers.yearOnYear(d("0.1500"))).isEqualTo("同比增长15%");
        assertThat(ChineseNumbers.period(YearMonth.of(2022, 1), YearMonth.of(2022, 5))).isEqualTo("1-5月");
        assertThat(ChineseNumbers.period(YearMonth.of(2024, 1), YearMonth.of(2024, 12))).isEqualTo("2024年");
        assertThat(ChineseNumbers.period(YearMonth.of(2024, 3), YearMonth.of(2024, 5))).isEqualTo("2024年3-5月");
        assertThat(ChineseNumbers.period(YearMonth.of(2023, 12), YearMonth.of(2024, 2))).isEqualTo("2023年12月至2024年2月");
    }

    @Test
    void theEconomySentenceReadsLikeTheReport() {
        ReportSection s = ReportWriter.write(Section.ECONOMY, List.of(park(List.of(
                f("economy.operatingRevenue", "营业收入 / operating revenue", "元", "1388000000", "-0.1478"),
                f("economy.profit", "利润总额 / profit", "元", "55619300", "-0.1525"),
                f("economy.valueAdded", "工业增加值 / value added", "元", null, null)), List.of())), "1-5月", false);
        assertThat(s.title()).isEqualTo("一、经济运行");
        assertThat(s.sentences()).containsExactly("1-5月，园区实现营业收入13.88亿元，同比下降14.78%；实现利润5561.93万元，同比下降15.25%。");
        assertThat(s.figures()).extracting(Figure::key).containsExactly("economy.operatingRevenue", "economy.profit");
    }

    @Test
    void aSectionStatesItsFiguresInTheTablesOrderLeavesOutZerosAndNamesItsLists() {
        ReportSection s = ReportWriter.write(Section.SAFETY, List.of(park(List.of(
                f("hazards.closed", "整改销号隐患 / hazards closed", "条", "281", "0.1"),
                f("hazards.major", "重大隐患 / major hazards found", "条", "0", null),
                f("trainings.warningEducation", "警示教育 / warning-education sessions", "次", "22", null),
                f("hazards.rectificationRate", "整改率（本期发现已销号） / share closed", "ratio", "0.9512", null)),
                List.of(new Highlight("campaigns.results", "专项行动成果（说明为单位） / campaign results",
                        List.of(new HighlightItem(null, "拆除防盗网", null, "套", d("334")), new HighlightItem(null, "清通道", null, "处", d("52"))))))),
                "2024年", true);
        assertThat(s.sentences()).containsExactly("2024年，整改销号隐患281条，整改率95.12%，警示教育22次。",
                "专项行动成果：拆除防盗网334套、清通道52处。");
        assertThat(s.figures()).extracting(Figure::key).containsExactly("hazards.closed", "hazards.rectificationRate",
                "trainings.warningEducation");
    }

    @Test
    void theMarkdownDocumentHasEverySectionItsTableAndTheMissingOnes() {
        ReportSection economy = ReportWriter.write(Section.ECONOMY, List.of(park(List.of(
                f("economy.operatingRevenue", "营业收入 / operating revenue", "元", "10080000000", "0.15")), List.of())), "2024年", true);
        String md = ReportWriter.markdown("xingguo", "2024年", List.of(Optional.of(economy), Optional.empty()),
                List.of("四、安全环保：安全环保服务暂不可用，本节数据暂缺。"));
        assertThat(md).startsWith("# xingguo 2024年工作总结（数据部分）")
                .contains("## 一、经济运行\n\n2024年，园区实现营业收入100.8亿元，同比增长15%。")
                .contains("| 营业收入 | 100.8亿元 | — | 15% |")
                .contains("> 四、安全环保：安全环保服务暂不可用，本节数据暂缺。");
    }
}
