package cn.yuanqu.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.yuanqu.demo.DemoEnterprise.StatusEvent;

/**
 * The safety side of 兴国 (XINGGUO.md), generated deterministically: inspections and the hazards they
 * found, each taken through the loop to 销号 on its own dates — so that 281 hazards are closed in 2024
 * (including the three raised by monitoring exceedances) and 43 安全生产指令书 are issued in January–May
 * 2022; the "拆牌、破网、清通道" campaign with 拆除防盗网 334 套 and 清通道 50余处 (50, recorded as approximate); 22 warning-education
 * sessions in 2024; drills; 186 responsibility letters for 2022 by the end of June; monitoring points
 * with a year of monthly samples and three exceedances.
 */
public final class DemoSafety {

    public record Inspection(String key, String type, String domain, String creditCode, LocalDate on, String inspectors,
            String result, String campaign) {
    }

    /** A hazard and its loop: rectified, reviewed (passed) and, for a major one, approved by a second officer. */
    public record Hazard(String inspection, String level, List<String> criteria, String category, String location,
            String description, LocalDate deadline, String responsible, String noticeType, String noticeNo,
            LocalDate rectifiedOn, LocalDate reviewedOn, LocalDate approvedOn) {
    }

    /** A counted result; {@code approximate} when the officer counted only roughly (清通道50余处: about 50). */
    public record Result(String item, String unit, int count, boolean approximate) {
    }

    public record Campaign(String name, String kind, LocalDate start, LocalDate end, String description, List<Result> results) {
    }

    public record Letter(String creditCode, int year, LocalDate signedOn, String signatory) {
    }

    public record Attendee(String creditCode, int people) {
    }

    public record Training(String kind, LocalDate heldOn, String title, String organiser, List<Attendee> attendees) {
    }

    public record Drill(String kind, LocalDate heldOn, String title, String creditCode, int participants) {
    }

    public record Point(String code, String name, String kind, String standard, String creditCode, String location,
            String responsible) {
    }

    /** A sample; when it exceeds, the hazard it raises is rectified and reviewed on the dates given. */
    public record Sample(String point, OffsetDateTime sampledAt, Map<String, BigDecimal> measurements,
            LocalDate rectifiedOn, LocalDate reviewedOn) {
    }

    static final String CAMPAIGN_2024 = "“拆牌、破网、清通道”专项行动";
    static final String CAMPAIGN_2022 = "安全生产大排查大整治";
    static final int CLOSED_2024 = 281;
    static final int DIRECTIVES_2022 = 43;
    static final int LETTERS_2022 = 186;
    static final int WARNING_EDUCATION_2024 = 22;

