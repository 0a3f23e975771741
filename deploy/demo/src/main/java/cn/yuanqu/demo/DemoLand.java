package cn.yuanqu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The land side of 兴国 (XINGGUO.md), generated deterministically. January–May 2022: 110 parcels brought
 * into the check and disposal (cases opened), among them the three suspected idle under investigation at
 * the end of May (威保运动, 满都针织, 远山农业), two decided for recovery without compensation (荣发门业,
 * 久容卫浴二期) and five inefficient ones ordered to start by a deadline (正安拨叉, 威斯嘉服饰, 康伟手袋,
 * 目田电子, 鸿潮服饰); 鸿鑫光学 and 豆豆科技 cleared out of the standard factories (6 200 m²); by the end of June
 * 履约保证金 203.2万, rent 193.4万 and property fee 172.9万 collected. 2024: 2 724 亩 of idle and inefficient
 * land disposed (2720余亩) and 168 100 m² of factories cleared (16.81万平方米).
 */
public final class DemoLand {

    /** A parcel and the case taken on it, step by step (a null date: the case has not got there). */
    public record Case(String code, String holderName, String holderCredit, String parcelStatus, LocalDate statusSince,
            BigDecimal areaMu, LocalDate agreedStart, LocalDate started, String kind, LocalDate opened, LocalDate determined,
            LocalDate notified, LocalDate decided, String method, LocalDate executing, LocalDate disposed) {
    }

    public record Unit(String building, String code, BigDecimal areaM2) {
    }

    /** A lease of one unit; ended (清退/腾退) when {@code endedOn} is set. */
    public record Lease(String contractNo, String tenantCredit, String unit, LocalDate start, LocalDate end, BigDecimal rent,
            BigDecimal fee, BigDecimal deposit, LocalDate endedOn, String endKind, String reason) {
    }

    /** A payment against a due of a lease (period null for the deposit). */
    public record Payment(String contractNo, String kind, String period, BigDecimal amount, LocalDate paidOn, String receiptNo) {
    }

    static final int OPENED_2022 = 110;
    static final BigDecimal DISPOSED_2024_MU = new BigDecimal("2724");
    static final BigDecimal CLEARED_2024_M2 = new BigDecimal("168100");
    static final BigDecimal DEPOSITS_2022 = new BigDecimal("2032000");
    static final BigDecimal RENT_2022 = new BigDecimal("1934000");
    static final BigDecimal FEES_2022 = new BigDecimal("1729000");

    private static final String[] LATER = { "RENOVATION", "CAPACITY_EXPANSION", "REPLACEMENT", "AGREED_TRANSFER", "MERGER",
        "LEASE_THEN_TRANSFER", "JUDICIAL_AUCTION", "AGREED_RECOVERY" };

    private DemoLand() {
    }

