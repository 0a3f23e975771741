package cn.yuanqu.enterprises.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The pre-screen rules of shared/domain/RULES.md, applied to one enterprise's own records. Pure: no
 * database, no clock. A fact the records do not hold is reported as missing, never assumed; a
 * program is INCOMPLETE only when the missing facts could still change the answer.
 */
public final class EligibilityRules {

    /** What the records say about one enterprise (amounts in yuan; null = no records). */
    public record Profile(
            boolean aboveScale,
            Set<String> validQualifications,
            int trailingMonths,
            BigDecimal trailingMainRevenue,
            Year current,
            Year previous,
            Year beforePrevious,
            FactsInput facts) {
    }

    /** The sums of one calendar year's monthly reports; {@code months} = 0 means none. */
    public record Year(int months, BigDecimal revenue, BigDecimal mainRevenue, BigDecimal rd, Integer employees) {
        static final Year NONE = new Year(0, null, null, null, null);

        boolean reported() {
            return months > 0 && revenue != null;
        }
    }

    private EligibilityRules() {
    }

    public static List<ProgramResult> evaluate(Profile p, Thresholds t) {
        return List.of(aboveScale(p, t), innovative(p, t), specialized(p, t), highTech(p, t));
    }

    static ProgramResult aboveScale(Profile p, Thresholds t) {
        List<Condition> c = new ArrayList<>();
        String required = "近12个月主营业务收入 ≥ " + wan(t.aboveScaleRevenue());
        BigDecimal sum = p.trailingMainRevenue() == null ? BigDecimal.ZERO : p.trailingMainRevenue();
        String actual = p.trailingMonths() + "个月 " + wan(sum);
        if (sum.compareTo(t.aboveScaleRevenue()) >= 0) {
            c.add(new Condition("TRAILING_REVENUE", "主营业务收入（滚动12个月）", Condition.PASS, actual, required, null));
        } else if (p.trailingMonths() < 12) {
            c.add(new Condition("TRAILING_REVENUE", "主营业务收入（滚动12个月）", Condition.MISSING, actual, required, null));
        } else {
            c.add(new Condition("TRAILING_REVENUE", "主营业务收入（滚动12个月）", Condition.FAIL, actual, required, null));
        }
        return result(Program.ABOVE_SCALE, p.aboveScale(), null, c);
    }

    static ProgramResult innovative(Profile p, Thresholds t) {
        FactsInput f = p.facts();
        Year y = p.current();
        List<Condition> c = new ArrayList<>();
        // 创新能力 40
        Scored ip = f.ipLevel() == null ? Scored.missing(20)
                : Scored.of(f.ipLevel().points(), f.ipLevel().name());
        c.add(ip.condition("IP", "与主导产品相关的知识产权", "Ⅰ类高价值20/自主Ⅰ类15/Ⅰ类10/Ⅱ类5"));
        BigDecimal rdRatio = ratio(y.rd(), y.revenue());
        Scored rd = rdRatio == null ? Scored.missing(20) : Scored.of(band(rdRatio, new double[] { 0.05, 0.03, 0.02, 0.01 },
                new int[] { 20, 15, 10, 5 }), pct(rdRatio));
        c.add(rd.condition("RD_RATIO", "研发费用占营业收入比重", "≥5%得20，3–5%得15，2–3%得10，1–2%得5"));
        // 成长性 30
        BigDecimal growth = growth(y.mainRevenue(), p.previous().mainRevenue());
        Scored g = growth == null ? Scored.missing(20) : Scored.of(growth.signum() < 0 ? 0
                : band(growth, new double[] { 0.15, 0.10, 0.05, 0.0 }, new int[] { 20, 15, 10, 5 }), pct(growth));
        c.add(g.condition("MAIN_GROWTH", "主营业务收入增长率", "≥15%得20，10–15%得15，5–10%得10，0–5%得5"));
        Scored debt = f.debtRatio() == null ? Scored.missing(10) : Scored.of(f.debtRatio().compareTo(new BigDecimal("0.55")) < 0 ? 10
                : f.debtRatio().compareTo(new BigDecimal("0.75")) <= 0 ? 5 : 0, pct(f.debtRatio()));
        c.add(debt.condition("DEBT_RATIO", "资产负债率", "<55%得10，55–75%得5"));
        // 专业化 30
        Scored sei = f.strategicEmerging() == null ? new Scored(5, 10, null)
                : Scored.of(f.strategicEmerging() ? 10 : 5, f.strategicEmerging() ? "是" : "否");
        c.add(sei.condition("STRATEGIC_EMERGING", "主导产品属于战略性新兴产业", "是得10，否得5"));
        BigDecimal share = ratio(y.mainRevenue(), y.revenue());
        Scored ms = share == null ? Scored.missing(20) : Scored.of(band(share, new double[] { 0.70, 0.60, 0.55, 0.50 },
                new int[] { 20, 15, 10, 5 }), pct(share));
        c.add(ms.condition("MAIN_SHARE", "主营业务收入占营业收入比重", "≥70%得20，60–70%得15，55–60%得10，50–55%得5"));

        int innovation = ip.min() + rd.min();
        int growthPts = g.min() + debt.min();
        int special = sei.min() + ms.min();
        int score = innovation + growthPts + special;
        boolean passesNow = score >= t.innovativePassScore() && innovation >= t.innovativeMinInnovation()
                && growthPts >= t.innovativeMinGrowth() && special >= t.innovativeMinSpecialization();
        boolean couldPass = ip.max() + rd.max() + g.max() + debt.max() + sei.max() + ms.max() >= t.innovativePassScore()
                && ip.max() + rd.max() >= t.innovativeMinInnovation() && g.max() + debt.max() >= t.innovativeMinGrowth()
                && sei.max() + ms.max() >= t.innovativeMinSpecialization();
        c.add(new Condition("SCORE", "评价得分（创新能力/成长性/专业化）",
                passesNow ? Condition.PASS : couldPass ? Condition.MISSING : Condition.FAIL,
                score + "（" + innovation + "/" + growthPts + "/" + special + "）",
                "≥" + t.innovativePassScore() + "，且各项≥" + t.innovativeMinInnovation() + "/" + t.innovativeMinGrowth() + "/"
                        + t.innovativeMinSpecialization(), score));
        // 直通条件
        boolean highTech = p.validQualifications().contains("HIGH_TECH");
        boolean direct = highTech || Boolean.TRUE.equals(f.stAward3y()) || Boolean.TRUE.equals(f.provincialRdInstitution())
                || f.newEquity3y() != null && f.newEquity3y().compareTo(t.innovativeDirectEquity()) >= 0;
        if (direct) {
            String why = highTech ? "有效高新技术企业" : Boolean.TRUE.equals(f.stAward3y()) ? "近3年获科技奖励"
                    : Boolean.TRUE.equals(f.provincialRdInstitution()) ? "省级以上研发机构" : "近3年新增股权融资 " + wan(f.newEquity3y());
            c.add(new Condition("DIRECT_ROUTE", "直通条件", Condition.PASS, why, "满足其一可直接认定", null));
        }
        Outcome outcome = p.validQualifications().contains("INNOVATIVE_SME") ? Outcome.ALREADY
                : direct || passesNow ? Outcome.ELIGIBLE : couldPass ? Outcome.INCOMPLETE : Outcome.NOT_ELIGIBLE;
        return new ProgramResult(Program.INNOVATIVE_SME, Program.INNOVATIVE_SME.label(), outcome, score,
                c, missing(c));
    }

