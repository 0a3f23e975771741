package cn.yuanqu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The project side of 兴国经开区 (shared/demo/XINGGUO.md): promotion trips and receptions, the leads and
 * the projects they became, the joint reviews, and the infrastructure projects with their progress
 * reports. Named projects come from the reports; activities are generated with a fixed seed. The
 * figures endpoint computes the reports' numbers from these records:
 * <ul>
 * <li>2024: 外出招商27次, 接待客商127次; 三一智能建造, 鸿佑科技, 海鑫威科技 signed; 株洲大川电子, 深圳悦茜电子,
 * 深圳捷益达电子, 广州清盛服装 in talks at the year's end; the SPCS project (县重中之重) started and completed
 * in 2024; 标准厂房19.8万平方米, 污水管网10.2公里, 平整土地1000余亩, 外环路2.5公里 built in 2024;</li>
 * <li>January–May 2022: 外出招商8次; 晶华显示 signed on 30 May (10亿元) and 鑫安正 (3亿元); 雨污分流改造(二期)
 * 3700万元 started in March 2022 at 32%, 经八路旁规划水系(一期) 4112万元 started April 2021 at 97%, 外环路路基
 * 约7000万元 started 2018 at 85% — as of the latest report in the period;</li>
 * <li>2023 and January–May 2021: fewer activities, the base of the 同比.</li>
 * </ul>
 */
public final class DemoProjects {

    static final long SEED = 20241231L;

    /** A promotion activity. */
    public record Activity(String kind, LocalDate startOn, LocalDate endOn, String title, String place, String people) {
    }

    /** A lead and what became of it: in talks, abandoned, or signed as {@code project}. */
    public record Lead(String company, String sourceRegion, String chain, String product, BigDecimal intended,
            String owner, LocalDate firstContact, LocalDate negotiatingOn, LocalDate abandonedOn, String abandonReason,
            Project project) {
    }

    /**
     * A project with the dates of its steps (null: not reached); {@code investor} is the name of a demo
     * enterprise. 联审通过 is given by a joint-review meeting on {@code approvedOn}.
     */
    public record Project(String name, String category, String investor, String chain, BigDecimal total,
            BigDecimal fixedAsset, BigDecimal landMu, String keyLevel, String leader, String content, LocalDate signedOn,
            LocalDate approvedOn, LocalDate landOn, LocalDate startedOn, LocalDate completedOn, LocalDate productionOn,
            List<Report> reports) {
    }

    /** A monthly progress report: cumulative figures. */
    public record Report(LocalDate date, BigDecimal investment, BigDecimal image, String milestone, BigDecimal pipeKm,
            BigDecimal roadKm, BigDecimal levelledMu, BigDecimal factoryM2) {
    }

    /** An issue raised in a weekly scheduling meeting, resolved on {@code resolvedOn} (or still open). */
    public record Issue(String project, LocalDate meetingOn, String category, String description, String unit,
            LocalDate deadline, LocalDate resolvedOn, String resolution) {
    }

    private static final String[] TRIP_PLACES = { "深圳", "东莞", "广州", "佛山", "厦门", "泉州", "上海", "苏州", "宁波", "杭州",
            "株洲", "长沙", "惠州", "中山" };
    private static final String[] REGIONS = { "粤港澳大湾区", "粤港澳大湾区", "海西经济区", "长三角", "长株潭" };

    private DemoProjects() {
    }