    private static DemoEnterprise named(String name) {
        return DemoZone.xingguo().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static BigDecimal mu(int v) {
        return BigDecimal.valueOf(v);
    }

    public static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        // the named ones of the 2022 report
        out.add(idle("XG-2022-R01", "兴国荣发门业有限公司", 38, d(2019, 6, 1), d(2022, 1, 10), d(2022, 4, 20), d(2022, 6, 30)));
        out.add(idle("XG-2022-R02", "兴国久容卫浴有限公司", 52, d(2019, 9, 1), d(2022, 1, 20), d(2022, 4, 28), d(2022, 6, 30)));
        out.add(suspected("XG-2022-S01", "兴国威保运动用品有限公司", 45, d(2022, 3, 15)));
        out.add(suspected("XG-2022-S02", "兴国满都针织有限公司", 33, d(2022, 4, 12)));
        out.add(suspected("XG-2022-S03", "兴国远山农业开发有限公司", 60, d(2022, 5, 20)));
        String[] deadline = { "兴国正安拨叉有限公司", "兴国威斯嘉服饰有限公司", "兴国康伟手袋有限公司", "兴国目田电子有限公司", "兴国鸿潮服饰有限公司" };
        for (int i = 0; i < deadline.length; i++) {
            DemoEnterprise e = named(deadline[i]);
            out.add(new Case("XG-2022-D0" + (i + 1), e.name(), e.creditCode(), "BUILT", d(2020, 6, 30), mu(25 + 5 * i),
                    e.settledOn().plusMonths(3), e.settledOn().plusMonths(6), "INEFFICIENT", d(2022, 2, 8 + i), d(2022, 3, 10 + i),
                    d(2022, 3, 25 + i), d(2022, 4, 20 + i), "DEADLINE_START", d(2022, 5, 5 + i), d(2023, 5, 10 + i)));
        }
        // 100 generated inefficient parcels brought in January–May 2022: 40 disposed in 2024 (2 724 亩),
        // 30 disposed in 2023, 30 still being executed
        Random r = new Random(DemoZone.SEED + 71);
        List<DemoEnterprise> holders = new ArrayList<>(DemoSafety.operating().stream()
                .filter(e -> e.settledOn().isBefore(d(2020, 1, 1))).toList());
        Collections.shuffle(holders, r);
        int[] areas = new int[40];
        int sum = 0;
        for (int i = 0; i < 39; i++) {
            areas[i] = 40 + r.nextInt(60);
            sum += areas[i];
        }
        areas[39] = DISPOSED_2024_MU.intValue() - sum;
        for (int i = 0; i < 100; i++) {
            DemoEnterprise e = holders.get(i % holders.size());
            int area = i < 40 ? areas[i] : 15 + r.nextInt(80);
            LocalDate opened = d(2022, 1 + i / 20, 5 + i % 20);
            LocalDate disposed = i < 40 ? d(2024, 2 + i % 10, 10 + i % 15) : i < 70 ? d(2023, 10, 10 + i % 15) : null;
            out.add(new Case(String.format("XG-2022-%03d", i + 1), e.name(), e.creditCode(), "BUILT", d(2020, 12, 31), mu(area),
                    e.settledOn().plusMonths(3), e.settledOn().plusMonths(6), "INEFFICIENT", opened, d(2022, 6, 10 + i % 15),
                    d(2022, 7, 10 + i % 15), d(2023, 3, 10 + i % 15), LATER[r.nextInt(LATER.length)], d(2023, 4, 10 + i % 15),
                    disposed));
        }
        return out;
    }

    /** An idle parcel recovered without compensation: two full years idle when decided. */
    private static Case idle(String code, String name, int area, LocalDate agreedStart, LocalDate opened, LocalDate decided,
            LocalDate disposed) {
        DemoEnterprise e = named(name);
        return new Case(code, name, e.creditCode(), "SUPPLIED_UNBUILT", agreedStart.minusMonths(6), mu(area), agreedStart, null,
                "IDLE", opened, opened.plusDays(20), opened.plusDays(40), decided, "FREE_RECOVERY", decided.plusDays(10), disposed);
    }

    /** A parcel suspected idle, under investigation at the end of May 2022, then ordered to start. */
    private static Case suspected(String code, String name, int area, LocalDate opened) {
        DemoEnterprise e = named(name);
        return new Case(code, name, e.creditCode(), "SUPPLIED_UNBUILT", d(2020, 3, 1), mu(area), d(2020, 9, 1), null, "IDLE",
                opened, d(2022, 7, 15), d(2022, 8, 1), d(2022, 8, 20), "DEADLINE_START", d(2022, 9, 1), d(2023, 3, 1));
    }

    /** Factory units: each lease below lets one of them; six to a building. */
    public static List<Unit> units() {
        List<Unit> out = new ArrayList<>();
        List<Lease> leases = leases();
        for (int i = 0; i < leases.size(); i++) {
            out.add(new Unit("BZ-" + (1 + i / 6) + "#", "BZ-" + (1 + i / 6) + "#-" + (1 + i % 6), area(leases.get(i))));
        }
        return out;
    }

    private static final java.util.Map<String, BigDecimal> AREAS = new java.util.HashMap<>();

    private static BigDecimal area(Lease l) {
        return AREAS.get(l.contractNo());
    }

