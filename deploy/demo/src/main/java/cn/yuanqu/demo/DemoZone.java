package cn.yuanqu.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import cn.yuanqu.demo.DemoEnterprise.Event;
import cn.yuanqu.demo.DemoEnterprise.ScaleEvent;
import cn.yuanqu.demo.DemoEnterprise.StatusEvent;
import cn.yuanqu.platform.creditcode.CreditCode;

/**
 * The demo zones, generated deterministically (fixed seed): 兴国经开区 ({@code xingguo}) with the
 * enterprises named in its work reports plus generated ones, and the small second zone {@code demo2}.
 * See {@code shared/demo/XINGGUO.md}: what the reports only count is filled with generated records so
 * that the platform's computed figures come out as the reports say — e.g. 11 enterprises entering
 * 规上 in January–May 2022 and 11 in 2024.
 */
public final class DemoZone {

    public static final String XINGGUO = "xingguo";
    public static final String DEMO2 = "demo2";

    /** The enterprise whose staff is the demo user {@code xg-ent-user} (its id is in the realm). */
    public static final String XUHANGCHENG_CREDIT_CODE = "91360732MA35XH8C2X";

    static final long SEED = 20240101L;
    static final int SMALL_ENTERPRISES = 84;
    static final String XINGGUO_REGION = "360732"; // 兴国县
    static final String DEMO2_REGION = "360781";
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    static final List<String> CHAINS = List.of("电子信息", "纺织服装", "新材料", "绿色食品", "装备制造");
    static final List<String> GRIDS = List.of("第一网格", "第二网格", "第三网格", "第四网格", "第五网格", "第六网格",
            "第七网格", "第八网格", "第九网格");
    static final List<String> CADRES = List.of("钟建华", "刘志强", "谢晓燕", "陈国平", "曾繁荣", "黄丽萍", "李远航",
            "邱文斌", "温晓东");
    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "林", "罗", "高", "钟", "曾", "谢", "邱", "温", "肖", "廖", "赖" };
    private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛",
            "明", "超", "秀英", "华", "平", "刚", "桂英", "建国", "志明", "晓东", "文斌", "海涛" };
    private static final String[] WORDS = { "金", "鑫", "华", "鸿", "瑞", "宏", "盛", "泰", "达", "源", "嘉", "恒", "昌",
            "隆", "信", "新", "宇", "晟", "润", "丰", "博", "锦", "诚", "航", "晶", "辉", "卓", "凯", "胜", "腾" };

    private DemoZone() {
    }

    /** All demo enterprises of both zones, in a stable order. */
    public static List<DemoEnterprise> enterprises() {
        List<DemoEnterprise> all = new ArrayList<>(xingguo());
        all.addAll(demo2());
        return all;
    }

    /** 兴国经开区: the named enterprises of the reports, then generated ones. */
    public static List<DemoEnterprise> xingguo() {
        Random random = new Random(SEED);
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        List<DemoEnterprise> list = new ArrayList<>();
        codes.add(XUHANGCHENG_CREDIT_CODE);

        // name, chain, industry, settled, events
        Object[][] named = {
            { "兴国县旭航诚电子有限公司", "电子信息", "电子元器件制造", d(2016, 5, 10), List.of(scale(2019, 12, 1)) },
            { "江西百丈泉食品饮料有限公司", "绿色食品", "饮料制造", d(2012, 3, 1), List.of(scale(2014, 12, 1)) },
            { "江西兴氟化工有限公司", "新材料", "氟化工", d(2013, 6, 18), List.of(scale(2015, 12, 1)) },
            { "兴国永华热转印有限公司", "纺织服装", "热转印材料", d(2015, 4, 2), List.of(scale(2018, 12, 1)) },
            { "兴国绿宝米业有限公司", "绿色食品", "粮食加工", d(2011, 9, 9), List.of(scale(2017, 12, 1)) },
            { "三一智能建造（兴国）有限公司", "装备制造", "预制构件（SPCS）制造", d(2024, 2, 20), List.of(scale(2024, 9, 30)) },
            { "江西鸿佑科技有限公司", "电子信息", "电子元件", d(2023, 11, 8), List.of(scale(2024, 11, 30)) },
            { "江西海鑫威科技有限公司", "电子信息", "线路板", d(2024, 4, 16), List.of() },
            { "江西晶华显示科技有限公司", "电子信息", "液晶显示模组", d(2022, 5, 30), List.of(scale(2023, 6, 30)) },
            { "兴国鑫安正科技有限公司", "电子信息", "智能终端", d(2022, 3, 12), List.of() },
            { "兴国威保运动用品有限公司", "纺织服装", "运动用品", d(2014, 8, 1),
                List.of(scale(2016, 12, 1), new ScaleEvent(false, LocalDate.of(2020, 12, 31), "营业收入低于2000万元退规"),
                        status("SUSPENDED", 2021, 3, 1, "订单不足停产")) },
            { "兴国满都针织有限公司", "纺织服装", "针织服装", d(2015, 10, 20), List.of(status("PARTIALLY_SUSPENDED", 2021, 7, 1, "半停产")) },
            { "兴国远山农业开发有限公司", "绿色食品", "农产品加工", d(2016, 2, 14), List.of() },
            { "兴国荣发门业有限公司", "装备制造", "门窗制造", d(2013, 1, 5), List.of(status("ZOMBIE", 2020, 6, 30, "长期停产，资不抵债")) },
            { "兴国久容卫浴有限公司", "装备制造", "卫浴洁具", d(2017, 7, 7), List.of(status("SUSPENDED", 2021, 1, 15, "二期项目停建")) },
            { "兴国正安拨叉有限公司", "装备制造", "汽车零部件", d(2018, 3, 3), List.of(scale(2022, 3, 31)) },
            { "兴国威斯嘉服饰有限公司", "纺织服装", "服装制造", d(2018, 5, 5), List.of() },
            { "兴国康伟手袋有限公司", "纺织服装", "箱包手袋", d(2018, 9, 1), List.of(scale(2022, 1, 31)) },
            { "兴国目田电子有限公司", "电子信息", "电子元器件", d(2019, 4, 1), List.of() },
            { "兴国鸿潮服饰有限公司", "纺织服装", "服装制造", d(2019, 6, 6), List.of() },
            { "兴国鸿鑫光学有限公司", "电子信息", "光学镜片", d(2017, 11, 11), List.of(status("EXITED", 2022, 4, 20, "不达产，清退出标准厂房")) },
            { "兴国豆豆科技有限公司", "电子信息", "智能硬件", d(2019, 12, 12), List.of(status("EXITED", 2022, 5, 10, "不达产，清退出标准厂房")) },
        };
        for (Object[] n : named) {
            String name = (String) n[0];
            String code = name.startsWith("兴国县旭航诚") ? XUHANGCHENG_CREDIT_CODE : newCode(random, XINGGUO_REGION, codes);
            names.add(name);
            @SuppressWarnings("unchecked")
            List<Event> events = (List<Event>) n[4];
            list.add(enterprise(random, XINGGUO, code, name, (String) n[2], (String) n[1], (LocalDate) n[3], events));
        }

        // Generated enterprises. Entry into 规上 is spread so that, with the named ones above,
        // exactly 11 enter in 2022-01…05 and exactly 11 in 2024 (XINGGUO.md).
        int generated = 118;
        int named2022 = 2; // 正安拨叉, 康伟手袋
        int named2024 = 2; // 三一智能建造, 鸿佑科技
        int want2022 = 11 - named2022;
        int want2024 = 11 - named2024;
        for (int i = 0; i < generated; i++) {
            String chain = CHAINS.get(random.nextInt(CHAINS.size()));
            String name = uniqueName(random, chain, names);
            String code = newCode(random, XINGGUO_REGION, codes);
            List<Event> events = new ArrayList<>();
            LocalDate settled;
            if (want2022 > 0 && i % 3 == 0) {
                settled = d(2016 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
                events.add(scale(2022, 1 + random.nextInt(5), 28));
                want2022--;
            } else if (want2024 > 0 && i % 3 == 1) {
                settled = d(2019 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28));
                events.add(scale(2024, 1 + random.nextInt(12), 28));
                want2024--;
            } else if (i % 3 == 2 || i < 60) {
                // above scale since before 2022, or entered between mid-2022 and 2023
                settled = d(2010 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28));
                if (random.nextInt(4) == 0) {
                    events.add(scale(2022 + random.nextInt(2), 6 + random.nextInt(7), 28));
                } else if (random.nextInt(3) > 0) {
                    // entered 规上 in a year after settling, before 2022
                    int year = settled.getYear() + 1 + random.nextInt(Math.max(1, 2021 - settled.getYear()));
                    events.add(scale(year, 12, 1));
                }
            } else {
                settled = d(2015 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
            }
            if (random.nextInt(20) == 0 && settled.isBefore(d(2021, 1, 1))) {
                events.add(status("SUSPENDED", 2021, 1 + random.nextInt(12), 15, "市场原因停产"));
            }
            events.sort(Comparator.comparing(Event::date));
            list.add(enterprise(random, XINGGUO, code, name, industryOf(chain, random), chain, settled, events));
        }

        // Small enterprises (小微, below scale, settled before 2022): with the ones above, the zone has the
        // 186 enterprises it signed safety responsibility letters with in 2022 (XINGGUO.md). Their own
        // random sequence, so the enterprises above stay as they were.
        Random small = new Random(SEED + 3);
        for (int i = 0; i < SMALL_ENTERPRISES; i++) {
            String chain = CHAINS.get(small.nextInt(CHAINS.size()));
            String name = uniqueName(small, chain, names);
            String code = newCode(small, XINGGUO_REGION, codes);
            LocalDate settled = d(2012 + small.nextInt(10), 1 + small.nextInt(12), 1 + small.nextInt(28));
            list.add(enterprise(small, XINGGUO, code, name, industryOf(chain, small), chain, settled, List.of()));
        }
        return List.copyOf(list);
    }

    /** The small second zone used to prove park isolation and to rank parks. */
    public static List<DemoEnterprise> demo2() {
        Random random = new Random(SEED + 2);
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        List<DemoEnterprise> list = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String chain = CHAINS.get(i % CHAINS.size());
            String name = uniqueName(random, chain, names).replace("兴国", "瑞金");
            List<Event> events = i % 2 == 0 ? List.of(scale(2020 + i % 5, 12, 1)) : List.of();
            list.add(enterprise(random, DEMO2, newCode(random, DEMO2_REGION, codes), name, industryOf(chain, random),
                    chain, d(2015 + i % 8, 1 + i, 1), events));
        }
        return List.copyOf(list);
    }

    private static DemoEnterprise enterprise(Random random, String park, String code, String name, String industry,
            String chain, LocalDate settled, List<Event> events) {
        String grid = GRIDS.get(random.nextInt(GRIDS.size()));
        String cadre = CADRES.get(random.nextInt(CADRES.size()));
        String legal = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        String address = (park.equals(XINGGUO) ? "江西省赣州市兴国县经济开发区" : "江西省赣州市瑞金市示范二区")
                + WORDS[random.nextInt(WORDS.length)] + "园路" + (1 + random.nextInt(200)) + "号";
        return new DemoEnterprise(park, code, name, legal, industry, chain, grid, cadre, address, settled,
                List.copyOf(events));
    }

    /** A valid, unused 统一社会信用代码: 9 (工商) 1 (企业) + region + organisation code + check. */
    static String newCode(Random random, String region, Set<String> used) {
        while (true) {
            StringBuilder org = new StringBuilder("MA3");
            for (int i = 0; i < 5; i++) {
                org.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String org8 = org.toString();
            char orgCheck = CreditCode.organisationCheckDigit(org8);
            if (ALPHABET.indexOf(orgCheck) < 0) {
                continue;
            }
            String code = CreditCode.withCheckCharacter("91" + region + org8 + orgCheck);
            if (used.add(code)) {
                return code;
            }
        }
    }

    private static String uniqueName(Random random, String chain, Set<String> names) {
        String[] suffixes = switch (chain) {
            case "电子信息" -> new String[] { "电子科技有限公司", "智能科技有限公司", "光电有限公司", "电子有限公司" };
            case "纺织服装" -> new String[] { "服饰有限公司", "针织有限公司", "制衣有限公司", "纺织有限公司" };
            case "新材料" -> new String[] { "新材料有限公司", "化工有限公司", "新材料科技有限公司" };
            case "绿色食品" -> new String[] { "食品有限公司", "农业开发有限公司", "生物科技有限公司" };
            default -> new String[] { "机械有限公司", "精密制造有限公司", "智能装备有限公司" };
        };
        String[] prefixes = { "兴国县", "江西", "兴国" };
        while (true) {
            String name = prefixes[random.nextInt(prefixes.length)] + WORDS[random.nextInt(WORDS.length)]
                    + WORDS[random.nextInt(WORDS.length)] + suffixes[random.nextInt(suffixes.length)];
            if (names.add(name)) {
                return name;
            }
        }
    }

    private static String industryOf(String chain, Random random) {
        String[] options = switch (chain) {
            case "电子信息" -> new String[] { "电子元器件制造", "线路板制造", "智能终端制造" };
            case "纺织服装" -> new String[] { "服装制造", "针织品制造", "纺织印染" };
            case "新材料" -> new String[] { "氟化工", "稀土新材料", "新型建材" };
            case "绿色食品" -> new String[] { "食品制造", "农副产品加工", "饮料制造" };
            default -> new String[] { "通用设备制造", "汽车零部件", "金属制品" };
        };
        return options[random.nextInt(options.length)];
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static ScaleEvent scale(int y, int m, int day) {
        return new ScaleEvent(true, d(y, m, day), y + "年" + m + "月入规");
    }

    private static StatusEvent status(String status, int y, int m, int day, String reason) {
        return new StatusEvent(status, d(y, m, day), reason);
    }
}
