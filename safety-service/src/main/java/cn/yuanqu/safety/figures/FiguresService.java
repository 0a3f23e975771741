package cn.yuanqu.safety.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import cn.yuanqu.platform.time.ClockProducer;
import cn.yuanqu.safety.campaign.CampaignKind;
import cn.yuanqu.safety.hazard.HazardStatus;

/**
 * The figures endpoint of DESIGN.md for safety-service: for each park asked and a period of months —
 * campaigns, inspections by type and the enterprises inspected, hazards found / closed / 整改率 / open /
 * overdue / major, notices, escalations and penalties, responsibility letters, trainings, drills, samples,
 * indicators and exceedances, feedback items closed — each with the same months a year before and the
 * 同比 ratio, plus the named lists behind them (campaign results as counted items). All computed from
 * dated records; overdue is judged at the period's end.
 */
@ApplicationScoped
public class FiguresService {

    private final FiguresRepository figures;
    private final ParkContext parks;
    private final Clock clock;

    public FiguresService(FiguresRepository figures, ParkContext parks, Clock clock) {
        this.figures = figures;
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
        return values(park, current).flatMap(now -> values(park, base).flatMap(before -> highlights(park, current)
                .map(lists -> new ParkFigures(park, current.asOf(), base.asOf(), assemble(now, before), lists))));
    }

    static List<Figure> assemble(Map<String, BigDecimal> now, Map<String, BigDecimal> before) {
        List<Figure> out = new ArrayList<>();
        Definition.ALL.forEach((key, d) -> out.add(d.rate()
                ? Figure.rate(key, Definition.SECTION, d.name(), d.unit(), now.get(key), before.get(key))
                : Figure.amount(key, Definition.SECTION, d.name(), d.unit(), now.get(key), before.get(key))));
        return out;
    }

    private Uni<Map<String, BigDecimal>> values(String park, Period p) {
        Map<String, BigDecimal> v = new HashMap<>();
        return figures.inspections(park, p.from(), p.to()).invoke(r -> {
            put(v, r, "inspections.total", "inspections.daily", "inspections.specialRemediation",
                    "inspections.jointEnforcement", "inspections.night", "inspections.followUp", "inspections.thirdParty",
                    "inspections.enterprises", "campaigns.count");
        }).chain(() -> figures.hazards(park, p.from(), p.to(), p.asOf())).invoke(r -> {
            put(v, r, "hazards.found", "hazards.major", "hazards.environmental", "hazards.closed", null, "hazards.open",
                    "hazards.overdue", "hazards.majorOpen", "notices.issued", "notices.rectification", "notices.directives",
                    "notices.supervision");
            BigDecimal found = num(r[0]);
            v.put("hazards.rectificationRate", found.signum() == 0 ? null : num(r[4]).divide(found, 4, RoundingMode.HALF_UP));
        }).chain(() -> figures.escalations(park, p.from(), p.to())).invoke(r -> {
            put(v, r, "escalations.notified", "escalations.interviews", "penalties.count", "penalties.amount");
        }).chain(() -> figures.duties(park, p.from(), p.to(), p.asOf())).invoke(r -> {
            put(v, r, "letters.signed", "trainings.count", "trainings.warningEducation", "trainings.attendees",
                    "trainings.enterprises", "drills.count", "drills.participants", "feedback.closed");
        }).chain(() -> figures.samples(park, p.from(), p.to())).map(r -> {
            put(v, r, "samples.count", "samples.indicators", "samples.exceeded", "samples.exceedances");
            return v;
        });
    }

    /** Puts the columns of a row under the keys, in order; a null key skips its column. */
    private static void put(Map<String, BigDecimal> v, Object[] row, String... keys) {
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] != null) {
                v.put(keys[k], num(row[k]));
            }
        }
    }

    private Uni<List<Highlight>> highlights(String park, Period p) {
        List<Highlight> out = new ArrayList<>();
        return figures.campaigns(park, p.from(), p.to()).invoke(rows -> out.add(new Highlight("campaigns",
                "专项行动 / campaigns", rows.stream().map(r -> new HighlightItem(null, (String) r[0], date(r[1]),
                        CampaignKind.valueOf((String) r[2]).label(), null)).toList())))
                .chain(() -> figures.campaignResults(park, p.from(), p.to()))
                .invoke(rows -> out.add(new Highlight("campaigns.results", "专项行动成果（说明为单位） / campaign results; the detail is the unit",
                        rows.stream().map(r -> new HighlightItem(null, (String) r[0], date(r[1]), (String) r[2], num(r[3])))
                                .toList())))
                .chain(() -> figures.majorHazards(park, p.from(), p.to()))
                .invoke(rows -> out.add(new Highlight("hazards.major", "重大隐患 / major hazards found",
                        rows.stream().map(r -> new HighlightItem((String) r[0], (String) r[1], date(r[2]),
                                r[3] + "（" + HazardStatus.valueOf((String) r[4]).label() + "）", null)).toList())))
                .chain(() -> figures.penalties(park, p.from(), p.to()))
                .invoke(rows -> out.add(new Highlight("penalties", "行政处罚 / penalties",
                        rows.stream().map(r -> new HighlightItem((String) r[0], (String) r[1], date(r[2]), (String) r[3],
                                num(r[4]))).toList())))
                .chain(() -> figures.exceededSamples(park, p.from(), p.to()))
                .invoke(rows -> out.add(new Highlight("samples.exceeded", "超标样品 / samples over the limits",
                        rows.stream().map(r -> new HighlightItem((String) r[0], (String) r[1], day(r[2]), (String) r[3],
                                num(r[4]))).toList())))
                .replaceWith(out);
    }

    static BigDecimal num(Object o) {
        return o == null ? BigDecimal.ZERO : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    private static LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : o instanceof LocalDate l ? l : LocalDate.parse(o.toString());
    }

    private static LocalDate day(Object o) {
        if (o instanceof OffsetDateTime t) {
            return t.atZoneSameInstant(ClockProducer.ZONE).toLocalDate();
        }
        if (o instanceof java.time.Instant i) {
            return i.atZone(ClockProducer.ZONE).toLocalDate();
        }
        return OffsetDateTime.parse(o.toString()).atZoneSameInstant(ClockProducer.ZONE).toLocalDate();
    }
}
