package cn.yuanqu.land.figures;

import static cn.yuanqu.platform.figures.Rows.num;
import static cn.yuanqu.platform.figures.Rows.date;
import static cn.yuanqu.platform.figures.Rows.put;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.land.factory.LeaseEndKind;
import cn.yuanqu.land.idle.DisposalMethod;
import cn.yuanqu.land.landcase.CaseKind;
import cn.yuanqu.platform.figures.FigureTable;
import cn.yuanqu.platform.figures.FiguresRequest;
import cn.yuanqu.platform.figures.Highlight;
import cn.yuanqu.platform.figures.HighlightItem;
import cn.yuanqu.platform.figures.Months.Period;
import cn.yuanqu.platform.tenancy.ParkContext;

/**
 * The figures endpoint of DESIGN.md for land-service: for each park asked and a period of months — the
 * idle, inefficient and in-approval stock at the period's end, land recovered, cases opened, under way
 * and disposed with the area, the area brought back into use (盘活), the stock at the start and the share
 * of it disposed, idle fees decided, factory area let and vacant, clearances, rent, deposit and property
 * fee collected, the arrears and the A/B/C/D distribution of the latest 亩产效益 evaluation — each with the same months a year before and the 同比 ratio, plus the
 * named lists behind them. All computed from dated records.
 */
@ApplicationScoped
public class FiguresService {

