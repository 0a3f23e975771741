package cn.yuanqu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.yuanqu.demo.DemoEnterprise.StatusEvent;

/**
 * Monthly reports of 兴国's demo enterprises, generated so that the park's totals, computed by the
 * service, are the reports' (XINGGUO.md): 2024 营业收入 100.8亿 (突破100亿, 同比 +15% on 2023),
 * 利润 4亿, 工业增加值 7.54亿 (同比 +24%); January–May 2022 营业收入 13.88亿 (同比 −14.78% on
 * January–May 2021) and 利润 5561.93万 (−15.25%). Each period's total is split over the reporting
 * enterprises by fixed weights and over the months evenly, in cents, so the sums are exact.
 */
public final class DemoIndicators {

    /** One month of one enterprise, as the batch API takes it (money in yuan). */
    public record Row(String creditCode, YearMonth month, BigDecimal revenue, BigDecimal profit, BigDecimal valueAdded) {
    }

    /** Totals of a period, in cents. */
    record Period(YearMonth from, YearMonth to, long revenue, long profit, long valueAdded) {
    }

    static final List<Period> PERIODS = List.of(
            new Period(YearMonth.of(2021, 1), YearMonth.of(2021, 5), 162_872_565_126L, 6_562_749_262L, 30_000_000_000L),
            new Period(YearMonth.of(2022, 1), YearMonth.of(2022, 5), 138_800_000_000L, 5_561_930_000L, 26_000_000_000L),
            new Period(YearMonth.of(2023, 1), YearMonth.of(2023, 12), 876_521_739_130L, 35_000_000_000L, 60_806_451_613L),
            new Period(YearMonth.of(2024, 1), YearMonth.of(2024, 12), 1_008_000_000_000L, 40_000_000_000L, 75_400_000_000L));

    private DemoIndicators() {
    }

    /** The enterprises that report: settled before 2021 and never exited, suspended or a zombie. */
    static List<DemoEnterprise> reporting() {
        return DemoZone.xingguo().stream()
                .filter(e -> e.settledOn().isBefore(LocalDate.of(2021, 1, 1)))
                .filter(e -> e.events().stream().noneMatch(ev -> ev instanceof StatusEvent))
                .toList();
    }

    public static List<Row> xingguo() {
        List<DemoEnterprise> reporting = reporting();
        Random random = new Random(DemoZone.SEED + 11);
        long[] weights = new long[reporting.size()];
        long weightSum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 + random.nextInt(40) + (reporting.get(i).aboveScaleSince() != null ? 60 : 0);
            weightSum += weights[i];
        }
        List<Row> rows = new ArrayList<>();
        for (Period p : PERIODS) {
            long[] revenue = split(p.revenue(), weights, weightSum);
            long[] profit = split(p.profit(), weights, weightSum);
            long[] valueAdded = split(p.valueAdded(), weights, weightSum);
            int months = (int) (p.to().getMonthValue() - p.from().getMonthValue() + 1);
            for (int i = 0; i < reporting.size(); i++) {
                long[] r = evenly(revenue[i], months);
                long[] pr = evenly(profit[i], months);
                long[] va = evenly(valueAdded[i], months);
                for (int m = 0; m < months; m++) {
                    rows.add(new Row(reporting.get(i).creditCode(), p.from().plusMonths(m), yuan(r[m]), yuan(pr[m]),
                            yuan(va[m])));
                }
            }
        }
        return List.copyOf(rows);
    }

    /** The batch API body of a row: the other figures follow from revenue. */
    public static Map<String, Object> body(Row row) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("outputValue", row.revenue().multiply(new BigDecimal("1.05")).setScale(2, java.math.RoundingMode.HALF_UP));
        values.put("operatingRevenue", row.revenue());
        values.put("mainBusinessRevenue", row.revenue().multiply(new BigDecimal("0.95")).setScale(2, java.math.RoundingMode.HALF_UP));
        values.put("valueAdded", row.valueAdded());
        values.put("profit", row.profit());
        values.put("taxPaid", row.revenue().multiply(new BigDecimal("0.03")).setScale(2, java.math.RoundingMode.HALF_UP));
        values.put("rdSpending", row.revenue().multiply(new BigDecimal("0.02")).setScale(2, java.math.RoundingMode.HALF_UP));
        values.put("energyTce", row.revenue().divide(new BigDecimal("20000"), 3, java.math.RoundingMode.HALF_UP));
        values.put("employees", 30 + Math.abs(row.creditCode().hashCode() % 400));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("creditCode", row.creditCode());
        body.put("month", row.month().toString());
        body.put("values", values);
        return body;
    }

    /** Splits {@code total} cents by weights; the last share takes the remainder, so the parts add up. */
    static long[] split(long total, long[] weights, long weightSum) {
        long[] parts = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length - 1; i++) {
            parts[i] = java.math.BigInteger.valueOf(total).multiply(java.math.BigInteger.valueOf(weights[i]))
                    .divide(java.math.BigInteger.valueOf(weightSum)).longValueExact();
            given += parts[i];
        }
        parts[weights.length - 1] = total - given;
        return parts;
    }

    static long[] evenly(long total, int months) {
        long[] parts = new long[months];
        long each = total / months;
        for (int m = 0; m < months; m++) {
            parts[m] = each;
        }
        parts[months - 1] += total - each * months;
        return parts;
    }

    private static BigDecimal yuan(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
