package cn.yuanqu.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import cn.yuanqu.demo.DemoEnterprise.StatusEvent;

/**
 * The qualifications of 兴国经开区's demo enterprises, generated so that what the platform computes
 * from them matches the 2024 report (XINGGUO.md): in force on 2024-12-31 — 科技型中小企业 60,
 * 创新型中小企业 25, 专精特新中小企业 14, 高新技术企业 25 (10 of them awarded in 2024), 专精特新
 * “小巨人” 1, 潜在瞪羚 1 (旭航诚电子); awarded in 2024 — 市级工业设计中心 2, 企业技术中心 4
 * (百丈泉食品 省级), 省级绿色工厂 4 (兴氟化工 among them). Earlier awards that have expired by then
 * are generated too, so the counts depend on the validity rules, not on the number of rows.
 */
public final class DemoQualifications {

    static final String BAIZHANGQUAN = "江西百丈泉食品饮料有限公司";
    static final String XINGFU = "江西兴氟化工有限公司";

    private DemoQualifications() {
    }

    public static List<DemoQualification> xingguo() {
        List<DemoEnterprise> all = DemoZone.xingguo();
        List<DemoEnterprise> active = new ArrayList<>(all.stream().filter(DemoQualifications::stillActive).toList());
        Random random = new Random(DemoZone.SEED + 7);
        List<DemoQualification> out = new ArrayList<>();

        DemoEnterprise xuhangcheng = byName(all, "兴国县旭航诚电子有限公司");
        DemoEnterprise xingfu = byName(all, XINGFU);
        DemoEnterprise baizhangquan = byName(all, BAIZHANGQUAN);

        out.add(q(xingfu, "LITTLE_GIANT", "NATIONAL", LocalDate.of(2023, 7, 15), "第五批专精特新“小巨人”企业"));
        out.add(q(xuhangcheng, "POTENTIAL_GAZELLE", "PROVINCIAL", LocalDate.of(2024, 8, 8), "江西省潜在瞪羚企业"));

        // 科技型中小企业: registered every year; 60 in 2024, 20 only in 2023 (lapsed by the end of 2024)
        List<DemoEnterprise> tech = pick(active, 80, random, Set.of(), LocalDate.of(2023, 4, 1));
        for (int i = 0; i < 60; i++) {
            out.add(q(tech.get(i), "TECH_SME", "PROVINCIAL", day(2024, 3 + i % 8, 1 + i % 28), "科技型中小企业入库"));
        }
        for (int i = 60; i < 80; i++) {
            out.add(q(tech.get(i), "TECH_SME", "PROVINCIAL", day(2023, 4 + i % 6, 1 + i % 28), "科技型中小企业入库"));
        }

        // 高新技术企业: 15 awarded 2022–2023 and 10 in 2024 still in force; 6 from 2021 expired in 2024
        List<DemoEnterprise> highTech = pick(active, 31, random, Set.of(), LocalDate.of(2021, 2, 1));
        for (int i = 0; i < 31; i++) {
            LocalDate awarded = i < 10 ? day(2024, 10 + i % 3, 5 + i)
                    : i < 25 ? day(2022 + i % 2, 1 + i % 12, 10) : day(2021, 2 + i % 3, 15);
            out.add(q(highTech.get(i), "HIGH_TECH", "NATIONAL", awarded, "高新技术企业"));
        }

        // 创新型中小企业: 25 in force (2022-09 … 2024), 3 awarded 2021-06 expired in 2024
        List<DemoEnterprise> innovative = pick(active, 28, random, Set.of(), LocalDate.of(2021, 6, 1));
        for (int i = 0; i < 28; i++) {
            LocalDate awarded = i < 25 ? day(2022 + (i % 3), 9 + i % 4, 1 + i) : day(2021, 6, 1 + i);
            out.add(q(innovative.get(i), "INNOVATIVE_SME", "PROVINCIAL", awarded, "江西省创新型中小企业"));
        }

        // 专精特新中小企业 (provincial): 14 in force, 2 from 2020 expired in 2023
        List<DemoEnterprise> specialized = pick(active, 16, random, Set.of(xingfu.creditCode()), LocalDate.of(2020, 7, 1));
        for (int i = 0; i < 16; i++) {
            LocalDate awarded = i < 14 ? day(2022 + i % 3, 6 + i % 6, 10 + i) : day(2020, 7, 20 + i);
            out.add(q(specialized.get(i), "SPECIALIZED_SME", "PROVINCIAL", awarded, "江西省专精特新中小企业"));
        }

        // awarded in 2024: 2 municipal design centres, 4 technology centres (百丈泉 provincial), 4 green factories
        List<DemoEnterprise> centres = pick(active, 9, random, Set.of(baizhangquan.creditCode(), xingfu.creditCode()),
                LocalDate.of(2024, 6, 1));
        out.add(q(centres.get(0), "DESIGN_CENTER", "MUNICIPAL", LocalDate.of(2024, 9, 12), "赣州市工业设计中心"));
        out.add(q(centres.get(1), "DESIGN_CENTER", "MUNICIPAL", LocalDate.of(2024, 9, 12), "赣州市工业设计中心"));
        out.add(q(baizhangquan, "TECH_CENTER", "PROVINCIAL", LocalDate.of(2024, 11, 20), "江西省企业技术中心"));
        for (int i = 2; i < 5; i++) {
            out.add(q(centres.get(i), "TECH_CENTER", "MUNICIPAL", LocalDate.of(2024, 6, 18), "赣州市企业技术中心"));
        }
        out.add(q(xingfu, "GREEN_FACTORY", "PROVINCIAL", LocalDate.of(2024, 12, 6), "江西省绿色制造名单（绿色工厂）"));
        for (int i = 5; i < 8; i++) {
            out.add(q(centres.get(i), "GREEN_FACTORY", "PROVINCIAL", LocalDate.of(2024, 12, 6), "江西省绿色制造名单（绿色工厂）"));
        }
        return List.copyOf(out);
    }

    private static boolean stillActive(DemoEnterprise e) {
        return e.events().stream().noneMatch(ev -> ev instanceof StatusEvent s
                && (s.status().equals("EXITED") || s.status().equals("ZOMBIE") || s.status().equals("SUSPENDED")));
    }

    /** {@code n} distinct enterprises settled in the park by {@code settledBy}, chosen by the seeded random. */
    private static List<DemoEnterprise> pick(List<DemoEnterprise> from, int n, Random random, Set<String> exclude,
            LocalDate settledBy) {
        List<DemoEnterprise> pool = new ArrayList<>(from.stream()
                .filter(e -> !exclude.contains(e.creditCode()) && !e.settledOn().isAfter(settledBy)).toList());
        Collections.shuffle(pool, random);
        if (pool.size() < n) {
            throw new IllegalStateException("not enough demo enterprises for " + n + " awards");
        }
        return pool.subList(0, n);
    }

    private static DemoEnterprise byName(List<DemoEnterprise> all, String name) {
        return all.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static DemoQualification q(DemoEnterprise e, String type, String level, LocalDate awardedOn, String title) {
        return new DemoQualification(e.park(), e.creditCode(), type, level, awardedOn, title);
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, Math.min(day, 28));
    }
}