    public static synchronized List<Lease> leases() {
        List<Lease> out = new ArrayList<>();
        AREAS.clear();
        BigDecimal nine = new BigDecimal("9");
        BigDecimal fee = new BigDecimal("8.1");
        // cleared in 2022 (6 200 m²)
        add(out, new Lease("BZ-2019-011", named("兴国鸿鑫光学有限公司").creditCode(), null, d(2019, 5, 1), d(2024, 4, 30), nine, fee,
                new BigDecimal("94500"), d(2022, 4, 20), "CLEARED", "不达产，清退出标准厂房"), 3500);
        add(out, new Lease("BZ-2020-004", named("兴国豆豆科技有限公司").creditCode(), null, d(2020, 1, 1), d(2024, 12, 31), nine, fee,
                new BigDecimal("72900"), d(2022, 5, 10), "CLEARED", "不达产，清退出标准厂房"), 2700);
        Random r = new Random(DemoZone.SEED + 72);
        List<DemoEnterprise> tenants = new ArrayList<>(DemoSafety.operating().stream()
                .filter(e -> e.settledOn().isBefore(d(2021, 1, 1)) && e.aboveScaleSince() == null).toList());
        Collections.shuffle(tenants, r);
        int t = 0;
        // twelve tenants through 2022 (3 000 m² each)
        for (int i = 0; i < 12; i++) {
            add(out, new Lease(String.format("BZ-2021-%03d", i + 1), tenants.get(t++).creditCode(), null, d(2021, 7, 1),
                    d(2026, 6, 30), nine, fee, new BigDecimal("81000"), null, null, null), 3000);
        }
        // eight new in the first half of 2022, each with its 履约保证金 of 254 000 (203.2万 in all)
        for (int i = 0; i < 8; i++) {
            add(out, new Lease(String.format("BZ-2022-%03d", i + 1), tenants.get(t++).creditCode(), null, d(2022, 1 + i * 5 / 8, 15),
                    d(2027, 1 + i * 5 / 8, 14), nine, fee, new BigDecimal("254000"), null, null, null), 2000);
        }
        // thirty cleared or vacated in 2024: 168 100 m²
        int[] areas = new int[30];
        int sum = 0;
        for (int i = 0; i < 29; i++) {
            areas[i] = 3000 + 100 * r.nextInt(50);
            sum += areas[i];
        }
        areas[29] = CLEARED_2024_M2.intValue() - sum;
        for (int i = 0; i < 30; i++) {
            boolean cleared = i % 3 != 0;
            add(out, new Lease(String.format("BZ-2023-%03d", i + 1), tenants.get(t++ % tenants.size()).creditCode(), null,
                    d(2023, 1 + i % 6, 1), d(2028, 1 + i % 6, 1).minusDays(1), nine, fee, BigDecimal.ZERO,
                    d(2024, 1 + i % 12, 10 + i % 15), cleared ? "CLEARED" : "VACATED",
                    cleared ? "不达产，依合同清退" : "企业经营调整，主动腾退"), areas[i]);
        }
        return out;
    }

    private static void add(List<Lease> out, Lease l, int areaM2) {
        out.add(l);
        AREAS.put(l.contractNo(), BigDecimal.valueOf(areaM2));
    }

    /**
     * Payments of January–June 2022: the new leases' deposits on signing; rent and property fee of the
     * leases let in that half, month by month, until the half's totals (the last payment partial).
     */
    public static List<Payment> payments() {
        List<Payment> out = new ArrayList<>();
        List<Lease> leases = leases();
        int receipt = 0;
        for (Lease l : leases) {
            if (l.contractNo().startsWith("BZ-2022-")) {
                out.add(new Payment(l.contractNo(), "DEPOSIT", null, l.deposit(), l.start(), String.format("SJ2022-%04d", ++receipt)));
            }
        }
        BigDecimal rentLeft = RENT_2022;
        BigDecimal feeLeft = FEES_2022;
        for (int month = 1; month <= 6; month++) {
            for (Lease l : leases) {
                if (!l.contractNo().startsWith("BZ-2021-")) {
                    continue;
                }
                BigDecimal area = area(l);
                BigDecimal rent = l.rent().multiply(area).min(rentLeft);
                BigDecimal fee = l.fee().multiply(area).min(feeLeft);
                String period = String.format("2022-%02d", month);
                if (rent.signum() > 0) {
                    out.add(new Payment(l.contractNo(), "RENT", period, rent, d(2022, month, 10), String.format("SJ2022-%04d", ++receipt)));
                    rentLeft = rentLeft.subtract(rent);
                }
                if (fee.signum() > 0) {
                    out.add(new Payment(l.contractNo(), "PROPERTY_FEE", period, fee, d(2022, month, 10),
                            String.format("SJ2022-%04d", ++receipt)));
                    feeLeft = feeLeft.subtract(fee);
                }
            }
        }
        if (rentLeft.signum() > 0 || feeLeft.signum() > 0) {
            throw new IllegalStateException("the 2022 leases owe less than the report collected");
        }
        return out;
    }
}
