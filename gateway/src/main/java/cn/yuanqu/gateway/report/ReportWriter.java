package cn.yuanqu.gateway.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.yuanqu.gateway.dashboard.Figure;
import cn.yuanqu.gateway.dashboard.Highlight;
import cn.yuanqu.gateway.dashboard.HighlightItem;
import cn.yuanqu.gateway.dashboard.ParkFigures;

/**
 * Writes the sections of a work report from a park's figures, in the reports' own phrasing (shared/seeds):
 * "1-5月，园区实现营业收入13.88亿元，同比下降14.78%；…". Which figures each section states, in which order, is
 * the table below; a figure that is empty or zero is left out, as a report would; numbers are written by
 * {@link ChineseNumbers}. Pure: the figures come from the services, nothing here is looked up or typed in.
 */
public final class ReportWriter {

    /** The sections: key, title, the figure keys stated (a key ending in "." takes every key it starts), the named lists. */
    public enum Section {
        ECONOMY("economy", "一、经济运行", List.of(), List.of("economy.chains")),
        CULTIVATION("cultivation", "二、企业培育", List.of("enterprises.newAboveScale", "enterprises.aboveScale",
                "qualifications.valid.", "qualifications.awarded.", "cultivation.entered", "cultivation.achieved"),
                List.of("enterprises.newAboveScale", "qualifications.honours")),
        PROJECTS("projects", "三、项目建设", List.of("activities.trips", "activities.receptions", "projects.signed",
                "projects.signedInvestment", "leads.negotiating", "projects.started", "projects.startedInvestment",
                "projects.completed", "projects.investmentCompleted", "projects.factoryM2", "projects.pipeKm",
                "projects.levelledMu", "projects.roadKm", "projects.signedNotStarted"),
                List.of("projects.signed", "leads.negotiating", "projects.started", "projects.completed", "projects.publicWorks")),
        SAFETY("safety", "四、安全环保", List.of("inspections.total", "hazards.found", "hazards.closed",
                "hazards.rectificationRate", "hazards.major", "notices.directives", "letters.signed",
                "trainings.warningEducation", "drills.count", "samples.count", "samples.exceeded"),
                List.of("campaigns", "campaigns.results", "hazards.major")),
        LAND("land", "五、土地集约", List.of("cases.opened", "cases.disposed", "cases.disposedMu", "land.recoveredMu",
                "cases.revitalisedMu", "cases.clearedShare", "cases.clearedTarget", "factories.clearedM2",
                "factories.vacancyRate", "factories.depositCollected", "factories.rentCollected",
                "factories.propertyFeeCollected", "efficiency.gradeA", "efficiency.gradeD"),
                List.of("cases.investigating", "cases.decided", "factories.cleared")),
        SERVICE("service", "六、营商环境和企业服务", List.of("requests.received", "requests.closed", "requests.closeRate",
                "agency.received", "visits.count", "loans.issuedAmount", "loans.issuedEnterprises", "loans.recoveredAmount",
                "payouts.amount", "enterprises.grids"), List.of("loans.bySchemes", "loans.recoveries"));

        public final String key;
        public final String title;
        final List<String> figures;
        final List<String> highlights;

        Section(String key, String title, List<String> figures, List<String> highlights) {
            this.key = key;
            this.title = title;
            this.figures = figures;
            this.highlights = highlights;
        }
    }

    /** Counts a full-year report rounds to tens with 余 (ChineseNumbers). */
    static final Set<String> APPROXIMATE = Set.of("requests.received", "requests.closed", "agency.received", "agency.closed",
            "loans.issuedEnterprises");

    /** A group of a named list with more names than this is stated by its count only (低效用地100宗). */
    static final int NAMED_AT_MOST = 10;

    /** The mark safety-service puts after the unit of a campaign result counted only roughly (50 处（约数） → 50余处). */
    static final String ROUGH_COUNT = "（约数）";

    private ReportWriter() {
    }

    /** The section of {@code figures} (the park's figures of the services the section reads) for the period. */
    public static ReportSection write(Section s, List<ParkFigures> sources, String period, boolean fullYear) {
        List<Figure> all = sources.stream().flatMap(p -> p.figures().stream()).toList();
        List<Highlight> lists = sources.stream().flatMap(p -> p.highlights().stream())
                .filter(h -> s.highlights.contains(h.key()) && !h.items().isEmpty()).toList();
        List<String> sentences = new ArrayList<>();
        List<Figure> stated = new ArrayList<>();
        if (s == Section.ECONOMY) {
            economy(all, period, sentences, stated);
        } else {
            List<String> parts = new ArrayList<>();
            for (Figure f : select(all, s.figures)) {
                String text = fragment(f, fullYear);
                if (text != null) {
                    parts.add(text);
                    stated.add(f);
                }
            }
            if (!parts.isEmpty()) {
                sentences.add(period + "，" + String.join("，", parts) + "。");
            }
        }
        LocalDate asOf = sources.isEmpty() ? null : sources.get(0).asOf();
        for (Highlight h : lists) {
            sentences.add(zh(h.name()) + "：" + list(h, fullYear, asOf) + "。");
        }
        if (s == Section.PROJECTS && fullYear) {
            sameYear(lists).ifPresent(sentences::add);
        }
        return new ReportSection(s.key, s.title, sentences, stated, lists);
    }

