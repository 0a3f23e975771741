package cn.yuanqu.projects.figures;

import static cn.yuanqu.platform.figures.Rows.num;
import static cn.yuanqu.platform.figures.Rows.date;

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
import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.figures.FigureTable;
import cn.yuanqu.platform.figures.FiguresRequest;
import cn.yuanqu.platform.figures.Highlight;
import cn.yuanqu.platform.figures.HighlightItem;
import cn.yuanqu.platform.figures.Months.Period;
import cn.yuanqu.platform.tenancy.ParkContext;
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

    /** The figures of this service (docs/projects-service.md), in order. */
    static final FigureTable TABLE = new FigureTable("projects")
            .amount("leads.new", "新增招商线索 / new leads", "个")
            .amount("leads.signed", "线索签约 / leads signed", "个")
            .amount("leads.negotiating", "在谈项目 / leads in talks", "个")
            .amount("activities.trips", "外出招商 / promotion trips", "次")
            .amount("activities.receptions", "接待客商 / investors received", "次")
            .amount("activities.events", "推介会 / promotion events", "次")
            .amount("projects.signed", "新签约项目 / projects signed", "个")
            .amount("projects.signedInvestment", "签约总投资 / investment signed", "元")
            .amount("projects.approved", "联审通过 / approved by the joint review", "个")
            .amount("projects.started", "新开工项目 / projects started", "个")
            .amount("projects.startedInvestment", "新开工项目总投资 / investment of the projects started", "元")
            .amount("projects.completed", "竣工项目 / projects completed", "个")
            .amount("projects.inProduction", "投产项目 / projects in production", "个")
            .amount("projects.delivered", "交付使用项目 / projects delivered", "个")
            .amount("projects.terminated", "终止项目 / projects terminated", "个")
            .amount("projects.underConstruction", "在建项目 / projects under construction", "个")
            .amount("projects.signedNotStarted", "签约未开工 / signed, not started", "个")
            .amount("projects.investmentCompleted", "完成投资 / investment completed", "元")
            .amount("projects.pipeKm", "新建管网 / pipes laid", "公里")
            .amount("projects.roadKm", "新建道路 / roads built", "公里")
            .amount("projects.levelledMu", "平整土地 / land levelled", "亩")
            .amount("projects.factoryM2", "新建厂房 / factory floor built", "平方米")
            .rate("projects.avgWorkingDaysToStart", "签约至开工平均工作日 / average working days from signing to start", "工作日")
            .amount("issues.raised", "交办问题 / issues raised", "个")
            .amount("issues.resolved", "解决问题 / issues resolved", "个")
            .amount("issues.overdue", "超期未解决问题 / issues overdue", "个")
            .rate("targets.newStarts", "年度新开工目标 / new-start target of the year", "个")
            .rate("targets.completions", "年度竣工目标 / completion target of the year", "个")
            .rate("targets.fixedAssetInvestment", "年度固定资产投资目标 / fixed-asset investment target", "元")
            .rate("targets.signedInvestment", "年度签约投资目标 / signed-investment target", "元")
            .rate("targets.startsShare", "新开工占年度目标 / starts against the target", "ratio")
            .rate("targets.completionsShare", "竣工占年度目标 / completions against the target", "ratio")
            .rate("targets.investmentShare", "完成投资占年度目标 / investment completed against the target", "ratio")
            .rate("targets.signedInvestmentShare", "签约投资占年度目标 / investment signed against the target", "ratio");

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
        FiguresRequest request = FiguresRequest.of(parks.scope(), requestedParks, from, to, LocalDate.now(clock));
        return request.eachPark(this::park).map(list -> new FiguresReport(request.from(), request.to(), request.baseFrom(),
                request.baseTo(), list));
    }

    private Uni<ParkFigures> park(String park, FiguresRequest request) {
        Period current = request.current();
        Period base = request.base();
        return values(park, current, request.months().to().getYear()).flatMap(now -> values(park, base, request.months().to().getYear() - 1)
                .flatMap(before -> highlights(park, current).map(lists -> new ParkFigures(park, current.asOf(),
                        base.asOf(), TABLE.assemble(now, before), lists))));
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
                        "projects.publicWorks", "基础设施与标准厂房进度（日期为开工日期，数值为总投资） / infrastructure and"
                                + " factories: latest progress; the date is the start, the value the total investment",
                        rows.stream().map(r -> new HighlightItem(null, (String) r[1], r[11] == null ? null : date(r[11]),
                                progressDetail(r), r[10] == null ? null : num(r[10]))).toList())))
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
}
