package cn.yuanqu.safety.figures;

import static cn.yuanqu.platform.figures.Rows.num;
import static cn.yuanqu.platform.figures.Rows.date;
import static cn.yuanqu.platform.figures.Rows.put;

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
import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.figures.FigureTable;
import cn.yuanqu.platform.figures.FiguresRequest;
import cn.yuanqu.platform.figures.Highlight;
import cn.yuanqu.platform.figures.HighlightItem;
import cn.yuanqu.platform.figures.Months.Period;
import cn.yuanqu.platform.tenancy.ParkContext;
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

    /** The figures of this service (docs/safety-service.md), in order. */
    static final FigureTable TABLE = new FigureTable("safety")
            .amount("campaigns.count", "专项行动 / campaigns", "次")
            .amount("inspections.total", "检查 / inspections", "次")
            .amount("inspections.daily", "日常检查 / routine inspections", "次")
            .amount("inspections.specialRemediation", "专项整治检查 / special remediation inspections", "次")
            .amount("inspections.jointEnforcement", "联合执法 / joint enforcement", "次")
            .amount("inspections.night", "夜查 / night checks", "次")
            .amount("inspections.followUp", "回头看 / follow-up checks", "次")
            .amount("inspections.thirdParty", "第三方/环保管家检查 / third-party checks", "次")
            .amount("inspections.enterprises", "检查企业 / enterprises inspected", "家")
            .amount("hazards.found", "排查隐患 / hazards found", "条")
            .amount("hazards.major", "重大隐患 / major hazards found", "条")
            .amount("hazards.environmental", "监测超标隐患 / hazards raised by exceedances", "条")
            .amount("hazards.closed", "整改销号隐患 / hazards closed", "条")
            .rate("hazards.rectificationRate", "整改率（本期发现已销号） / share of the period's hazards closed", "ratio")
            .amount("hazards.open", "未销号隐患 / hazards open", "条")
            .amount("hazards.overdue", "逾期未整改隐患 / hazards overdue", "条")
            .amount("hazards.majorOpen", "挂牌督办重大隐患 / major hazards under supervision", "条")
            .amount("notices.issued", "下发整改文书 / notices issued", "份")
            .amount("notices.rectification", "整改通知书 / rectification notices", "份")
            .amount("notices.directives", "安全生产指令书 / work-safety directives", "份")
            .amount("notices.supervision", "整改督办单 / supervision orders", "份")
            .amount("escalations.notified", "通报主管部门 / reported to departments", "次")
            .amount("escalations.interviews", "约谈 / interviews", "次")
            .amount("penalties.count", "行政处罚 / penalties", "次")
            .amount("penalties.amount", "罚款金额 / penalty amount", "元")
            .amount("letters.signed", "签订安全生产责任状（本年累计） / responsibility letters of the year", "家")
            .amount("trainings.count", "培训与警示教育 / trainings and warning education", "次")
            .amount("trainings.warningEducation", "警示教育 / warning-education sessions", "次")
            .amount("trainings.attendees", "参训人次 / attendees", "人次")
            .amount("trainings.enterprises", "参训企业 / enterprises trained", "家")
            .amount("drills.count", "应急演练 / emergency drills", "次")
            .amount("drills.participants", "演练参与人次 / drill participants", "人次")
            .amount("samples.count", "监测样品 / samples", "个")
            .amount("samples.indicators", "监测指标项次 / indicators measured", "项次")
            .amount("samples.exceeded", "超标样品 / samples over the limits", "个")
            .amount("samples.exceedances", "超标项次 / measurements over the limits", "项次")
            .amount("feedback.closed", "督察反馈问题销号 / feedback items closed", "个");

    /** The mark a campaign result's detail (its unit) carries when the officer recorded the count as approximate. */
    public static final String APPROXIMATE = "（约数）";

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
        FiguresRequest request = FiguresRequest.of(parks.scope(), requestedParks, from, to, LocalDate.now(clock));
        return request.eachPark(this::park).map(list -> new FiguresReport(request.from(), request.to(), request.baseFrom(),
                request.baseTo(), list));
    }

    private Uni<ParkFigures> park(String park, FiguresRequest request) {
        Period current = request.current();
        Period base = request.base();
        return values(park, current).flatMap(now -> values(park, base).flatMap(before -> highlights(park, current)
                .map(lists -> new ParkFigures(park, current.asOf(), base.asOf(), TABLE.assemble(now, before), lists))));
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

    private Uni<List<Highlight>> highlights(String park, Period p) {
        List<Highlight> out = new ArrayList<>();
        return figures.campaigns(park, p.from(), p.to()).invoke(rows -> out.add(new Highlight("campaigns",
                "专项行动 / campaigns", rows.stream().map(r -> new HighlightItem(null, (String) r[0], date(r[1]),
                        CampaignKind.valueOf((String) r[2]).label(), null)).toList())))
                .chain(() -> figures.campaignResults(park, p.from(), p.to()))
                .invoke(rows -> out.add(new Highlight("campaigns.results",
                        "专项行动成果（说明为单位，约数的单位后加注约数） / campaign results; the detail is the unit, followed by"
                                + " “（约数）” when the count is approximate",
                        rows.stream().map(r -> new HighlightItem(null, (String) r[0], date(r[1]),
                                r[2] + (Boolean.TRUE.equals(r[5]) ? APPROXIMATE : ""), num(r[3]))).toList())))
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