    private static void economy(List<Figure> all, String period, List<String> sentences, List<Figure> stated) {
        List<String> parts = new ArrayList<>();
        for (String[] p : new String[][] { { "economy.operatingRevenue", "实现营业收入" }, { "economy.profit", "实现利润" },
                { "economy.valueAdded", "工业增加值" }, { "economy.taxPaid", "实缴税金" } }) {
            find(all, p[0]).filter(f -> f.value() != null && f.value().signum() != 0).ifPresent(f -> {
                String yoy = ChineseNumbers.yearOnYear(f.ratio());
                parts.add(p[1] + ChineseNumbers.money(f.value()) + (yoy == null ? "" : "，" + yoy));
                stated.add(f);
            });
        }
        if (!parts.isEmpty()) {
            sentences.add(period + "，园区" + String.join("；", parts) + "。");
        }
    }

    /** "外出招商27次", "整改销号隐患281条", "诉求办结率95%"; null for an empty or zero figure. */
    static String fragment(Figure f, boolean fullYear) {
        if (f.value() == null || f.value().signum() == 0) {
            return null;
        }
        return zh(f.name()) + ChineseNumbers.amount(f.value(), f.unit(), APPROXIMATE.contains(f.key()), fullYear);
    }

    /**
     * A named list as the reports name things: awards grouped by what was awarded ("兴国县旭航诚电子有限公司获评省级潜在瞪羚企业；
     * A、B共2家获评市级工业设计中心"), projects signed with their total investment (and, within a year, the day:
     * "5月30日签约深圳晶华显示电子液晶显示模组项目，总投资10亿元"), works with their total, start and 形象进度, cases
     * grouped by kind or method with their count ("无偿收回2宗：…；限期动工5宗：…"), campaign results with their
     * count (50余处 when the officer counted roughly), loans by scheme ("“财园信贷通”贷款3.27亿元"), recoveries with their
     * amount; other lists by name.
     */
    static String list(Highlight h, boolean fullYear, LocalDate asOf) {
        List<HighlightItem> items = h.items();
        return switch (h.key()) {
            case "qualifications.honours" -> grouped(items, HighlightItem::detail).entrySet().stream()
                    .map(g -> named(g.getValue(), "家") + "获评" + g.getKey()).collect(Collectors.joining("；"));
            case "projects.signed" -> items.stream().map(i -> (fullYear || i.date() == null ? "" : day(i.date(), asOf) + "签约")
                    + i.name() + (i.value() == null || i.value().signum() == 0 ? "" : "，总投资" + ChineseNumbers.money(i.value())))
                    .collect(Collectors.joining("；"));
            case "projects.started", "projects.completed" -> items.stream().map(i -> i.name() + keyLevel(i.detail()))
                    .collect(Collectors.joining("、"));
            case "projects.publicWorks" -> items.stream().map(i -> i.name()
                    + (i.value() == null || i.value().signum() == 0 ? "" : "总投资" + ChineseNumbers.money(i.value()) + "，")
                    + (i.date() == null ? "" : i.date().getYear() + "年" + i.date().getMonthValue() + "月开工，")
                    + (i.detail() == null ? "" : i.detail().replace('；', '，'))).collect(Collectors.joining("；"));
            case "campaigns.results" -> items.stream().map(ReportWriter::result).collect(Collectors.joining("、"));
            case "cases.investigating", "cases.decided" -> grouped(items, i -> i.detail() == null ? "其他"
                    : i.detail().contains("（") ? i.detail().substring(0, i.detail().indexOf('（')) : i.detail()).entrySet().stream()
                    .map(g -> g.getKey() + g.getValue().size() + "宗" + (g.getValue().size() > NAMED_AT_MOST ? ""
                            : "：" + g.getValue().stream().map(HighlightItem::name).collect(Collectors.joining("、"))))
                    .collect(Collectors.joining("；"));
            case "loans.bySchemes" -> items.stream().map(i -> "“" + i.name() + "”贷款"
                    + (i.value() == null ? "" : ChineseNumbers.money(i.value()))).collect(Collectors.joining("、"));
            case "loans.recoveries" -> items.stream().map(i -> i.name()
                    + (i.value() == null || i.value().signum() == 0 ? "" : "（" + ChineseNumbers.money(i.value()) + "）"))
                    .collect(Collectors.joining("、"));
            default -> items.stream().map(HighlightItem::name).collect(Collectors.joining("、"));
        };
    }