    /** 外出招商 and 接待客商: 2021-01…05, 2022-01…05, all of 2023 and 2024. */
    public static List<Activity> activities() {
        Random random = new Random(SEED);
        List<Activity> out = new ArrayList<>();
        spread(out, random, "TRIP", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 5, 31), 5);
        spread(out, random, "RECEPTION", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 5, 31), 20);
        spread(out, random, "TRIP", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 5, 31), 8);
        spread(out, random, "RECEPTION", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 5, 31), 35);
        spread(out, random, "TRIP", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), 21);
        spread(out, random, "RECEPTION", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), 98);
        spread(out, random, "TRIP", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 27);
        spread(out, random, "RECEPTION", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 127);
        return out;
    }

    private static void spread(List<Activity> out, Random random, String kind, LocalDate from, LocalDate to, int n) {
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        for (int i = 0; i < n; i++) {
            LocalDate start = from.plusDays(days * i / n + random.nextInt((int) Math.max(1, days / n)));
            String place = TRIP_PLACES[random.nextInt(TRIP_PLACES.length)];
            if (kind.equals("TRIP")) {
                LocalDate end = start.plusDays(1 + random.nextInt(3));
                out.add(new Activity(kind, start, end.isAfter(to) ? to : end,
                        "赴" + place + "（" + REGIONS[random.nextInt(REGIONS.length)] + "）开展产业链招商", place,
                        "管委会主要领导、招商局"));
            } else {
                out.add(new Activity(kind, start, start, "接待" + place + "客商考察园区", "兴国经开区", "招商局"));
            }
        }
    }

    /** The leads of the two reports and their projects. */
    public static List<Lead> leads() {
        List<Lead> out = new ArrayList<>();
        // 2022
        out.add(new Lead("深圳晶华显示电子股份有限公司", "深圳", "电子信息", "液晶显示模组", yuan("1000000000"), "曾伟",
                d(2022, 1, 12), d(2022, 3, 2), null, null, jinghua()));
        out.add(new Lead("深圳市鑫安正科技有限公司", "深圳", "电子信息", "智能终端", yuan("300000000"), "曾伟",
                d(2022, 1, 20), d(2022, 2, 18), null, null, xinanzheng()));
        out.add(new Lead("盛威集团", "泉州", "装备制造", "智能装备", yuan("500000000"), "李强",
                d(2022, 3, 20), d(2022, 4, 15), d(2023, 8, 10), "对方调整投资计划，原意向项目终止洽谈", null));
        out.add(new Lead("东莞康圣精密合金材料有限公司", "东莞", "新材料", "精密合金材料", yuan("200000000"), "李强",
                d(2022, 4, 26), null, d(2023, 3, 15), "对方投资计划调整", null));
        out.add(new Lead("东莞市良讯电子科技有限公司", "东莞", "电子信息", "电子元器件", yuan("150000000"), "曾伟",
                d(2022, 5, 18), null, d(2023, 6, 20), "选址他处", null));
        // 2024
        out.add(new Lead("三一智能建造", "长沙", "装备制造", "SPCS预制构件", yuan("500000000"), "刘明",
                d(2023, 10, 16), d(2023, 11, 20), null, null, sany()));
        out.add(new Lead("鸿佑科技", "深圳", "电子信息", "电子元件", yuan("300000000"), "曾伟",
                d(2024, 1, 22), d(2024, 3, 10), null, null, hongyou()));
        out.add(new Lead("海鑫威科技", "深圳", "电子信息", "线路板", yuan("200000000"), "曾伟",
                d(2024, 1, 8), d(2024, 2, 26), null, null, haixinwei()));
        out.add(new Lead("株洲大川电子", "株洲", "电子信息", "电子元器件", yuan("150000000"), "李强",
                d(2024, 5, 14), d(2024, 7, 2), null, null, null));
        out.add(new Lead("深圳悦茜电子", "深圳", "电子信息", "消费电子", yuan("120000000"), "曾伟",
                d(2024, 6, 3), d(2024, 8, 19), null, null, null));
        out.add(new Lead("深圳捷益达电子", "深圳", "电子信息", "电子线材", yuan("100000000"), "曾伟",
                d(2024, 7, 22), d(2024, 9, 10), null, null, null));
        out.add(new Lead("广州清盛服装", "广州", "纺织服装", "职业装", yuan("80000000"), "李强",
                d(2024, 8, 6), d(2024, 10, 15), null, null, null));
        return out;
    }

    private static Project sany() {
        List<Report> reports = new ArrayList<>();
        String[] milestones = { "场地平整、桩基施工", "主体钢结构吊装", "厂房主体封顶", "设备基础施工", "生产线设备安装",
                "配套工程施工", "设备调试", "竣工验收" };
        for (int m = 4; m <= 11; m++) {
            int i = m - 4;
            reports.add(new Report(d(2024, m, 1).withDayOfMonth(d(2024, m, 1).lengthOfMonth()),
                    yuan(String.valueOf(50_000_000L * (i + 1))), yuan(String.valueOf(Math.min(100, 13 * (i + 1)))),
                    milestones[i], null, null, null, null));
        }
        return new Project("兴国三一智能建造年产SPCS预制构件20万立方米项目", "INDUSTRIAL", "三一智能建造（兴国）有限公司", "装备制造",
                yuan("500000000"), yuan("400000000"), yuan("210"), "COUNTY_TOP", "刘明",
                "建设SPCS预制构件生产线，年产预制构件20万立方米", d(2024, 2, 26), d(2024, 3, 6), d(2024, 3, 20),
                d(2024, 4, 8), d(2024, 11, 26), d(2024, 12, 18), reports);
    }

    private static Project hongyou() {
        return new Project("鸿佑科技电子元件生产项目", "INDUSTRIAL", "江西鸿佑科技有限公司", "电子信息", yuan("300000000"),
                yuan("220000000"), yuan("80"), "MUNICIPAL", "钟建华", "建设电子元件生产线", d(2024, 5, 16), d(2024, 6, 5),
                d(2024, 7, 15), d(2024, 9, 2), null, null, List.of(
                        report(2024, 9, "15000000", "8", "基础施工"), report(2024, 10, "42000000", "20", "主体施工"),
                        report(2024, 11, "70000000", "32", "主体施工"), report(2024, 12, "96000000", "45", "厂房封顶")));
    }

    private static Project haixinwei() {
        return new Project("海鑫威科技线路板生产项目", "INDUSTRIAL", "江西海鑫威科技有限公司", "电子信息", yuan("200000000"),
                yuan("150000000"), null, null, "钟建华", "租赁标准厂房建设线路板生产线", d(2024, 4, 12), d(2024, 5, 8),
                null, null, null, null, List.of());
    }

    private static Project jinghua() {
        return new Project("深圳晶华显示电子液晶显示模组项目", "INDUSTRIAL", "江西晶华显示科技有限公司", "电子信息",
                yuan("1000000000"), yuan("700000000"), yuan("150"), "MUNICIPAL", "刘明", "建设液晶显示模组生产基地",
                d(2022, 5, 30), null, null, null, null, null, List.of());
    }

    private static Project xinanzheng() {
        return new Project("深圳市鑫安正科技智能终端项目", "INDUSTRIAL", "兴国鑫安正科技有限公司", "电子信息", yuan("300000000"),
                yuan("200000000"), yuan("60"), null, "钟建华", "建设智能终端生产线", d(2022, 3, 15), null, null, null, null,
                null, List.of());
    }

    /** Infrastructure and standard factories (立项 → 开工 → 竣工 → 交付使用) with their progress reports. */
    public static List<Project> publicWorks() {
        List<Project> out = new ArrayList<>();
        // January–May 2022
        out.add(new Project("老园区城市污水管网雨污分流改造（二期）工程", "INFRASTRUCTURE", null, null, yuan("37000000"), null,
                null, null, "钟建华", "老园区雨污分流管网改造", d(2022, 1, 18), null, null, d(2022, 3, 8), d(2022, 9, 28), null,
                List.of(report(2022, 3, "2960000", "8", "管网开挖"), report(2022, 4, "7400000", "20", "管道铺设"),
                        report(2022, 5, "11840000", "32", "管道铺设"), report(2022, 8, "33300000", "90", "路面恢复"),
                        report(2022, 9, "37000000", "100", "完工"))));
        out.add(new Project("南区经八路旁规划水系建设工程（一期）", "INFRASTRUCTURE", null, null, yuan("41120000"), null, null,
                null, "刘明", "南区规划水系（一期）", d(2021, 2, 20), null, null, d(2021, 4, 12), d(2022, 8, 30), null,
                List.of(report(2021, 12, "32896000", "80", "河道开挖、驳岸施工"),
                        report(2022, 5, "39886400", "97", "绿化及收尾"), report(2022, 8, "41120000", "100", "完工"))));
        out.add(new Project("南区外环路（经八路-纬一路段）路基工程", "INFRASTRUCTURE", null, null, yuan("70000000"), null, null,
                null, "刘明", "外环路路基", d(2018, 3, 1), null, null, d(2018, 5, 10), d(2023, 6, 28), null,
                List.of(report(2021, 12, "56000000", "80", "路基填筑"), report(2022, 5, "59500000", "85", "路基填筑"),
                        report(2023, 6, "70000000", "100", "完工"))));
        // 2024
        List<Report> factory = new ArrayList<>();
        List<Report> sewer = new ArrayList<>();
        List<Report> levelling = new ArrayList<>();
        List<Report> road = new ArrayList<>();
        for (int m = 4; m <= 12; m++) {
            int i = m - 3; // 1…9
            factory.add(new Report(end(2024, m), yuan(String.valueOf(46_000_000L * i)), yuan(String.valueOf(11 * i)),
                    "厂房主体施工", null, null, null, yuan(String.valueOf(22_000L * i))));
            sewer.add(new Report(end(2024, m), yuan(String.valueOf(4_000_000L * i)), yuan(String.valueOf(11 * i)),
                    "管网铺设", new BigDecimal("10.2").multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(9), 1,
                            java.math.RoundingMode.DOWN), null, null, null));
            levelling.add(new Report(end(2024, m), yuan(String.valueOf(5_500_000L * i)), yuan(String.valueOf(11 * i)),
                    "土方平整", null, null, BigDecimal.valueOf(1006L * i / 9), null));
            road.add(new Report(end(2024, m), yuan(String.valueOf(8_000_000L * i)), yuan(String.valueOf(11 * i)),
                    "路基路面施工", null, new BigDecimal("2.5").multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(9), 1,
                            java.math.RoundingMode.DOWN), null, null));
        }
        fix(sewer, "10.2", null, null, null);
        fix(levelling, null, null, "1006", null);
        fix(road, null, "2.5", null, null);
        out.add(new Project("兴国县智造产业园标准厂房", "STANDARD_FACTORY", null, null, yuan("420000000"), null, yuan("300"), null,
                "钟建华", "新建标准厂房19.8万平方米", d(2023, 12, 15), null, null, d(2024, 3, 5), null, null, factory));
        out.add(new Project("红门片区污水管网提升改造工程", "INFRASTRUCTURE", null, null, yuan("38000000"), null, null, null,
                "钟建华", "污水管网提升改造10.2公里", d(2024, 2, 1), null, null, d(2024, 3, 18), null, null, sewer));
        out.add(new Project("南区地块平整工程", "INFRASTRUCTURE", null, null, yuan("52000000"), null, yuan("1006"), null,
                "刘明", "南区地块平整1000余亩", d(2024, 1, 10), null, null, d(2024, 2, 26), null, null, levelling));
        out.add(new Project("外环路路网建设工程", "INFRASTRUCTURE", null, null, yuan("75000000"), null, null, null, "刘明",
                "修建外环路路网2.5公里", d(2024, 3, 1), null, null, d(2024, 4, 15), null, null, road));
        return out;
    }

    /** Weekly scheduling meetings of 2024 and the issues they raised. */
    public static List<Issue> issues() {
        return List.of(
                new Issue("兴国三一智能建造年产SPCS预制构件20万立方米项目", d(2024, 4, 15), "UTILITIES", "施工用电负荷不足",
                        "县供电公司", d(2024, 4, 30), d(2024, 4, 26), "新增临时变压器一台"),
                new Issue("兴国三一智能建造年产SPCS预制构件20万立方米项目", d(2024, 6, 17), "PERMITS", "施工许可证办理",
                        "县住建局", d(2024, 6, 28), d(2024, 6, 24), "容缺办理，施工许可证已核发"),
                new Issue("红门片区污水管网提升改造工程", d(2024, 5, 20), "RELOCATION", "沿线3户临时占地协调", "红门片区征迁组",
                        d(2024, 6, 15), d(2024, 6, 12), "与农户签订临时占地协议"),
                new Issue("鸿佑科技电子元件生产项目", d(2024, 9, 9), "UTILITIES", "天然气管道接入", "县燃气公司",
                        d(2024, 10, 31), d(2024, 10, 25), "燃气管道已接通"),
                new Issue("外环路路网建设工程", d(2024, 11, 18), "FUNDING", "专项债资金拨付进度", "县财政局",
                        d(2024, 12, 20), null, null));
    }

    private static void fix(List<Report> reports, String pipe, String road, String mu, String m2) {
        Report last = reports.remove(reports.size() - 1);
        reports.add(new Report(last.date(), last.investment(), yuan("100"), last.milestone(),
                pipe == null ? last.pipeKm() : yuan(pipe), road == null ? last.roadKm() : yuan(road),
                mu == null ? last.levelledMu() : yuan(mu), m2 == null ? last.factoryM2() : yuan(m2)));
    }

    private static Report report(int year, int month, String investment, String image, String milestone) {
        return new Report(end(year, month), yuan(investment), yuan(image), milestone, null, null, null, null);
    }

    private static LocalDate end(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return first.withDayOfMonth(first.lengthOfMonth());
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static BigDecimal yuan(String s) {
        return new BigDecimal(s);
    }
}
