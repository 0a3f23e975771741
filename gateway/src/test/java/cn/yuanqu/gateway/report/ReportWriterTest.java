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

    private static HighlightItem item(String name, String date, String detail, String value) {
        return new HighlightItem(null, name, date == null ? null : LocalDate.parse(date), detail, value == null ? null : d(value));
    }

    private static ReportSection section(Section s, List<Figure> figures, List<Highlight> lists, String period, boolean fullYear) {
        return ReportWriter.write(s, List.of(park(figures, lists)), period, fullYear);
    }

    @Test
    void honoursAreNamedByWhatWasAwardedAndALargeGroupByItsCount() {
        List<HighlightItem> many = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            many.add(item("企业" + i, "2024-05-01", "省级创新型中小企业", null));
        }
        List<HighlightItem> items = new java.util.ArrayList<>(List.of(
                item("兴国县旭航诚电子有限公司", "2024-08-08", "省级潜在瞪羚企业", null),
                item("甲公司", "2024-09-12", "市级工业设计中心", null), item("乙公司", "2024-09-12", "市级工业设计中心", null),
                item("江西百丈泉食品饮料有限公司", "2024-11-20", "省级企业技术中心", null)));
        items.addAll(many);
        ReportSection s = section(Section.CULTIVATION, List.of(), List.of(
                new Highlight("qualifications.honours", "新获资质荣誉（不含科技型中小企业、高新技术企业） / honours", items),
                new Highlight("qualifications.awarded", "新获资质荣誉 / every award", items)), "2024年", true);
        assertThat(s.sentences()).containsExactly("新获资质荣誉：兴国县旭航诚电子有限公司获评省级潜在瞪羚企业；甲公司、乙公司共2家获评市级工业设计中心；"
                + "江西百丈泉食品饮料有限公司获评省级企业技术中心；11家获评省级创新型中小企业。");
    }

    @Test
    void projectsSignedCarryTheirInvestmentAndWithinAYearTheirDay() {
        Highlight signed = new Highlight("projects.signed", "新签约项目 / projects signed", List.of(
                item("深圳市鑫安正科技智能终端项目", "2022-03-15", "兴国鑫安正科技有限公司", "300000000"),
                item("深圳晶华显示电子液晶显示模组项目", "2022-05-30", "兴国晶华显示电子有限公司", "1000000000")));
        assertThat(section(Section.PROJECTS, List.of(f("projects.signed", "新签约项目 / projects signed", "个", "2", null)),
                List.of(signed), "1-5月", false).sentences()).containsExactly("1-5月，新签约项目2个。",
                        "新签约项目：3月15日签约深圳市鑫安正科技智能终端项目，总投资3亿元；5月30日签约深圳晶华显示电子液晶显示模组项目，总投资10亿元。");
        assertThat(section(Section.PROJECTS, List.of(), List.of(signed), "2022年", true).sentences())
                .containsExactly("新签约项目：深圳市鑫安正科技智能终端项目，总投资3亿元；深圳晶华显示电子液晶显示模组项目，总投资10亿元。");
    }

    @Test
    void leadsKeyLevelsWorksInProgressAndAProjectStartedAndCompletedInTheYear() {
        String sany = "兴国三一智能建造年产SPCS预制构件20万立方米项目";
        ReportSection s = section(Section.PROJECTS, List.of(f("leads.negotiating", "在谈项目 / leads in talks", "个", "2", null)), List.of(
                new Highlight("leads.negotiating", "在谈项目 / leads in talks", List.of(item("株洲大川电子", "2024-10-01", "湖南", null),
                        item("广州清盛服装", "2024-11-01", "广东", "50000000"))),
                new Highlight("projects.started", "新开工项目 / projects started", List.of(item(sany, "2024-03-01", "产业项目，县重中之重", "1"),
                        item("外环路路网建设工程", "2024-04-15", "基础设施", null))),
                new Highlight("projects.completed", "竣工项目 / projects completed", List.of(item(sany, "2024-12-10", "产业项目，县重中之重", null))),
                new Highlight("projects.publicWorks", "基础设施与标准厂房进度（日期为开工日期，数值为总投资） / works", List.of(
                        item("南区经八路旁规划水系建设工程（一期）", "2021-04-12", "形象进度97%；绿化及收尾", "41120000")))),
                "2024年", true);
        assertThat(s.sentences()).containsExactly("2024年，在谈项目2个。", "在谈项目：株洲大川电子、广州清盛服装。",
                "新开工项目：" + sany + "（县重中之重）、外环路路网建设工程。", "竣工项目：" + sany + "（县重中之重）。",
                "基础设施与标准厂房进度：南区经八路旁规划水系建设工程（一期）总投资4112万元，2021年4月开工，形象进度97%，绿化及收尾。",
                sany + "当年开工当年竣工。");
    }

    @Test
    void theCampaignIsNamedBeforeItsResultsAndARoughCountIsWrittenWithYu() {
        ReportSection s = section(Section.SAFETY, List.of(), List.of(
                new Highlight("campaigns", "专项行动 / campaigns", List.of(item("“拆牌、破网、清通道”专项行动", "2024-04-01", "专项行动", null))),
                new Highlight("campaigns.results", "专项行动成果（说明为单位，约数的单位后加注约数） / results", List.of(
                        item("拆除防盗网", "2024-04-01", "套", "334"), item("清理疏散通道", "2024-04-01", "处（约数）", "50")))),
                "2024年", true);
        assertThat(s.sentences()).containsExactly("专项行动：“拆牌、破网、清通道”专项行动。", "专项行动成果：拆除防盗网334套、清理疏散通道50余处。");
    }

    @Test
    void landCasesAreGroupedByKindAndMethodWithTheirCounts() {
        List<HighlightItem> investigating = new java.util.ArrayList<>(List.of(
                item("兴国威保运动用品有限公司", "2022-04-01", "闲置土地（超过动工期限一年）", "20"),
                item("兴国满都针织有限公司", "2022-04-01", "闲置土地（超过动工期限一年）", "15")));
        for (int i = 0; i < 11; i++) {
            investigating.add(item("低效" + i, "2022-03-01", "低效用地（容积率低）", "10"));
        }
        ReportSection s = section(Section.LAND, List.of(), List.of(
                new Highlight("cases.investigating", "调查中（期末） / under investigation", investigating),
                new Highlight("cases.decided", "处置决定（说明为方式） / decisions", List.of(
                        item("兴国荣发门业有限公司", "2022-04-20", "无偿收回", "12"), item("兴国正安拨叉有限公司", "2022-05-10", "限期动工", "8"),
                        item("兴国久容卫浴有限公司", "2022-04-25", "无偿收回", "9")))), "1-5月", false);
        assertThat(s.sentences()).containsExactly("调查中：闲置土地2宗：兴国威保运动用品有限公司、兴国满都针织有限公司；低效用地11宗。",
                "处置决定：无偿收回2宗：兴国荣发门业有限公司、兴国久容卫浴有限公司；限期动工1宗：兴国正安拨叉有限公司。");
    }

    @Test
    void loanRecoveriesAreNamedWithTheirAmountsAndTheGridsCounted() {
        ReportSection s = section(Section.SERVICE, List.of(f("enterprises.grids", "服务网格 / service grids", "个", "9", null)),
                List.of(new Highlight("loans.bySchemes", "贷款产品（说明为获贷企业与笔数，数值为金额） / by scheme", List.of(
                        item("财园通", null, "33家企业，33笔", "130500000"))),
                        new Highlight("loans.recoveries", "追偿回款企业 / enterprises recovered from", List.of(
                        item("兴国永华热转印有限公司", null, null, "4579900"), item("兴国绿宝米业有限公司", null, null, "2000000")))),
                "1-5月", false);
        assertThat(s.sentences()).containsExactly("1-5月，服务网格9个。", "贷款产品：“财园通”贷款13050万元。", "追偿回款企业：兴国永华热转印有限公司（457.99万元）、兴国绿宝米业有限公司（200万元）。");
    }
}