    static ProgramResult specialized(Profile p, Thresholds t) {
        FactsInput f = p.facts();
        Year y = p.current();
        List<Condition> c = new ArrayList<>();
        c.add(f.nicheYears() == null ? missing("NICHE_YEARS", "从事细分市场年限", "≥" + t.specializedMinNicheYears() + "年")
                : check("NICHE_YEARS", "从事细分市场年限", f.nicheYears() >= t.specializedMinNicheYears(), f.nicheYears() + "年",
                        "≥" + t.specializedMinNicheYears() + "年"));
        if (!y.reported() || y.rd() == null) {
            c.add(missing("RD_AMOUNT", "上年研发费用", "≥" + wan(t.specializedMinRd())));
            c.add(missing("RD_RATIO", "研发费用占营业收入比重", "≥" + pct(t.specializedMinRdRatio())));
        } else {
            c.add(check("RD_AMOUNT", "上年研发费用", y.rd().compareTo(t.specializedMinRd()) >= 0, wan(y.rd()),
                    "≥" + wan(t.specializedMinRd())));
            BigDecimal r = ratio(y.rd(), y.revenue());
            c.add(r == null ? missing("RD_RATIO", "研发费用占营业收入比重", "≥" + pct(t.specializedMinRdRatio()))
                    : check("RD_RATIO", "研发费用占营业收入比重", r.compareTo(t.specializedMinRdRatio()) >= 0, pct(r),
                            "≥" + pct(t.specializedMinRdRatio())));
        }
        String required = "营业收入≥" + wan(t.specializedMinRevenue()) + "，或近2年新增股权融资≥" + wan(t.specializedAltEquity());
        if (y.reported() && y.revenue().compareTo(t.specializedMinRevenue()) >= 0) {
            c.add(check("REVENUE_OR_EQUITY", "营业收入或股权融资", true, "营业收入" + wan(y.revenue()), required));
        } else if (f.newEquity2y() != null && f.newEquity2y().compareTo(t.specializedAltEquity()) >= 0) {
            c.add(check("REVENUE_OR_EQUITY", "营业收入或股权融资", true, "股权融资" + wan(f.newEquity2y()), required));
        } else if (!y.reported() || f.newEquity2y() == null) {
            c.add(new Condition("REVENUE_OR_EQUITY", "营业收入或股权融资", Condition.MISSING,
                    y.reported() ? "营业收入" + wan(y.revenue()) : null, required, null));
        } else {
            c.add(check("REVENUE_OR_EQUITY", "营业收入或股权融资", false, "营业收入" + wan(y.revenue()) + "，股权融资"
                    + wan(f.newEquity2y()), required));
        }
        return result(Program.SPECIALIZED_SME, p.validQualifications().contains("SPECIALIZED_SME"), null, c);
    }

