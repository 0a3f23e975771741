package cn.yuanqu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import cn.yuanqu.demo.DemoEnterprise.StatusEvent;

/**
 * The enterprise-service side of 兴国经开区 (shared/demo/XINGGUO.md): requests (诉求) and the visits
 * that raised some of them, 帮代办 matters, 财园信贷通/财园通 loans with the two recovered
 * non-performing loans, and policy payouts. Generated with a fixed seed, so every run produces the
 * same records; the figures endpoint computes the report's numbers from them:
 * <ul>
 * <li>2024: 86 requests received (收集企业诉求80余件), 434 matters (帮代办430余件), 84 loans of
 * 327,000,000 yuan to 84 enterprises (3.27亿元，惠及80余家), 6,579,900 yuan recovered from 永华热转印
 * and 绿宝米业 (追偿657.99万元);</li>
 * <li>January–May 2022: 112 requests (协调解决问题112起), 33 财园通 loans of 130,500,000 yuan
 * (为33家企业发放13050万元);</li>
 * <li>2023: 64 requests and 66 loans of 284,000,000 yuan, the base of 2024's 同比.</li>
 * </ul>
 */
public final class DemoService {

    static final String YONGHUA = "兴国永华热转印有限公司";
    static final String LVBAO = "兴国绿宝米业有限公司";

    /** A request with its whole handling; {@code visitors} is set when a visit raised it. */
    public record Request(String creditCode, String category, String channel, String title, LocalDate submittedOn,
            String assignee, LocalDate acceptedOn, LocalDate deadline, LocalDate startedOn, LocalDate closedOn,
            String resolution, Integer satisfaction, LocalDate ratedOn, String visitors) {
    }

    /** A matter handled on an enterprise's behalf. */
    public record Matter(String creditCode, String applicant, String kind, String title, String handler,
            LocalDate receivedOn, LocalDate promisedOn, LocalDate closedOn, String result) {
    }

    /** A loan and how it ended: repaid, or non-performing with its recoveries. */
    public record Loan(String creditCode, String scheme, String bank, String contractNo, BigDecimal amount,
            LocalDate issuedOn, LocalDate dueOn, LocalDate repaidOn, LocalDate nonPerformingOn, List<Recovery> recoveries) {
    }

    /** An amount recovered on a non-performing loan. */
    public record Recovery(LocalDate on, BigDecimal amount, String note) {
    }

    /** A policy payout. */
    public record Payout(String creditCode, String policy, BigDecimal amount, LocalDate paidOn, String reference) {
    }

    private static final String[][] CATEGORIES = {
            { "LABOUR", "招聘普工{n}人，用工缺口较大", "协调人社局专场招聘会，已招到{n}人" },
            { "FINANCING", "申请流动资金贷款{n}00万元", "推荐财园信贷通，银行已放款" },
            { "UTILITIES", "厂区道路破损、雨季积水", "协调住建部门完成道路修复和排水改造" },
            { "UTILITIES", "申请用电增容至{n}00千伏安", "协调供电公司完成增容" },
            { "APPROVAL", "二期厂房规划许可办理", "全程代办，规划许可已核发" },
            { "POLICY", "申请兑现入规奖励和技改补贴", "政策资金已拨付到位" },
            { "LABOUR_DISPUTE", "员工工资纠纷调解", "联合劳动监察调解，双方达成协议" },
            { "OTHER", "员工子女入学", "协调教育局安排就近入学" },
            { "UTILITIES", "厂区网络光纤接入", "协调运营商完成光纤接入" },
            { "LABOUR", "技术工人培训", "对接职业技术学校开展订单式培训" } };
    private static final String[] CHANNELS = { "PHONE", "ONLINE", "HOTLINE", "MEETING", "PHONE", "ONLINE" };
    private static final String[] ASSIGNEES = { "钟建华", "刘志强", "谢晓燕", "陈国平", "曾繁荣", "黄丽萍" };
    private static final String[] HANDLERS = { "刘芳", "温晓东", "邱丽华", "赖志明", "肖文斌" };
    private static final String[][] KINDS = {
            { "CHANGE", "变更登记（法定代表人、经营范围）" }, { "CHANGE", "变更登记（注册资本）" },
            { "ESTABLISHMENT", "新设公司设立登记" }, { "CONSTRUCTION_PERMIT", "厂房施工许可" },
            { "PLANNING_PERMIT", "建设工程规划许可" }, { "TAX", "税务登记与发票申领" }, { "ENVIRONMENTAL", "环评批复办理" },
            { "FIRE", "消防验收" }, { "COMPLETION", "竣工验收备案" }, { "LAND", "不动产权证办理" }, { "OTHER", "社保开户" },
            { "TAX", "出口退税备案" } };
    private static final String[] BANKS = { "兴国农商银行", "赣州银行兴国支行", "中国银行兴国支行", "工商银行兴国支行",
            "建设银行兴国支行", "邮储银行兴国支行" };

    private DemoService() {
    }

