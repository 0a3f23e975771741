package cn.yuanqu.enterprises.figures;

import static cn.yuanqu.platform.figures.Rows.num;
import static cn.yuanqu.platform.figures.Rows.date;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.enterprises.agency.AgencyRepository;
import cn.yuanqu.enterprises.finance.LoanRecoveryRepository;
import cn.yuanqu.enterprises.finance.LoanRepository;
import cn.yuanqu.enterprises.finance.LoanScheme;
import cn.yuanqu.enterprises.finance.PayoutRepository;
import cn.yuanqu.enterprises.indicator.ChainFigures;
import cn.yuanqu.enterprises.indicator.Figures;
import cn.yuanqu.enterprises.indicator.IndicatorAggregate;
import cn.yuanqu.enterprises.indicator.IndicatorService;
import cn.yuanqu.enterprises.qualification.QualificationLevel;
import cn.yuanqu.enterprises.qualification.QualificationType;
import cn.yuanqu.enterprises.request.RequestRepository;
import cn.yuanqu.enterprises.visit.VisitRepository;
import cn.yuanqu.platform.error.ForbiddenException;
import cn.yuanqu.platform.figures.Figure;
import cn.yuanqu.platform.figures.Highlight;
import cn.yuanqu.platform.figures.HighlightItem;
import cn.yuanqu.platform.figures.Months.Period;
import cn.yuanqu.platform.figures.Months;
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;

/**
 * The figures endpoint of DESIGN.md for enterprises-service: for each park asked and a period of months,
 * every figure the dashboard and the work report need — economy (from the monthly reports), 规上 and
 * qualifications, the cultivation pool, requests, 帮代办, visits, loans and payouts — with the same
 * months a year before and the 同比 ratio, plus the named lists behind them. Flows count what happened in
 * the period; stocks are as of the period's end (or today while the period runs), from dated records.
 */
@ApplicationScoped
public class FiguresService {

    private final FiguresRepository figures;
    private final IndicatorService indicators;
    private final RequestRepository requests;
    private final VisitRepository visits;
    private final AgencyRepository agency;
    private final LoanRepository loans;
    private final LoanRecoveryRepository recoveries;
    private final PayoutRepository payouts;
    private final ParkContext parks;
    private final Clock clock;

    public FiguresService(FiguresRepository figures, IndicatorService indicators, RequestRepository requests,
            VisitRepository visits, AgencyRepository agency, LoanRepository loans, LoanRecoveryRepository recoveries,
            PayoutRepository payouts, ParkContext parks, Clock clock) {
        this.figures = figures;
        this.indicators = indicators;
        this.requests = requests;
        this.visits = visits;
        this.agency = agency;
        this.loans = loans;
        this.recoveries = recoveries;
        this.payouts = payouts;
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
        YearMonth f = months.from();
        YearMonth t = months.to();
        List<String> resolved = scope.resolveAll(requestedParks == null ? List.of() : requestedParks);
        LocalDate today = LocalDate.now(clock);
        return Multi.createFrom().iterable(resolved)
                .onItem().transformToUniAndConcatenate(p -> park(p, months, today))
                .collect().asList()
                .map(list -> new FiguresReport(f.toString(), t.toString(), f.minusYears(1).toString(),
                        t.minusYears(1).toString(), list));
    }

    private Uni<ParkFigures> park(String park, Months months, LocalDate today) {
        YearMonth f = months.from();
        YearMonth t = months.to();
        Period current = months.current(today);
        Period base = months.base(today);
        return snapshot(park, current).flatMap(now -> snapshot(park, base).flatMap(before -> indicators
                .aggregate(park, f.toString(), t.toString()).flatMap(economy -> highlights(park, current, economy)
                        .map(lists -> new ParkFigures(park, current.asOf(), base.asOf(),
                                assemble(economy, now, before), lists)))));
    }

