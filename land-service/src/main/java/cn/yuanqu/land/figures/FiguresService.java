package cn.yuanqu.land.figures;

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
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.land.factory.LeaseEndKind;
import cn.yuanqu.land.idle.DisposalMethod;
import cn.yuanqu.land.landcase.CaseKind;
import cn.yuanqu.platform.error.ForbiddenException;
import cn.yuanqu.platform.figures.Figure;
import cn.yuanqu.platform.figures.Highlight;
import cn.yuanqu.platform.figures.HighlightItem;
import cn.yuanqu.platform.figures.Months;
import cn.yuanqu.platform.figures.Months.Period;
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;

/**
 * The figures endpoint of DESIGN.md for land-service: for each park asked and a period of months — the
 * idle, inefficient and in-approval stock at the period's end, land recovered, cases opened, under way
 * and disposed with the area, the area brought back into use (盘活), the stock at the start and the share
 * of it disposed, idle fees decided, factory area let and vacant, clearances, rent, deposit and property
 * fee collected and the arrears — each with the same months a year before and the 同比 ratio, plus the
 * named lists behind them. All computed from dated records.
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
                    return v;
                });
    }

    /** Puts the columns of a row under the keys, in order. */
    private static void put(Map<String, BigDecimal> v, Object[] row, String... keys) {
        for (int k = 0; k < keys.length; k++) {
            v.put(keys[k], num(row[k]));
        }
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

    static BigDecimal num(Object o) {
        return o == null ? BigDecimal.ZERO : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    private static LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : o instanceof LocalDate l ? l : LocalDate.parse(o.toString());
    }
}