    static ProgramResult highTech(Profile p, Thresholds t) {
        FactsInput f = p.facts();
        List<Condition> c = new ArrayList<>();
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal rd = BigDecimal.ZERO;
        int years = 0;
        for (Year y : List.of(p.current(), p.previous(), p.beforePrevious())) {
            if (y.reported() && y.rd() != null) {
                revenue = revenue.add(y.revenue());
                rd = rd.add(y.rd());
                years++;
            }
        }
        if (years == 0 || !p.current().reported()) {
            c.add(missing("RD_BAND", "近三年研发费用占销售收入比重", "按上年销售收入分档：≤5000万5%，5000万–2亿4%，>2亿3%"));
        } else {
            BigDecimal sales = p.current().revenue();
            BigDecimal need = sales.compareTo(t.highTechBandSmall()) <= 0 ? t.highTechRdRatioSmall()
                    : sales.compareTo(t.highTechBandLarge()) <= 0 ? t.highTechRdRatioMid() : t.highTechRdRatioLarge();
            BigDecimal r = ratio(rd, revenue);
            c.add(r == null ? missing("RD_BAND", "近三年研发费用占销售收入比重", "≥" + pct(need))
                    : check("RD_BAND", "近" + years + "年研发费用占销售收入比重", r.compareTo(need) >= 0, pct(r),
                            "≥" + pct(need) + "（上年销售收入" + wan(sales) + "）"));
        }
        Integer staff = p.current().employees();
        if (f.stStaff() == null || staff == null || staff == 0) {
            c.add(missing("ST_STAFF", "科技人员占职工总数比例", "≥" + pct(t.highTechMinStStaff())));
        } else {
            BigDecimal share = BigDecimal.valueOf(f.stStaff()).divide(BigDecimal.valueOf(staff), 4, RoundingMode.HALF_UP);
            c.add(check("ST_STAFF", "科技人员占职工总数比例", share.compareTo(t.highTechMinStStaff()) >= 0, pct(share),
                    "≥" + pct(t.highTechMinStStaff())));
        }
        c.add(f.highTechProductShare() == null ? missing("PRODUCT_SHARE", "高新技术产品收入占比", "≥" + pct(t.highTechMinProductShare()))
                : check("PRODUCT_SHARE", "高新技术产品收入占比", f.highTechProductShare().compareTo(t.highTechMinProductShare()) >= 0,
                        pct(f.highTechProductShare()), "≥" + pct(t.highTechMinProductShare())));
        return result(Program.HIGH_TECH, p.validQualifications().contains("HIGH_TECH"), null, c);
    }

    private static ProgramResult result(Program program, boolean already, Integer score, List<Condition> c) {
        boolean fail = c.stream().anyMatch(x -> Condition.FAIL.equals(x.verdict()));
        boolean missing = c.stream().anyMatch(Condition::missing);
        Outcome outcome = already ? Outcome.ALREADY : fail ? Outcome.NOT_ELIGIBLE : missing ? Outcome.INCOMPLETE
                : Outcome.ELIGIBLE;
        return new ProgramResult(program, program.label(), outcome, score, c, missing(c));
    }

    private static List<String> missing(List<Condition> c) {
        return c.stream().filter(Condition::missing).map(Condition::name).toList();
    }

    /** A scored item: the points it surely gets and the most it could get once its data is known. */
    private record Scored(int min, int max, String actual) {
        static Scored of(int points, String actual) {
            return new Scored(points, points, actual);
        }

        static Scored missing(int max) {
            return new Scored(0, max, null);
        }

        Condition condition(String code, String name, String required) {
            boolean known = actual != null;
            return new Condition(code, name, known ? (min > 0 ? Condition.PASS : Condition.FAIL) : Condition.MISSING,
                    actual, required, known ? min : null);
        }
    }

    private static Condition check(String code, String name, boolean ok, String actual, String required) {
        return new Condition(code, name, ok ? Condition.PASS : Condition.FAIL, actual, required, null);
    }

    private static Condition missing(String code, String name, String required) {
        return new Condition(code, name, Condition.MISSING, null, required, null);
    }

    static int band(BigDecimal value, double[] floors, int[] points) {
        for (int i = 0; i < floors.length; i++) {
            if (value.compareTo(BigDecimal.valueOf(floors[i])) >= 0) {
                return points[i];
            }
        }
        return 0;
    }

    static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() <= 0) {
            return null;
        }
        return part.divide(whole, 4, RoundingMode.HALF_UP);
    }

    static BigDecimal growth(BigDecimal current, BigDecimal base) {
        if (current == null || base == null || base.signum() <= 0) {
            return null;
        }
        return current.subtract(base).divide(base, 4, RoundingMode.HALF_UP);
    }

    static String pct(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    static String wan(BigDecimal yuan) {
        return yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "万元";
    }
}
