package cn.yuanqu.projects.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.error.ForbiddenException;
import cn.yuanqu.platform.figures.Figure;
import cn.yuanqu.platform.figures.Highlight;
import cn.yuanqu.platform.figures.HighlightItem;
import cn.yuanqu.platform.figures.Months.Period;
import cn.yuanqu.platform.figures.Months;
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;
import cn.yuanqu.projects.calendar.CalendarRepository;
import cn.yuanqu.projects.project.KeyLevel;
import cn.yuanqu.projects.project.ProjectCategory;
import cn.yuanqu.projects.targets.AnnualTarget;
import cn.yuanqu.projects.targets.TargetRepository;

/**
 * The figures endpoint of DESIGN.md for projects-service: for each park asked and a period of months —
 * promotion (leads, trips, receptions), signings, approvals, starts, completions, production starts,
 * projects under construction, investment and physical quantities completed, the share of the year's
 * targets, average working days from signing to start, scheduling issues — each with the same months a
 * year before and the 同比 ratio, plus the named lists behind them. All computed from dated records.
 */
@ApplicationScoped
public class FiguresService {

    private final FiguresRepository figures;
    private final TargetRepository targets;
    private final CalendarRepository calendars;
    private final ParkContext parks;
    private final Clock clock;

    public FiguresService(FiguresRepository figures, TargetRepository targets, CalendarRepository calendars,
            ParkContext parks, Clock clock) {
        this.figures = figures;
        this.targets = targets;
        this.calendars = calendars;
        this.parks = parks;
        this.clock = clock;
    }

    @WithSession
    public Uni<FiguresReport> report(List<String> requestedParks, String from, String to) {
        ParkScope scope = parks.scope();
        if (scope.isEnterpriseUser()) {
            throw new ForbiddenException("企业用户不能查看园区统计", "an enterprise user cannot see park figures");
        }
        Months months = Months.parse(from, to);
        List<String> resolved = scope.resolveAll(requestedParks == null ? List.of() : requestedParks);
        LocalDate today = LocalDate.now(clock);
        return Multi.createFrom().iterable(resolved)
                .onItem().transformToUniAndConcatenate(p -> park(p, months, today))
                .collect().asList()
                .map(list -> new FiguresReport(months.from().toString(), months.to().toString(),
                        months.from().minusYears(1).toString(), months.to().minusYears(1).toString(), list));
    }

    private Uni<ParkFigures> park(String park, Months months, LocalDate today) {
        Period current = months.current(today);
        Period base = months.base(today);
        return values(park, current, months.to().getYear()).flatMap(now -> values(park, base, months.to().getYear() - 1)
                .flatMap(before -> highlights(park, current).map(lists -> new ParkFigures(park, current.asOf(),
                        base.asOf(), assemble(now, before), lists))));
    }

    static List<Figure> assemble(Map<String, BigDecimal> now, Map<String, BigDecimal> before) {
        List<Figure> out = new ArrayList<>();
        Definition.ALL.forEach((key, d) -> out.add(d.rate()
                ? Figure.rate(key, Definition.SECTION, d.name(), d.unit(), now.get(key), before.get(key))
                : Figure.amount(key, Definition.SECTION, d.name(), d.unit(), now.get(key), before.get(key))));
        return out;
    }

    /** Every figure of one period; the targets are those of {@code targetYear}. */
    private Uni<Map<String, BigDecimal>> values(String park, Period p, int targetYear) {
        Map<String, BigDecimal> v = new HashMap<>();
        return figures.steps(park, p.from(), p.to()).invoke(r -> {
            v.put("projects.approved", num(r[0]));
            v.put("projects.started", num(r[1]));
            v.put("projects.startedInvestment", num(r[2]));
            v.put("projects.completed", num(r[3]));
            v.put("projects.inProduction", num(r[4]));
            v.put("projects.delivered", num(r[5]));
            v.put("projects.terminated", num(r[6]));
        }).chain(() -> figures.signings(park, p.from(), p.to())).invoke(r -> {
            v.put("projects.signed", num(r[0]));
            v.put("projects.signedInvestment", num(r[1]));
        }).chain(() -> figures.stocks(park, p.asOf())).invoke(r -> {
            v.put("projects.underConstruction", num(r[0]));
            v.put("projects.signedNotStarted", num(r[1]));
        }).chain(() -> figures.progress(park, p.from(), p.asOf())).invoke(r -> {
            v.put("projects.investmentCompleted", num(r[0]));
            v.put("projects.pipeKm", num(r[1]));
            v.put("projects.roadKm", num(r[2]));
            v.put("projects.levelledMu", num(r[3]));
            v.put("projects.factoryM2", num(r[4]));
        }).chain(() -> figures.leads(park, p.from(), p.to(), p.asOf())).invoke(r -> {
            v.put("leads.new", num(r[0]));
            v.put("leads.signed", num(r[1]));
            v.put("leads.negotiating", num(r[2]));
        }).chain(() -> figures.activities(park, p.from(), p.to())).invoke(r -> {
            v.put("activities.trips", num(r[0]));
            v.put("activities.receptions", num(r[1]));
            v.put("activities.events", num(r[2]));
        }).chain(() -> figures.issues(park, p.from(), p.to(), p.asOf())).invoke(r -> {
            v.put("issues.raised", num(r[0]));
            v.put("issues.resolved", num(r[1]));
            v.put("issues.overdue", num(r[2]));
        }).chain(() -> averageWorkingDaysToStart(park, p)).invoke(avg -> v.put("projects.avgWorkingDaysToStart", avg))
                .chain(() -> targets.of(park, targetYear)).map(t -> {
                    shares(v, t);
                    return v;
                });
    }