    /** Requests of 2022-01…05, 2023 and 2024, in submission order. */
    public static List<Request> requests() {
        List<DemoEnterprise> all = DemoZone.xingguo();
        List<Request> out = new ArrayList<>();
        out.addAll(requests(all, new Random(DemoZone.SEED + 31), 112, LocalDate.of(2022, 1, 4), LocalDate.of(2022, 5, 31), 0, 0));
        out.addAll(requests(all, new Random(DemoZone.SEED + 32), 64, LocalDate.of(2023, 1, 3), LocalDate.of(2023, 12, 20), 0, 0));
        // 2024: 36 raised in visits, two still being handled at the year's end (closed in January 2025)
        out.addAll(requests(all, new Random(DemoZone.SEED + 33), 86, LocalDate.of(2024, 1, 3), LocalDate.of(2024, 12, 20), 36, 2));
        return out;
    }

    private static List<Request> requests(List<DemoEnterprise> all, Random random, int count, LocalDate first,
            LocalDate last, int viaVisits, int openAtEnd) {
        List<Request> out = new ArrayList<>();
        long span = last.toEpochDay() - first.toEpochDay();
        for (int i = 0; i < count; i++) {
            LocalDate submitted = first.plusDays(span * i / count + random.nextInt(3));
            DemoEnterprise e = operatingOn(all, random, submitted);
            String[] c = CATEGORIES[random.nextInt(CATEGORIES.length)];
            String n = Integer.toString(2 + random.nextInt(8));
            boolean visit = i % Math.max(1, count / Math.max(1, viaVisits)) == 0 && viaVisits > 0
                    && out.stream().filter(r -> r.visitors() != null).count() < viaVisits;
            String assignee = ASSIGNEES[random.nextInt(ASSIGNEES.length)];
            LocalDate accepted = submitted.plusDays(1 + random.nextInt(2));
            LocalDate deadline = accepted.plusDays(10 + random.nextInt(10));
            LocalDate started = accepted.plusDays(1 + random.nextInt(3));
            boolean open = i >= count - openAtEnd;
            LocalDate closed = open ? LocalDate.of(last.getYear() + 1, 1, 10 + i % 5)
                    : started.plusDays(1 + random.nextInt(deadline.toEpochDay() - started.toEpochDay() > 1
                            ? (int) (deadline.toEpochDay() - started.toEpochDay()) : 1));
            Integer satisfaction = i % 2 == 0 ? (random.nextInt(5) == 0 ? 4 : 5) : null;
            out.add(new Request(e.creditCode(), c[0], visit ? "VISIT" : CHANNELS[random.nextInt(CHANNELS.length)],
                    c[1].replace("{n}", n), submitted, assignee, accepted, deadline, started, closed,
                    c[2].replace("{n}", n), satisfaction, satisfaction == null ? null : closed.plusDays(2),
                    visit ? e.cadre() + "、" + assignee : null));
        }
        return out;
    }

    /** 帮代办 matters of 2024: 434 received, 431 closed within the year, three closed in January 2025. */
    public static List<Matter> matters() {
        List<DemoEnterprise> all = DemoZone.xingguo();
        Random random = new Random(DemoZone.SEED + 41);
        List<Matter> out = new ArrayList<>();
        LocalDate first = LocalDate.of(2024, 1, 2);
        int count = 434;
        for (int i = 0; i < count; i++) {
            LocalDate received = first.plusDays(355L * i / count);
            String[] k = KINDS[random.nextInt(KINDS.length)];
            boolean newCompany = k[0].equals("ESTABLISHMENT");
            DemoEnterprise e = newCompany ? null : operatingOn(all, random, received);
            int days = 1 + random.nextInt(12);
            LocalDate closed = i >= count - 3 ? LocalDate.of(2025, 1, 6 + i % 3) : received.plusDays(days);
            out.add(new Matter(e == null ? null : e.creditCode(), e == null ? "兴国县" + (i + 1) + "号新设企业（筹）" : null,
                    k[0], k[1], HANDLERS[random.nextInt(HANDLERS.length)], received, received.plusDays(15), closed,
                    "已办结，材料已交企业"));
        }
        return out;
    }

