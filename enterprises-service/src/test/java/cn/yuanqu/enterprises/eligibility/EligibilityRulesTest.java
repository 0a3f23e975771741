package cn.yuanqu.enterprises.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.yuanqu.enterprises.eligibility.EligibilityRules.Profile;
import cn.yuanqu.enterprises.eligibility.EligibilityRules.Year;

/** The pre-screen rules of RULES.md on crafted enterprises. Amounts in yuan. */
class EligibilityRulesTest {

    static final Thresholds T = Thresholds.NATIONAL;

    static BigDecimal y(double yuan) {
        return BigDecimal.valueOf(yuan);
    }

    /** A year of 12 reports: revenue, main revenue, R&D, employees. */
    static Year year(double revenue, double main, double rd, int employees) {
        return new Year(12, y(revenue), y(main), y(rd), employees);
    }

    static FactsInput facts(IpLevel ip, String debt, Boolean strategic) {
        return new FactsInput(ip, null, debt == null ? null : new BigDecimal(debt), strategic, null, null, null, null,
                null, null, null);
    }

    static Profile profile(Year current, Year previous, FactsInput facts, String... valid) {
        return new Profile(false, Set.of(valid), 12, current.mainRevenue(), current, previous, Year.NONE, facts);
    }

    static Condition condition(ProgramResult r, String code) {
        return r.conditions().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aboveScaleComparesTheTrailingTwelveMonthsWithTheThreshold() {
        Profile enough = new Profile(false, Set.of(), 12, y(21_000_000), Year.NONE, Year.NONE, Year.NONE, FactsInput.NONE);
        assertThat(EligibilityRules.aboveScale(enough, T).outcome()).isEqualTo(Outcome.ELIGIBLE);
        Profile short12 = new Profile(false, Set.of(), 12, y(19_999_999), Year.NONE, Year.NONE, Year.NONE, FactsInput.NONE);
        assertThat(EligibilityRules.aboveScale(short12, T).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        // a newly producing firm with 5 months below the line cannot be judged yet; above it, it enters monthly
        Profile young = new Profile(false, Set.of(), 5, y(8_000_000), Year.NONE, Year.NONE, Year.NONE, FactsInput.NONE);
        assertThat(EligibilityRules.aboveScale(young, T).outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(EligibilityRules.aboveScale(young, T).missing()).containsExactly("主营业务收入（滚动12个月）");
        Profile fast = new Profile(false, Set.of(), 5, y(20_500_000), Year.NONE, Year.NONE, Year.NONE, FactsInput.NONE);
        assertThat(EligibilityRules.aboveScale(fast, T).outcome()).isEqualTo(Outcome.ELIGIBLE);
        Profile already = new Profile(true, Set.of(), 12, y(50_000_000), Year.NONE, Year.NONE, Year.NONE, FactsInput.NONE);
        assertThat(EligibilityRules.aboveScale(already, T).outcome()).isEqualTo(Outcome.ALREADY);
    }

    @Test
    void theThresholdIsThePark() {
        Thresholds strict = new Thresholds(y(30_000_000), 60, 20, 15, 15, y(5_000_000), 2, y(1_000_000), new BigDecimal("0.03"),
                y(10_000_000), y(20_000_000), y(50_000_000), y(200_000_000), new BigDecimal("0.05"), new BigDecimal("0.04"),
                new BigDecimal("0.03"), new BigDecimal("0.10"), new BigDecimal("0.60"));
        Profile p = new Profile(false, Set.of(), 12, y(21_000_000), Year.NONE, Year.NONE, Year.NONE, FactsInput.NONE);
        assertThat(EligibilityRules.aboveScale(p, strict).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(condition(EligibilityRules.aboveScale(p, strict), "TRAILING_REVENUE").required()).contains("3000万元");
    }

    @Test
    void theInnovativeScoreAddsUpItsSixIndicators() {
        // IP 自主Ⅰ类 15 + R&D 4% 15 | growth 12% 15 + debt 50% 10 | strategic 10 + main share 80% 20 = 85
        Profile p = profile(year(50_000_000, 40_000_000, 2_000_000, 100), year(40_000_000, 35_714_286, 1_000_000, 90),
                facts(IpLevel.OWN_CLASS_I, "0.50", true));
        ProgramResult r = EligibilityRules.innovative(p, T);
        assertThat(r.score()).isEqualTo(85);
        assertThat(r.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(condition(r, "RD_RATIO").points()).isEqualTo(15);
        assertThat(condition(r, "MAIN_GROWTH").points()).isEqualTo(15);
        assertThat(condition(r, "MAIN_SHARE").points()).isEqualTo(20);
        assertThat(r.missing()).isEmpty();
    }

    @Test
    void aWeakSectionFailsEvenWithEnoughPoints() {
        // innovation 10 + 0 < 20 although the total is 10 + 30 + 30 = 70
        Profile p = profile(year(50_000_000, 40_000_000, 200_000, 100), year(30_000_000, 30_000_000, 0, 90),
                facts(IpLevel.CLASS_I, "0.40", true));
        ProgramResult r = EligibilityRules.innovative(p, T);
        assertThat(r.score()).isEqualTo(70);
        assertThat(r.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void missingFactsAreNamedAndOnlyMatterWhenTheyCouldChangeTheAnswer() {
        Year strong = year(50_000_000, 40_000_000, 2_500_000, 100);
        // R&D 5% 20, growth 20% 20, share 80% 20, strategic unknown (≥ 5): passes without any fact
        ProgramResult passes = EligibilityRules.innovative(profile(strong, year(33_000_000, 33_000_000, 0, 80), FactsInput.NONE), T);
        assertThat(passes.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(passes.missing()).containsExactly("与主导产品相关的知识产权", "资产负债率", "主导产品属于战略性新兴产业");
        // weak figures: even full marks on the missing facts (20 + 10 + 10) cannot reach 60
        Year weak = year(50_000_000, 26_000_000, 500_000, 100);
        ProgramResult hopeless = EligibilityRules.innovative(profile(weak, year(25_500_000, 25_500_000, 0, 80), FactsInput.NONE), T);
        assertThat(hopeless.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        // middling figures: the facts decide
        Year middling = year(50_000_000, 32_000_000, 1_500_000, 100);
        ProgramResult open = EligibilityRules.innovative(profile(middling, year(29_000_000, 29_000_000, 0, 80), FactsInput.NONE), T);
        assertThat(open.outcome()).isEqualTo(Outcome.INCOMPLETE);
    }

    @Test
    void growthAgainstAZeroOrMissingBaseIsMissingAndAFallScoresNothing() {
        Profile zeroBase = profile(year(50_000_000, 40_000_000, 2_000_000, 100), year(10, 0, 0, 10),
                facts(IpLevel.HIGH_VALUE_CLASS_I, "0.3", true));
        assertThat(condition(EligibilityRules.innovative(zeroBase, T), "MAIN_GROWTH").verdict()).isEqualTo(Condition.MISSING);
        Profile fall = profile(year(50_000_000, 40_000_000, 2_000_000, 100), year(60_000_000, 50_000_000, 0, 100),
                facts(IpLevel.HIGH_VALUE_CLASS_I, "0.3", true));
        Condition growth = condition(EligibilityRules.innovative(fall, T), "MAIN_GROWTH");
        assertThat(growth.points()).isZero();
        assertThat(growth.actual()).isEqualTo("-20%");
    }

    @Test
    void aValidHighTechCertificateIsADirectRoute() {
        Profile p = profile(year(50_000_000, 26_000_000, 0, 100), Year.NONE, facts(IpLevel.NONE, "0.9", false), "HIGH_TECH");
        ProgramResult r = EligibilityRules.innovative(p, T);
        assertThat(r.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(condition(r, "DIRECT_ROUTE").actual()).isEqualTo("有效高新技术企业");
    }

    @Test
    void specialisedBasics() {
        FactsInput niche = new FactsInput(null, null, null, null, 3, null, null, null, null, null, null);
        Year good = year(30_000_000, 28_000_000, 1_200_000, 80);
        assertThat(EligibilityRules.specialized(profile(good, Year.NONE, niche), T).outcome()).isEqualTo(Outcome.ELIGIBLE);
        Year lowRd = year(30_000_000, 28_000_000, 800_000, 80);
        ProgramResult r = EligibilityRules.specialized(profile(lowRd, Year.NONE, niche), T);
        assertThat(r.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(condition(r, "RD_AMOUNT").verdict()).isEqualTo(Condition.FAIL);
        assertThat(condition(r, "RD_RATIO").verdict()).isEqualTo(Condition.FAIL);
        // a small firm needs the equity alternative; unknown equity leaves it open
        Year small = year(8_000_000, 8_000_000, 1_000_000, 30);
        assertThat(EligibilityRules.specialized(profile(small, Year.NONE, niche), T).outcome()).isEqualTo(Outcome.INCOMPLETE);
        FactsInput funded = new FactsInput(null, null, null, null, 3, null, null, y(25_000_000), null, null, null);
        assertThat(EligibilityRules.specialized(profile(small, Year.NONE, funded), T).outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(EligibilityRules.specialized(profile(good, Year.NONE, FactsInput.NONE), T).missing())
                .containsExactly("从事细分市场年限");
    }

    @Test
    void highTechRdRatioDependsOnTheSalesBand() {
        FactsInput staff = new FactsInput(null, null, null, null, null, 15, new BigDecimal("0.70"), null, null, null, null);
        // sales 40M: small band needs 5%; 4.5% fails
        Profile small = new Profile(false, Set.of(), 12, y(40_000_000), year(40_000_000, 40_000_000, 1_800_000, 100),
                year(35_000_000, 35_000_000, 1_575_000, 100), Year.NONE, staff);
        ProgramResult r = EligibilityRules.highTech(small, T);
        assertThat(r.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(condition(r, "RD_BAND").required()).startsWith("≥5%");
        // sales 100M: middle band needs 4%; 4.5% passes, S&T staff 15% and product share 70% too
        Profile mid = new Profile(false, Set.of(), 12, y(100_000_000), year(100_000_000, 100_000_000, 4_500_000, 100),
                Year.NONE, Year.NONE, staff);
        assertThat(EligibilityRules.highTech(mid, T).outcome()).isEqualTo(Outcome.ELIGIBLE);
        // sales 300M: large band needs 3%, over three years
        Profile large = new Profile(false, Set.of(), 12, y(300_000_000), year(300_000_000, 300_000_000, 9_600_000, 100),
                year(250_000_000, 250_000_000, 8_000_000, 100), year(200_000_000, 200_000_000, 6_000_000, 100), staff);
        ProgramResult l = EligibilityRules.highTech(large, T);
        assertThat(condition(l, "RD_BAND").actual()).isEqualTo("3.15%"); // 23.6M / 750M
        assertThat(condition(l, "RD_BAND").name()).isEqualTo("近3年研发费用占销售收入比重");
        assertThat(l.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }
}