    /** The figures of this service (docs/land-service.md), in order. */
    static final FigureTable TABLE = new FigureTable("land")
            .amount("land.idleParcels", "闲置土地（宗） / idle parcels", "宗")
            .amount("land.idleMu", "闲置土地面积 / idle land", "亩")
            .amount("land.inefficientParcels", "低效用地（宗） / inefficient parcels", "宗")
            .amount("land.inefficientMu", "低效用地面积 / inefficient land", "亩")
            .amount("land.inApprovalParcels", "报批中宗地 / parcels in approval", "宗")
            .amount("land.inApprovalMu", "报批中面积 / land in approval", "亩")
            .amount("land.recoveredParcels", "收回土地（宗） / parcels recovered", "宗")
            .amount("land.recoveredMu", "收回土地面积 / land recovered", "亩")
            .amount("cases.opened", "立案调查 / cases opened", "宗")
            .amount("cases.open", "在办处置案件 / cases under way", "宗")
            .amount("cases.disposed", "处置完成 / cases disposed", "宗")
            .amount("cases.disposedMu", "处置闲置低效用地面积 / area disposed", "亩")
            .amount("cases.revitalisedMu", "盘活土地面积 / area brought back into use", "亩")
            .amount("cases.stockAtStartMu", "期初闲置低效存量 / idle and inefficient stock at the start", "亩")
            .rate("cases.clearedShare", "存量处置率 / share of the stock disposed", "ratio")
            .rate("cases.clearedTarget", "年度处置目标（年初存量的比例） / the year's disposal target", "ratio")
            .amount("cases.targetMu", "目标处置面积（期初存量×目标） / area to dispose of for the target", "亩")
            .amount("cases.idleFees", "征缴土地闲置费 / idle fees decided", "元")
            .amount("factories.areaM2", "标准厂房面积 / factory floor area", "平方米")
            .amount("factories.leasedM2", "已出租面积 / area let", "平方米")
            .amount("factories.vacantM2", "空置面积 / area vacant", "平方米")
            .rate("factories.vacancyRate", "空置率 / vacancy rate", "ratio")
            .amount("factories.clearances", "清退腾退（户） / leases cleared or vacated", "户")
            .amount("factories.clearedM2", "清退腾退面积 / area cleared or vacated", "平方米")
            .amount("factories.rentCollected", "收取租金 / rent collected", "元")
            .amount("factories.depositCollected", "收取履约保证金 / deposits collected", "元")
            .amount("factories.propertyFeeCollected", "收取物业费 / property fees collected", "元")
            .amount("factories.arrears", "欠缴租金物业费 / arrears", "元")
            .rate("efficiency.year", "亩产效益评价年度（期末年度及以前最近一次） / year of the latest per-mu evaluation", "年")
            .amount("efficiency.evaluated", "参评企业 / enterprises evaluated", "户")
            .amount("efficiency.gradeA", "A类（优先发展） / class A", "户")
            .amount("efficiency.gradeB", "B类（支持发展） / class B", "户")
            .amount("efficiency.gradeC", "C类（提升发展） / class C", "户")
            .amount("efficiency.gradeD", "D类（限制发展） / class D", "户")
            .amount("efficiency.gradeDMu", "D类企业用地 / land of class D", "亩");

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
        return figures.parcelStocks(park, p.asOf()).invoke(r -> put(v, r, "land.idleParcels", "land.idleMu",
                "land.inefficientParcels", "land.inefficientMu", "land.inApprovalParcels", "land.inApprovalMu"))
                .chain(() -> figures.parcelStocks(park, p.from().minusDays(1)))
                .invoke(r -> v.put("cases.stockAtStartMu", num(r[1]).add(num(r[3]))))
                .chain(() -> figures.recovered(park, p.from(), p.to()))
                .invoke(r -> put(v, r, "land.recoveredParcels", "land.recoveredMu"))
                .chain(() -> figures.cases(park, p.from(), p.to(), p.asOf()))
                .invoke(r -> put(v, r, "cases.opened", "cases.open", "cases.disposed", "cases.disposedMu", "cases.revitalisedMu",
                        "cases.idleFees"))
                .chain(() -> figures.factories(park, p.from(), p.to(), p.asOf()))
                .invoke(r -> put(v, r, "factories.areaM2", "factories.leasedM2", "factories.clearances", "factories.clearedM2"))
                .chain(() -> figures.target(park, p.to()))
                .invoke(r -> v.put("cases.clearedTarget", r[0] == null ? null : num(r[0])))
                .chain(() -> figures.efficiency(park, p.asOf()))
                .invoke(r -> {
                    put(v, r, null, "efficiency.evaluated", "efficiency.gradeA", "efficiency.gradeB", "efficiency.gradeC",
                            "efficiency.gradeD", "efficiency.gradeDMu");
                    v.put("efficiency.year", r[0] == null ? null : num(r[0]));
                })
                .chain(() -> figures.ledger(park, p.from(), p.to(), p.asOf())).map(r -> {
                    put(v, r, "factories.rentCollected", "factories.depositCollected", "factories.propertyFeeCollected",
                            "factories.arrears");
                    BigDecimal area = v.get("factories.areaM2");
                    BigDecimal vacant = area.subtract(v.get("factories.leasedM2")).max(BigDecimal.ZERO);
                    v.put("factories.vacantM2", vacant);
                    v.put("factories.vacancyRate", area.signum() == 0 ? null : vacant.divide(area, 4, RoundingMode.HALF_UP));
                    BigDecimal stock = v.get("cases.stockAtStartMu");
                    v.put("cases.clearedShare", stock.signum() == 0 ? null
                            : v.get("cases.disposedMu").divide(stock, 4, RoundingMode.HALF_UP));
                    BigDecimal target = v.get("cases.clearedTarget");
                    v.put("cases.targetMu", target == null ? null : stock.multiply(target).setScale(4, RoundingMode.HALF_UP));
                    return v;
                });
    }

    private Uni<List<Highlight>> highlights(String park, Period p) {
        List<Highlight> out = new ArrayList<>();
        return figures.stepped(park, "INVESTIGATING", p.from(), p.to())
                .invoke(rows -> out.add(new Highlight("cases.opened", "立案调查 / cases opened", items(rows, false))))
                .chain(() -> figures.investigating(park, p.asOf()))
                .invoke(rows -> out.add(new Highlight("cases.investigating", "调查中（期末） / under investigation at the end",
                        rows.stream().map(r -> new HighlightItem((String) r[0], (String) r[1], date(r[2]),
                                CaseKind.valueOf((String) r[3]).label() + "（" + r[4] + "）", num(r[5]))).toList())))
                .chain(() -> figures.stepped(park, "DECIDED", p.from(), p.to()))
                .invoke(rows -> out.add(new Highlight("cases.decided", "处置决定（说明为方式） / decisions, the detail is the method",
                        items(rows, true))))
                .chain(() -> figures.stepped(park, "DISPOSED", p.from(), p.to()))
                .invoke(rows -> out.add(new Highlight("cases.disposed", "处置完成（说明为方式，数值为处置亩数） / cases disposed",
                        rows.stream().map(r -> new HighlightItem((String) r[0], (String) r[1], date(r[2]), method(r[4]), num(r[6])))
                                .toList())))
                .chain(() -> figures.disposedByMethod(park, p.from(), p.to()))
                .invoke(rows -> out.add(new Highlight("cases.byMethod", "按处置方式的处置面积（亩） / area disposed by method",
                        rows.stream().map(r -> new HighlightItem(null, method(r[0]), null, num(r[1]).toPlainString() + "宗", num(r[2])))
                                .toList())))
                .chain(() -> figures.clearances(park, p.from(), p.to()))
                .invoke(rows -> out.add(new Highlight("factories.cleared", "标准厂房清退腾退（数值为平方米） / factory clearances",
                        rows.stream().map(r -> new HighlightItem((String) r[0], (String) r[1], date(r[2]),
                                LeaseEndKind.valueOf((String) r[3]).label() + (r[4] == null ? "" : "：" + r[4]), num(r[5]))).toList())))
                .replaceWith(out);
    }

    /** Case items: the holder (or parcel), the day, the kind or the method, the parcel's 亩. */
    private static List<HighlightItem> items(List<Object[]> rows, boolean withMethod) {
        return rows.stream().map(r -> new HighlightItem((String) r[0], (String) r[1], date(r[2]),
                withMethod ? method(r[4]) : CaseKind.valueOf((String) r[3]).label() + "（" + r[7] + "）", num(r[5]))).toList();
    }

    private static String method(Object o) {
        return o == null ? null : DisposalMethod.valueOf((String) o).label();
    }
}