    /** Everything but the economy, for one period. */
    private Uni<Snapshot> snapshot(String park, Period p) {
        Snapshot s = new Snapshot();
        return figures.registry(park, p.from(), p.to(), p.asOf()).invoke(r -> {
            s.put("enterprises.total", r[0]);
            s.put("enterprises.aboveScale", r[1]);
            s.put("enterprises.newAboveScale", r[2]);
            s.put("enterprises.settled", r[3]);
            s.put("enterprises.grids", r[4]);
        }).chain(() -> figures.qualifications(park, p.from(), p.to(), p.asOf())).invoke(rows -> {
            for (Object[] r : rows) {
                String type = (String) r[0];
                String level = (String) r[1];
                s.add("qualifications.valid." + type, r[2]);
                s.add("qualifications.valid." + type + "." + level, r[2]);
                s.add("qualifications.awarded." + type, r[3]);
                s.add("qualifications.awarded." + type + "." + level, r[3]);
            }
        }).chain(() -> figures.cultivation(park, p.from(), p.to(), p.asOf())).invoke(r -> {
            s.put("cultivation.open", r[0]);
            s.put("cultivation.entered", r[1]);
            s.put("cultivation.achieved", r[2]);
        }).chain(() -> requests.figures(park, p.from(), p.to(), p.asOf())).invoke(r -> {
            s.put("requests.received", r[0]);
            s.put("requests.returned", r[1]);
            s.put("requests.closedOfReceived", r[2]);
            s.put("requests.closed", r[3]);
            s.put("requests.overdue", r[5]);
            s.put("requests.closedLate", r[8]);
            s.ratio("requests.closeRate", num(r[2]), num(r[0]).subtract(num(r[1])), 4);
            s.ratio("requests.avgHandlingDays", num(r[4]), num(r[3]), 1);
            s.ratio("requests.satisfaction", num(r[7]), num(r[6]), 2);
        }).chain(() -> visits.figures(park, p.from(), p.to())).invoke(r -> {
            s.put("visits.count", r[0]);
            s.put("visits.enterprises", r[1]);
        }).chain(() -> agency.figures(park, p.from(), p.to(), p.asOf())).invoke(r -> {
            s.put("agency.received", r[0]);
            s.put("agency.closed", r[2]);
            s.put("agency.terminated", r[3]);
            s.put("agency.overdue", r[4]);
            s.ratio("agency.closeRate", num(r[1]), num(r[0]), 4);
        }).chain(() -> loans.figures(park, p.from(), p.to(), p.asOf())).invoke(r -> {
            s.put("loans.issuedCount", r[0]);
            s.put("loans.issuedAmount", r[1]);
            s.put("loans.issuedEnterprises", r[2]);
            s.put("loans.outstandingCount", r[3]);
            s.put("loans.outstandingAmount", r[4]);
            s.put("loans.overdueCount", r[5]);
            s.put("loans.overdueAmount", r[6]);
            s.put("loans.nonPerformingCount", r[7]);
            s.put("loans.nonPerformingAmount", r[8]);
        }).chain(() -> recoveries.figures(park, p.from(), p.to())).invoke(r -> {
            s.put("loans.recoveredAmount", r[0]);
            s.put("loans.recoveredEnterprises", r[2]);
        }).chain(() -> payouts.figures(park, p.from(), p.to())).invoke(r -> {
            s.put("payouts.count", r[0]);
            s.put("payouts.amount", r[1]);
            s.put("payouts.enterprises", r[2]);
        }).replaceWith(s);
    }

    private Uni<List<Highlight>> highlights(String park, Period p, IndicatorAggregate economy) {
        List<Highlight> out = new ArrayList<>();
        List<HighlightItem> chains = new ArrayList<>();
        for (ChainFigures c : economy.byChain()) {
            chains.add(new HighlightItem(null, c.chain().isEmpty() ? "未分类" : c.chain(), null,
                    "营业收入 " + c.figures().operatingRevenue().current(), c.revenueShare()));
        }
        out.add(new Highlight("economy.chains", "产业链营业收入占比 / revenue share by industry chain", chains));
        return figures.newAboveScale(park, p.from(), p.to()).invoke(rows -> out.add(new Highlight(
                "enterprises.newAboveScale", "新增规上企业 / enterprises newly above scale",
                rows.stream().map(r -> new HighlightItem(r[0].toString(), (String) r[1], date(r[2]), null, null)).toList())))
                .chain(() -> figures.awards(park, p.from(), p.to())).invoke(rows -> {
                    out.add(new Highlight("qualifications.awarded", "新获资质荣誉 / qualifications awarded",
                            rows.stream().map(FiguresService::award).toList()));
                    out.add(new Highlight("qualifications.honours",
                            "新获资质荣誉（不含科技型中小企业、高新技术企业，其按家数统计） / honours awarded, without the yearly"
                                    + " registrations counted by the dozen (technology-based SMEs, high-tech enterprises)",
                            rows.stream().filter(r -> !COUNTED_ONLY.contains(QualificationType.valueOf((String) r[2])))
                                    .map(FiguresService::award).toList()));
                })
                .chain(() -> figures.issuedBySchemes(park, p.from(), p.to())).invoke(rows -> out.add(new Highlight(
                        "loans.bySchemes", "贷款产品（说明为获贷企业与笔数，数值为金额） / loans issued by scheme; the detail is the"
                                + " enterprises and loans, the value the amount",
                        rows.stream().map(r -> new HighlightItem(null, r[1] != null ? (String) r[1]
                                : LoanScheme.valueOf((String) r[0]).label(), null, r[4] + "家企业，" + r[2] + "笔", num(r[3])))
                                .toList())))
                .chain(() -> figures.recoveriesByEnterprise(park, p.from(), p.to())).invoke(rows -> out.add(new Highlight(
                        "loans.recoveries", "追偿回款企业 / enterprises recovered from",
                        rows.stream().map(r -> new HighlightItem(r[0].toString(), (String) r[1], null, null, num(r[2])))
                                .toList())))
                .replaceWith(out);
    }