    private static final String[][] KINDS = {
        { "消防通道", "厂区消防通道堆放货物，通道宽度不足", "成品仓库东侧" },
        { "电气安全", "车间电气线路私拉乱接，未穿管保护", "二号车间" },
        { "消防设施", "灭火器压力不足或过期未更换", "一号车间" },
        { "安全出口", "安全出口上锁，疏散指示标志损坏", "员工宿舍楼" },
        { "特种设备", "叉车未按期检验，司机未持证", "装卸区" },
        { "危化品管理", "危险化学品未分类存放，无防泄漏措施", "原料仓库" },
        { "防护设施", "冲压设备安全防护装置缺失", "冲压车间" },
        { "劳动防护", "作业人员未佩戴防护用品", "喷涂车间" },
        { "粉尘防爆", "除尘设施积尘未及时清扫", "打磨车间" },
        { "有限空间", "有限空间未设置安全警示标志", "污水处理池" },
        { "用电安全", "配电箱无门无锁，接地不良", "配电房" },
        { "防盗网", "员工宿舍窗户安装固定式防盗网，影响逃生", "员工宿舍楼" },
    };
    private static final String[] OFFICERS = { "钟安、李平", "谢建国、钟安", "李平、曾繁华", "曾繁华、谢建国" };
    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "钟", "谢", "曾" };
    private static final String[] GIVEN = { "伟", "强", "军", "勇", "杰", "涛", "明", "华", "平", "斌" };

    private DemoSafety() {
    }

    /** Enterprises operating today (every safety record names one): no status change in their history. */
    static List<DemoEnterprise> operating() {
        return DemoZone.xingguo().stream().filter(e -> e.events().stream().noneMatch(ev -> ev instanceof StatusEvent)).toList();
    }

    private static List<DemoEnterprise> settledBy(LocalDate day) {
        return operating().stream().filter(e -> !e.settledOn().isAfter(day)).toList();
    }

    private static String code(String name) {
        return DemoZone.xingguo().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().creditCode();
    }

    public static List<Campaign> campaigns() {
        return List.of(
                new Campaign(CAMPAIGN_2022, "SWEEP", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 5, 31),
                        "全面排查企业安全生产隐患，集中整治一批突出问题", List.of()),
                new Campaign(CAMPAIGN_2024, "SPECIAL_ACTION", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30),
                        "拆除员工宿舍、厂房固定式防盗网和违规广告牌，清理疏散通道",
                        List.of(new Result("拆除防盗网", "套", 334, false), new Result("清理疏散通道", "处", 50, true))));
    }

    /** Inspections and hazards of January–May 2022 and of 2024. */
    public static List<Inspection> inspections() {
        List<Inspection> out = new ArrayList<>();
        generate(out, new ArrayList<>());
        return out;
    }

    public static List<Hazard> hazards() {
        List<Hazard> out = new ArrayList<>();
        generate(new ArrayList<>(), out);
        return out;
    }

    private static void generate(List<Inspection> inspections, List<Hazard> hazards) {
        // January–May 2022: 96 hazards, 43 of them under a 安全生产指令书, all closed by July
        Random r22 = new Random(DemoZone.SEED + 61);
        int directives = 0;
        int rectifications = 0;
        int n = 0;
        LocalDate day = LocalDate.of(2022, 1, 6);
        while (n < 96) {
            List<DemoEnterprise> candidates = settledBy(day);
            DemoEnterprise e = candidates.get(r22.nextInt(candidates.size()));
            boolean sweep = !day.isBefore(LocalDate.of(2022, 3, 1));
            String key = "2022-" + inspections.size();
            int found = Math.min(96 - n, 1 + r22.nextInt(4));
            inspections.add(new Inspection(key, sweep ? "SPECIAL_REMEDIATION" : "DAILY", "WORK_SAFETY", e.creditCode(), day,
                    OFFICERS[r22.nextInt(OFFICERS.length)], "发现隐患" + found + "条，已责令限期整改", sweep ? CAMPAIGN_2022 : null));
            for (int k = 0; k < found; k++, n++) {
                boolean directive = directives < DIRECTIVES_2022 && (n % 2 == 0 || 96 - n <= DIRECTIVES_2022 - directives);
                String noticeType = directive ? "SAFETY_DIRECTIVE" : "RECTIFICATION_NOTICE";
                String noticeNo = directive ? "兴经开安指〔2022〕" + (++directives) + "号" : "兴经开安整〔2022〕" + (++rectifications) + "号";
                hazards.add(general(r22, key, day, noticeType, noticeNo, null));
            }
            day = day.plusDays(3 + r22.nextInt(2));
            if (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(8 - day.getDayOfWeek().getValue());
            }
        }

        // 2024: 288 general hazards from inspections, 276 closed in the year and 12 found in late December closed in
        // January 2025; with the two major ones and the 3 raised by exceedances, 281 are closed in 2024
        Random r24 = new Random(DemoZone.SEED + 62);
        rectifications = 0;
        int supervision = 0;
        n = 0;
        day = LocalDate.of(2024, 1, 8);
        List<DemoEnterprise> all = operating();
        String[] types = { "DAILY", "DAILY", "DAILY", "DAILY", "NIGHT", "JOINT_ENFORCEMENT", "FOLLOW_UP", "THIRD_PARTY" };
        int index = 0;
        while (n < 288) {
            boolean late = n >= 276;
            if (late && day.isBefore(LocalDate.of(2024, 12, 16))) {
                day = LocalDate.of(2024, 12, 16);
            }
            List<DemoEnterprise> candidates = all.stream().filter(x -> !x.settledOn().isAfter(LocalDate.of(2024, 1, 1))
                    || x.name().startsWith("三一")).toList();
            DemoEnterprise e = candidates.get(r24.nextInt(candidates.size()));
            boolean campaign = !day.isBefore(LocalDate.of(2024, 4, 1)) && day.isBefore(LocalDate.of(2024, 7, 1)) && index % 2 == 0;
            String type = campaign ? "SPECIAL_REMEDIATION" : types[r24.nextInt(types.length)];
            String domain = "THIRD_PARTY".equals(type) ? "ENVIRONMENT" : "NIGHT".equals(type) ? "FIRE"
                    : r24.nextInt(5) == 0 ? "SPECIAL_EQUIPMENT" : "WORK_SAFETY";
            String key = "2024-" + index++;
            int found = index % 5 == 0 ? 0 : Math.min((late ? 288 : 276) - n, 1 + r24.nextInt(4));
            inspections.add(new Inspection(key, type, domain, e.creditCode(), day, OFFICERS[r24.nextInt(OFFICERS.length)],
                    found == 0 ? "未发现隐患" : "发现隐患" + found + "条，已下达整改通知", campaign ? CAMPAIGN_2024 : null));
            for (int k = 0; k < found; k++, n++) {
                boolean order = r24.nextInt(12) == 0;
                String noticeType = r24.nextInt(10) == 0 ? null : order ? "SUPERVISION_ORDER" : "RECTIFICATION_NOTICE";
                String noticeNo = noticeType == null ? null : order ? "兴经开安督〔2024〕" + (++supervision) + "号"
                        : "兴经开安整〔2024〕" + (++rectifications) + "号";
                hazards.add(general(r24, key, day, noticeType, noticeNo, late ? LocalDate.of(2025, 1, 10 + k) : null));
            }
            day = day.plusDays(late ? 1 : 2 + r24.nextInt(2));
        }
        // the two major hazards (重大事故隐患判定标准 2023), found in inspections of their own
        inspections.add(new Inspection("2024-major-1", "SPECIAL_REMEDIATION", "WORK_SAFETY", code("三一智能建造（兴国）有限公司"),
                LocalDate.of(2024, 5, 14), "钟安、李平", "发现重大事故隐患1条，挂牌督办", CAMPAIGN_2024));
        hazards.add(new Hazard("2024-major-1", "MAJOR", List.of("M2"), "特种作业", "钢筋加工车间",
                "焊工2名未取得特种作业操作证上岗作业", LocalDate.of(2024, 6, 14), "周建军", "SUPERVISION_ORDER",
                "兴经开安督〔2024〕" + (++supervision) + "号", LocalDate.of(2024, 6, 5), LocalDate.of(2024, 6, 8),
                LocalDate.of(2024, 6, 11)));
        inspections.add(new Inspection("2024-major-2", "JOINT_ENFORCEMENT", "WORK_SAFETY", code("江西百丈泉食品饮料有限公司"),
                LocalDate.of(2024, 8, 20), "谢建国、钟安", "发现重大事故隐患1条，挂牌督办", null));
        hazards.add(new Hazard("2024-major-2", "MAJOR", List.of("S-CONFINED-2"), "有限空间", "污水处理站调节池",
                "有限空间作业未执行“先通风、再检测、后作业”，现场无监护人员", LocalDate.of(2024, 9, 30), "曾宪文",
                "SUPERVISION_ORDER", "兴经开安督〔2024〕" + (++supervision) + "号", LocalDate.of(2024, 9, 12),
                LocalDate.of(2024, 9, 18), LocalDate.of(2024, 9, 20)));
    }

    /**
     * A general hazard found on {@code found}: deadline 7–30 days later, rectified before it, reviewed a few
     * days after; {@code closedOn} fixes the review day (for the late ones of 2024).
     */
    private static Hazard general(Random r, String inspection, LocalDate found, String noticeType, String noticeNo,
            LocalDate closedOn) {
        String[] kind = KINDS[r.nextInt(KINDS.length)];
        LocalDate deadline = found.plusDays(7 + r.nextInt(24));
        LocalDate rectified = closedOn != null ? closedOn.minusDays(1) : found.plusDays(1 + r.nextInt((int) (deadline.toEpochDay() - found.toEpochDay())));
        LocalDate reviewed = closedOn != null ? closedOn : rectified.plusDays(1 + r.nextInt(4));
        if (closedOn != null && deadline.isBefore(closedOn)) {
            deadline = closedOn.plusDays(5);
        }
        String person = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)];
        return new Hazard(inspection, "GENERAL", List.of(), kind[0], kind[2], kind[1], deadline, person, noticeType, noticeNo,
                rectified, reviewed, null);
    }

    /** 186 enterprises signed their 2022 letters by 30 June (171 by the end of May). */
    public static List<Letter> letters() {
        Random r = new Random(DemoZone.SEED + 63);
        List<DemoEnterprise> candidates = new ArrayList<>(settledBy(LocalDate.of(2021, 12, 31)));
        Collections.shuffle(candidates, r);
        List<Letter> out = new ArrayList<>();
        for (int i = 0; i < LETTERS_2022; i++) {
            DemoEnterprise e = candidates.get(i);
            LocalDate signed = i < 171 ? LocalDate.of(2022, 1 + i * 5 / 171, 10 + r.nextInt(15)) : LocalDate.of(2022, 6, 10 + r.nextInt(15));
            out.add(new Letter(e.creditCode(), 2022, signed, e.legalRepresentative()));
        }
        return out;
    }

    /** 22 warning-education sessions and 8 trainings in 2024, 4 trainings in January–May 2022. */
    public static List<Training> trainings() {
        Random r = new Random(DemoZone.SEED + 64);
        List<Training> out = new ArrayList<>();
        String[] themes = { "典型事故案例警示教育", "“安全生产月”警示教育", "消防安全警示教育", "有限空间作业事故警示教育",
            "粉尘涉爆事故警示教育", "危化品事故警示教育" };
        for (int i = 0; i < WARNING_EDUCATION_2024; i++) {
            LocalDate on = LocalDate.of(2024, 1 + i * 12 / WARNING_EDUCATION_2024, 5 + r.nextInt(20));
            out.add(new Training("WARNING_EDUCATION", on, themes[i % themes.length] + "（第" + (i + 1) + "期）", "园区安环部",
                    attendees(r, settledBy(on), 6 + r.nextInt(10))));
        }
        String[] courses = { "企业主要负责人安全生产培训", "安全管理人员继续教育", "特种作业人员培训", "新员工三级安全教育师资培训" };
        for (int i = 0; i < 8; i++) {
            LocalDate on = LocalDate.of(2024, 2 + i, 12 + r.nextInt(10));
            out.add(new Training("TRAINING", on, courses[i % courses.length], "县应急管理局", attendees(r, settledBy(on), 10 + r.nextInt(20))));
        }
        for (int i = 0; i < 4; i++) {
            LocalDate on = LocalDate.of(2022, 2 + i, 15 + r.nextInt(10));
            out.add(new Training(i % 2 == 0 ? "WARNING_EDUCATION" : "TRAINING", on, i % 2 == 0 ? "安全生产警示教育" : courses[i % courses.length],
                    "园区安环部", attendees(r, settledBy(on), 8 + r.nextInt(10))));
        }
        return out;
    }

    private static List<Attendee> attendees(Random r, List<DemoEnterprise> from, int count) {
        List<DemoEnterprise> pool = new ArrayList<>(from);
        Collections.shuffle(pool, r);
        return pool.subList(0, Math.min(count, pool.size())).stream().map(e -> new Attendee(e.creditCode(), 2 + r.nextInt(12))).toList();
    }

    /** 应急疏散演练全覆盖: a zone-wide drill and one at each of twelve enterprises in 2024. */
    public static List<Drill> drills() {
        Random r = new Random(DemoZone.SEED + 65);
        List<Drill> out = new ArrayList<>();
        out.add(new Drill("FIRE_EVACUATION", LocalDate.of(2024, 11, 9), "全园区消防应急疏散演练", null, 1260));
        List<DemoEnterprise> pool = new ArrayList<>(settledBy(LocalDate.of(2024, 1, 1)));
        Collections.shuffle(pool, r);
        String[] kinds = { "FIRE_EVACUATION", "FIRE_EVACUATION", "CHEMICAL_LEAK", "CONFINED_SPACE" };
        for (int i = 0; i < 12; i++) {
            String kind = kinds[i % kinds.length];
            out.add(new Drill(kind, LocalDate.of(2024, 1 + i, 15), switch (kind) {
                case "CHEMICAL_LEAK" -> "危化品泄漏应急演练";
                case "CONFINED_SPACE" -> "有限空间作业应急救援演练";
                default -> "消防应急疏散演练";
            }, pool.get(i).creditCode(), 40 + r.nextInt(200)));
        }
        return out;
    }

    public static List<Point> points() {
        return List.of(
                new Point("YS-01", "北区雨水总排口", "RAIN_OUTLET", "GB3838_IV", null, "经八路与纬三路交叉口", "刘志强"),
                new Point("YS-02", "南区雨水总排口", "RAIN_OUTLET", "GB3838_IV", null, "外环路南段", "刘志强"),
                new Point("WS-01", "园区污水处理厂出水口", "TREATMENT_PLANT", "GB8978_I", null, "园区污水处理厂", "陈国平"),
                new Point("DB-01", "平江园区下游断面", "SURFACE_WATER", "GB3838_IV", null, "平江大桥下游500米", "陈国平"),
                new Point("CJ-01", "兴氟化工车间排口", "WORKSHOP_OUTLET", "GB8978_I", code("江西兴氟化工有限公司"), "生产车间东侧", "曾宪文"),
                new Point("WS-02", "永华热转印污水排口", "SEWAGE_OUTLET", "GB8978_I", code("兴国永华热转印有限公司"), "厂区西南角", "黄志明"),
                new Point("WS-03", "百丈泉污水排口", "SEWAGE_OUTLET", "GB8978_I", code("江西百丈泉食品饮料有限公司"), "污水处理站出口", "曾宪文"),
                new Point("CJ-02", "旭航诚电子车间排口", "WORKSHOP_OUTLET", "GB8978_I", DemoZone.XUHANGCHENG_CREDIT_CODE, "电镀线出口", "王伟"));
    }

    /** A sample of each point on the 10th of every month of 2024; three exceed and are rectified. */
    public static List<Sample> samples() {
        Random r = new Random(DemoZone.SEED + 66);
        List<Sample> out = new ArrayList<>();
        for (Point p : points()) {
            boolean discharge = !p.standard().startsWith("GB3838");
            for (int month = 1; month <= 12; month++) {
                Map<String, BigDecimal> m = new LinkedHashMap<>();
                m.put("PH", dec(6.6 + r.nextDouble() * 1.2, 1));
                m.put("COD", dec((discharge ? 100 : 30) * (0.3 + r.nextDouble() * 0.5), 1));
                m.put("NH3N", dec((discharge ? 15 : 1.5) * (0.2 + r.nextDouble() * 0.5), 2));
                if (!discharge) {
                    m.put("TP", dec(0.3 * (0.2 + r.nextDouble() * 0.5), 3));
                }
                if (p.kind().equals("WORKSHOP_OUTLET")) {
                    m.put("CU", dec(0.5 * (0.1 + r.nextDouble() * 0.5), 3));
                    m.put("NI", dec(1.0 * (0.1 + r.nextDouble() * 0.5), 3));
                    m.put("CR6", dec(0.5 * (0.05 + r.nextDouble() * 0.4), 3));
                }
                LocalDate rectified = null;
                LocalDate reviewed = null;
                if (p.code().equals("WS-02") && month == 5) {
                    m.put("COD", new BigDecimal("156"));
                    rectified = LocalDate.of(2024, 5, 20);
                    reviewed = LocalDate.of(2024, 5, 24);
                } else if (p.code().equals("YS-02") && month == 7) {
                    m.put("NH3N", new BigDecimal("2.31"));
                    rectified = LocalDate.of(2024, 7, 19);
                    reviewed = LocalDate.of(2024, 7, 23);
                } else if (p.code().equals("CJ-02") && month == 9) {
                    m.put("NI", new BigDecimal("1.62"));
                    rectified = LocalDate.of(2024, 9, 21);
                    reviewed = LocalDate.of(2024, 9, 24);
                }
                out.add(new Sample(p.code(), OffsetDateTime.of(2024, month, 10, 9, 30, 0, 0, ZoneOffset.ofHours(8)), m,
                        rectified, reviewed));
            }
        }
        return out;
    }

    private static BigDecimal dec(double v, int scale) {
        return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
    }
}