    /** Loans: 2021's non-performing 绿宝米业 loan, 33 of 2022-01…05, 66 of 2023 and 84 of 2024. */
    public static List<Loan> loans() {
        List<DemoEnterprise> all = DemoZone.xingguo();
        DemoEnterprise yonghua = byName(all, YONGHUA);
        DemoEnterprise lvbao = byName(all, LVBAO);
        List<Loan> out = new ArrayList<>();
        out.add(new Loan(lvbao.creditCode(), "CAIYUAN_XINDAITONG", BANKS[0], "XDT2021-0816", amount(3_000_000),
                LocalDate.of(2021, 8, 16), LocalDate.of(2022, 8, 15), null, LocalDate.of(2022, 10, 10),
                List.of(new Recovery(LocalDate.of(2024, 9, 12), new BigDecimal("2579900.00"), "法院强制执行回款"))));
        // 2022-01…05: 33 财园通 loans, 永华热转印's among them, 130,500,000 in all
        List<Loan> y2022 = batch(all, new Random(DemoZone.SEED + 51), "CAIYUANTONG", "CYT2022-", 32, 125_500_000L,
                LocalDate.of(2022, 1, 10), LocalDate.of(2022, 5, 28), Set.of(yonghua.creditCode(), lvbao.creditCode()));
        out.add(new Loan(yonghua.creditCode(), "CAIYUANTONG", BANKS[1], "CYT2022-Y01", amount(5_000_000),
                LocalDate.of(2022, 3, 10), LocalDate.of(2023, 3, 9), null, LocalDate.of(2023, 4, 20),
                List.of(new Recovery(LocalDate.of(2024, 5, 20), amount(2_000_000), "分期追偿"),
                        new Recovery(LocalDate.of(2024, 11, 15), amount(2_000_000), "分期追偿"))));
        out.addAll(y2022);
        out.addAll(batch(all, new Random(DemoZone.SEED + 52), "CAIYUAN_XINDAITONG", "XDT2023-", 66, 284_000_000L,
                LocalDate.of(2023, 1, 9), LocalDate.of(2023, 12, 15), Set.of(yonghua.creditCode(), lvbao.creditCode())));
        out.addAll(batch(all, new Random(DemoZone.SEED + 53), "CAIYUAN_XINDAITONG", "XDT2024-", 84, 327_000_000L,
                LocalDate.of(2024, 1, 8), LocalDate.of(2024, 12, 16), Set.of(yonghua.creditCode(), lvbao.creditCode())));
        return out;
    }

    /** {@code count} loans to distinct enterprises adding up to {@code total}, each repaid on its due date. */
    private static List<Loan> batch(List<DemoEnterprise> all, Random random, String scheme, String prefix, int count,
            long total, LocalDate first, LocalDate last, Set<String> excluded) {
        List<DemoEnterprise> pool = new ArrayList<>(all.stream()
                .filter(e -> !excluded.contains(e.creditCode()) && e.settledOn().isBefore(first) && operating(e, last))
                .sorted(Comparator.comparing(DemoEnterprise::creditCode)).toList());
        java.util.Collections.shuffle(pool, random);
        long step = 100_000L;
        long[] amounts = new long[count];
        long sum = 0;
        for (int i = 0; i < count; i++) {
            amounts[i] = 1_000_000L + step * random.nextInt(60);
            sum += amounts[i];
        }
        while (sum != total) {
            int i = random.nextInt(count);
            long change = sum < total ? step : -step;
            if (amounts[i] + change >= 500_000L && amounts[i] + change <= 10_000_000L) {
                amounts[i] += change;
                sum += change;
            }
        }
        List<Loan> out = new ArrayList<>();
        long span = last.toEpochDay() - first.toEpochDay();
        for (int i = 0; i < count; i++) {
            LocalDate issued = first.plusDays(span * i / count);
            LocalDate due = issued.plusYears(1).minusDays(1);
            out.add(new Loan(pool.get(i).creditCode(), scheme, BANKS[random.nextInt(BANKS.length)],
                    prefix + String.format("%03d", i + 1), amount(amounts[i]), issued, due, due, null, List.of()));
        }
        return out;
    }

    /** Payouts of 2024: 入规奖励 to the 11 enterprises newly above scale, 高企认定奖励 to the 10 new 高企. */
    public static List<Payout> payouts() {
        List<Payout> out = new ArrayList<>();
        int n = 1;
        for (DemoEnterprise e : DemoZone.xingguo()) {
            LocalDate since = e.aboveScaleSince();
            if (since != null && since.getYear() == 2024) {
                out.add(new Payout(e.creditCode(), "首次入规奖励", amount(100_000), LocalDate.of(2024, 12, 20),
                        String.format("DX2024-%03d", n++)));
            }
        }
        for (DemoQualification q : DemoQualifications.xingguo()) {
            if (q.type().equals("HIGH_TECH") && q.awardedOn().getYear() == 2024) {
                out.add(new Payout(q.creditCode(), "高新技术企业认定奖励", amount(200_000), LocalDate.of(2024, 12, 26),
                        String.format("DX2024-%03d", n++)));
            }
        }
        return out;
    }

    private static DemoEnterprise operatingOn(List<DemoEnterprise> all, Random random, LocalDate date) {
        List<DemoEnterprise> candidates = all.stream().filter(e -> e.settledOn().isBefore(date) && operating(e, date))
                .collect(Collectors.toList());
        return candidates.get(random.nextInt(candidates.size()));
    }

    /** Whether the enterprise has not exited (nor become a zombie) by {@code date}. */
    private static boolean operating(DemoEnterprise e, LocalDate date) {
        return e.events().stream().noneMatch(ev -> ev instanceof StatusEvent s && !s.date().isAfter(date)
                && (s.status().equals("EXITED") || s.status().equals("ZOMBIE")));
    }

    private static DemoEnterprise byName(List<DemoEnterprise> all, String name) {
        return all.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static BigDecimal amount(long yuan) {
        return BigDecimal.valueOf(yuan).setScale(2);
    }
}