    private static void shares(Map<String, BigDecimal> v, AnnualTarget t) {
        if (t == null) {
            return;
        }
        v.put("targets.newStarts", BigDecimal.valueOf(t.getNewStarts()));
        v.put("targets.completions", BigDecimal.valueOf(t.getCompletions()));
        v.put("targets.fixedAssetInvestment", t.getFixedAssetInvestment());
        v.put("targets.signedInvestment", t.getSignedInvestment());
        v.put("targets.startsShare", share(v.get("projects.started"), BigDecimal.valueOf(t.getNewStarts())));
        v.put("targets.completionsShare", share(v.get("projects.completed"), BigDecimal.valueOf(t.getCompletions())));
        v.put("targets.investmentShare", share(v.get("projects.investmentCompleted"), t.getFixedAssetInvestment()));
        v.put("targets.signedInvestmentShare", share(v.get("projects.signedInvestment"), t.getSignedInvestment()));
    }

    private static BigDecimal share(BigDecimal value, BigDecimal target) {
        return target == null || target.signum() == 0 ? null : value.divide(target, 4, RoundingMode.HALF_UP);
    }

    /** The average working days from signing to start of the industrial projects first started in the period. */
    private Uni<BigDecimal> averageWorkingDaysToStart(String park, Period p) {
        return figures.signedToStarted(park, p.from(), p.to()).flatMap(rows -> {
            if (rows.isEmpty()) {
                return Uni.createFrom().nullItem();
            }
            LocalDate earliest = rows.stream().map(r -> date(r[0])).min(Comparator.naturalOrder()).orElseThrow();
            return calendars.calendar(park, earliest, p.to()).map(cal -> {
                long total = rows.stream().mapToLong(r -> Math.max(0, cal.workingDaysBetween(date(r[0]), date(r[1])))).sum();
                return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(rows.size()), 1, RoundingMode.HALF_UP);
            });
        });
    }

    private Uni<List<Highlight>> highlights(String park, Period p) {
        List<Highlight> out = new ArrayList<>();
        return figures.signed(park, p.from(), p.to()).invoke(rows -> out.add(new Highlight("projects.signed",
                "新签约项目 / projects signed", rows.stream().map(r -> new HighlightItem((String) r[4], (String) r[1],
                        date(r[2]), (String) r[3], num(r[5]))).toList())))
                .chain(() -> figures.steppedTo(park, "STARTED", p.from(), p.to()))
                .invoke(rows -> out.add(new Highlight("projects.started", "新开工项目 / projects started", stepped(rows))))
                .chain(() -> figures.steppedTo(park, "COMPLETED", p.from(), p.to()))
                .invoke(rows -> out.add(new Highlight("projects.completed", "竣工项目 / projects completed", stepped(rows))))
                .chain(() -> figures.steppedTo(park, "IN_PRODUCTION", p.from(), p.to()))
                .invoke(rows -> out.add(new Highlight("projects.inProduction", "投产项目 / projects in production", stepped(rows))))
                .chain(() -> figures.negotiating(park, p.asOf())).invoke(rows -> out.add(new Highlight("leads.negotiating",
                        "在谈项目 / leads in talks", rows.stream().map(r -> new HighlightItem(null, (String) r[0], date(r[1]),
                                (String) r[2], r[3] == null ? null : num(r[3]))).toList())))
                .chain(() -> figures.publicWorks(park, p.from(), p.asOf())).invoke(rows -> out.add(new Highlight(
                        "projects.publicWorks", "基础设施与标准厂房进度 / infrastructure and factories: progress",
                        rows.stream().map(r -> new HighlightItem(null, (String) r[1], date(r[2]), progressDetail(r),
                                num(r[5]))).toList())))
                .replaceWith(out);
    }

    private static List<HighlightItem> stepped(List<Object[]> rows) {
        return rows.stream().map(r -> new HighlightItem((String) r[7], (String) r[1], date(r[2]),
                detail(ProjectCategory.valueOf((String) r[3]), r[4] == null ? null : KeyLevel.valueOf((String) r[4])),
                num(r[5]))).toList();
    }

    private static String detail(ProjectCategory category, KeyLevel level) {
        return category.label() + (level == null ? "" : "，" + level.label());
    }

    /** "形象进度32%；管网10.2公里；道路2.5公里；平整1000亩；厂房198000平方米" — whatever the report holds. */
    private static String progressDetail(Object[] r) {
        StringBuilder b = new StringBuilder("形象进度").append(plain(num(r[3]))).append('%');
        append(b, "管网", r[6], "公里");
        append(b, "道路", r[7], "公里");
        append(b, "平整", r[8], "亩");
        append(b, "厂房", r[9], "平方米");
        if (r[4] != null) {
            b.append("；").append(r[4]);
        }
        return b.toString();
    }

    private static void append(StringBuilder b, String what, Object value, String unit) {
        if (value != null && num(value).signum() > 0) {
            b.append('；').append(what).append(plain(num(value))).append(unit);
        }
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    static BigDecimal num(Object o) {
        return o == null ? BigDecimal.ZERO : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    private static LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : o instanceof LocalDate l ? l : LocalDate.parse(o.toString());
    }
}