    /** "拆除防盗网334套", "清理疏散通道50余处" (a count the officer recorded as approximate). */
    private static String result(HighlightItem i) {
        if (i.value() == null) {
            return i.name();
        }
        String unit = i.detail() == null ? "" : i.detail();
        boolean rough = unit.endsWith(ROUGH_COUNT);
        return i.name() + ChineseNumbers.plain(i.value()) + (rough ? "余" + unit.substring(0, unit.length() - ROUGH_COUNT.length()) : unit);
    }

    /** "A获评…" for one; "A、B共2家获评…" for a few; "12家获评…" for more than {@link #NAMED_AT_MOST}. */
    private static String named(List<HighlightItem> group, String unit) {
        if (group.size() > NAMED_AT_MOST) {
            return group.size() + unit;
        }
        String names = group.stream().map(HighlightItem::name).collect(Collectors.joining("、"));
        return group.size() == 1 ? names : names + "共" + group.size() + unit;
    }

    /** The key level of a project from its detail "产业项目，县重中之重" → "（县重中之重）"; nothing when it has none. */
    private static String keyLevel(String detail) {
        return detail == null || !detail.contains("，") ? "" : "（" + detail.substring(detail.indexOf('，') + 1) + "）";
    }

    /** 5月30日 within the report's year, 2021年12月3日 before it. */
    private static String day(LocalDate d, LocalDate asOf) {
        return (asOf != null && asOf.getYear() == d.getYear() ? "" : d.getYear() + "年") + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static Map<String, List<HighlightItem>> grouped(List<HighlightItem> items, Function<HighlightItem, String> by) {
        Map<String, List<HighlightItem>> out = new LinkedHashMap<>();
        for (HighlightItem i : items) {
            out.computeIfAbsent(by.apply(i) == null ? "" : by.apply(i), k -> new ArrayList<>()).add(i);
        }
        return out;
    }

    /** "兴国三一…项目当年开工当年竣工。" for the projects both started and completed in a year's report. */
    private static Optional<String> sameYear(List<Highlight> lists) {
        List<String> started = names(lists, "projects.started");
        List<String> both = names(lists, "projects.completed").stream().filter(started::contains).toList();
        return both.isEmpty() ? Optional.empty() : Optional.of(String.join("、", both) + "当年开工当年竣工。");
    }

    private static List<String> names(List<Highlight> lists, String key) {
        return lists.stream().filter(h -> h.key().equals(key)).flatMap(h -> h.items().stream()).map(HighlightItem::name).toList();
    }

    private static List<Figure> select(List<Figure> all, List<String> keys) {
        List<Figure> out = new ArrayList<>();
        for (String k : keys) {
            if (k.endsWith(".")) {
                all.stream().filter(f -> f.key().startsWith(k)).forEach(out::add);
            } else {
                find(all, k).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<Figure> find(List<Figure> all, String key) {
        return all.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The Chinese part of a "中文 / English" name, without a parenthesised note: "整改率（本期发现已销号） / …" → "整改率". */
    static String zh(String name) {
        String z = name.contains(" / ") ? name.substring(0, name.indexOf(" / ")) : name;
        return z.replaceAll("（[^）]*）", "").strip();
    }

    /** Whole months from January to December of one year. */
    public static boolean fullYear(java.time.YearMonth from, java.time.YearMonth to) {
        return from.getYear() == to.getYear() && from.getMonthValue() == 1 && to.getMonthValue() == 12;
    }

    /** The report as a Markdown document: the sections' sentences, then the table of the figures each states. */
    public static String markdown(String park, String period, List<Optional<ReportSection>> sections, List<String> missing) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(park == null ? "" : park + " ").append(period).append("工作总结（数据部分）\n\n");
        md.append("> 本文各项数字均由园区管理平台依据").append(period).append("的业务记录计算生成。\n\n");
        for (Optional<ReportSection> o : sections) {
            if (o.isEmpty()) {
                continue;
            }
            ReportSection s = o.get();
            md.append("## ").append(s.title()).append("\n\n");
            if (s.sentences().isEmpty()) {
                md.append("本期无相关数据。\n\n");
            }
            for (String sentence : s.sentences()) {
                md.append(sentence).append("\n\n");
            }
            if (!s.figures().isEmpty()) {
                md.append("| 指标 | 本期 | 上年同期 | 同比 |\n|---|---:|---:|---:|\n");
                for (Figure f : s.figures()) {
                    md.append("| ").append(zh(f.name())).append(" | ").append(cell(f.value(), f.unit())).append(" | ")
                            .append(cell(f.base(), f.unit())).append(" | ")
                            .append(f.ratio() == null ? "—" : ChineseNumbers.percent(f.ratio())).append(" |\n");
                }
                md.append("\n");
            }
        }
        for (String m : missing) {
            md.append("> ").append(m).append("\n\n");
        }
        return md.toString();
    }

    private static String cell(BigDecimal v, String unit) {
        return v == null ? "—" : ChineseNumbers.amount(v, unit, false, false);
    }
}