    /**
     * Qualifications a park gains by the dozen every year (科技型中小企业 registered yearly, 高新技术企业): the reports
     * state them by their counts, so the honours list leaves them out.
     */
    static final Set<QualificationType> COUNTED_ONLY = EnumSet.of(QualificationType.TECH_SME, QualificationType.HIGH_TECH);

    /** An award as a named item: the enterprise, the day, "省级潜在瞪羚企业" (level and type). */
    private static HighlightItem award(Object[] r) {
        return new HighlightItem(r[0].toString(), (String) r[1], date(r[4]),
                QualificationLevel.valueOf((String) r[3]).label() + QualificationType.valueOf((String) r[2]).label(), null);
    }

    static List<Figure> assemble(IndicatorAggregate economy, Snapshot now, Snapshot before) {
        List<Figure> out = new ArrayList<>();
        Figures total = economy.total();
        out.add(Figure.of("economy.operatingRevenue", "economy", "营业收入 / operating revenue", "元", total.operatingRevenue()));
        out.add(Figure.of("economy.outputValue", "economy", "工业总产值 / output value", "元", total.outputValue()));
        out.add(Figure.of("economy.mainBusinessRevenue", "economy", "主营业务收入 / main business revenue", "元", total.mainBusinessRevenue()));
        out.add(Figure.of("economy.valueAdded", "economy", "工业增加值 / value added", "元", total.valueAdded()));
        out.add(Figure.of("economy.profit", "economy", "利润总额 / profit", "元", total.profit()));
        out.add(Figure.of("economy.taxPaid", "economy", "实缴税金 / tax paid", "元", total.taxPaid()));
        out.add(Figure.of("economy.rdSpending", "economy", "研发费用 / R&D spending", "元", total.rdSpending()));
        out.add(Figure.of("economy.energyTce", "economy", "综合能耗 / energy", "吨标准煤", total.energyTce()));
        out.add(Figure.of("economy.aboveScale.operatingRevenue", "economy", "规上企业营业收入 / above-scale revenue", "元",
                economy.aboveScale().operatingRevenue()));
        out.add(Figure.of("economy.aboveScale.outputValue", "economy", "规上工业总产值 / above-scale output", "元",
                economy.aboveScale().outputValue()));
        out.add(Figure.amount("economy.reportingEnterprises", "economy", "填报月报企业数 / reporting enterprises", "家",
                BigDecimal.valueOf(total.reportingEnterprises()), null));
        for (Map.Entry<String, BigDecimal> e : now.values.entrySet()) {
            String key = e.getKey();
            Definition d = Definition.of(key);
            BigDecimal base = before.values.get(key);
            if (base == null && !d.rate() && !before.values.containsKey(key)) {
                base = BigDecimal.ZERO; // counted things absent from the base period were zero then
            }
            out.add(d.rate() ? Figure.rate(key, d.section(), d.name(), d.unit(), e.getValue(), base)
                    : Figure.amount(key, d.section(), d.name(), d.unit(), e.getValue(), base));
        }
        for (Map.Entry<String, BigDecimal> e : before.values.entrySet()) {
            if (!now.values.containsKey(e.getKey())) {
                Definition d = Definition.of(e.getKey());
                out.add(Figure.amount(e.getKey(), d.section(), d.name(), d.unit(), BigDecimal.ZERO, e.getValue()));
            }
        }
        return out;
    }

    /** The values of one period, in a stable order; rates are null when their denominator is zero. */
    static final class Snapshot {
        final Map<String, BigDecimal> values = new LinkedHashMap<>();

        void put(String key, Object value) {
            values.put(key, num(value));
        }

        void add(String key, Object value) {
            values.merge(key, num(value), BigDecimal::add);
        }

        void ratio(String key, BigDecimal numerator, BigDecimal denominator, int scale) {
            values.put(key, denominator.signum() == 0 ? null : numerator.divide(denominator, scale, RoundingMode.HALF_UP));
        }
    }
}
