package cn.yuanqu.gateway.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
                List.of("enterprises.newAboveScale")),
        PROJECTS("projects", "三、项目建设", List.of("activities.trips", "activities.receptions", "projects.signed",
                "projects.signedInvestment", "projects.started", "projects.startedInvestment", "projects.completed",
                "projects.investmentCompleted", "projects.factoryM2", "projects.pipeKm", "projects.levelledMu",
                "projects.roadKm", "projects.signedNotStarted"), List.of("projects.started", "projects.completed")),
        SAFETY("safety", "四、安全环保", List.of("inspections.total", "hazards.found", "hazards.closed",
                "hazards.rectificationRate", "hazards.major", "notices.directives", "letters.signed",
                "trainings.warningEducation", "drills.count", "samples.count", "samples.exceeded"),
                List.of("campaigns.results", "hazards.major")),
        LAND("land", "五、土地集约", List.of("cases.opened", "cases.disposed", "cases.disposedMu", "land.recoveredMu",
                "cases.revitalisedMu", "cases.clearedShare", "cases.clearedTarget", "factories.clearedM2",
                "factories.vacancyRate", "factories.depositCollected", "factories.rentCollected",
                "factories.propertyFeeCollected", "efficiency.gradeA", "efficiency.gradeD"),
                List.of("cases.investigating", "cases.decided", "factories.cleared")),
        SERVICE("service", "六、营商环境和企业服务", List.of("requests.received", "requests.closed", "requests.closeRate",
                "agency.received", "visits.count", "loans.issuedAmount", "loans.issuedEnterprises", "loans.recoveredAmount",
                "payouts.amount"), List.of());

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
        for (Highlight h : lists) {
            sentences.add(zh(h.name()) + "：" + h.items().stream().map(i -> item(h.key(), i)).collect(Collectors.joining("、")) + "。");
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

    private static String item(String list, HighlightItem i) {
        if ("campaigns.results".equals(list) && i.value() != null) {
            return i.name() + ChineseNumbers.plain(i.value()) + (i.detail() == null ? "" : i.detail());
        }
        return i.name();
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
