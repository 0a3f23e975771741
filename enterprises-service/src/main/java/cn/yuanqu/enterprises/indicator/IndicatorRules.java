package cn.yuanqu.enterprises.indicator;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.yuanqu.platform.error.Violation;

/** What a monthly report must satisfy, for single submissions and for every row of a batch. */
final class IndicatorRules {

    static final BigDecimal MAX = new BigDecimal("9999999999999999.99");

    private IndicatorRules() {
    }

    /** A month {@code YYYY-MM} not after {@code current}; null when invalid (a violation on {@code field} added). */
    static YearMonth month(String field, String raw, YearMonth current, List<Violation> out) {
        if (raw == null || !raw.matches("^[0-9]{4}-(0[1-9]|1[0-2])$")) {
            out.add(new Violation(field, "Pattern", "月份格式应为 YYYY-MM", "month must be YYYY-MM"));
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(raw);
            if (month.isAfter(current)) {
                out.add(new Violation(field, "NotFuture", "不能填报未来月份", "cannot report a future month"));
                return null;
            }
            return month;
        } catch (DateTimeParseException e) {
            out.add(new Violation(field, "Pattern", "月份格式应为 YYYY-MM", "month must be YYYY-MM"));
            return null;
        }
    }

    /** The figures: required ones present, amounts not negative (profit may be), scale within NUMERIC(18,2). */
    static List<Violation> values(String prefix, IndicatorValues v) {
        List<Violation> out = new ArrayList<>();
        if (v == null) {
            out.add(new Violation(prefix.isEmpty() ? "values" : prefix.substring(0, prefix.length() - 1), "NotNull",
                    "缺少指标数据", "figures are missing"));
            return out;
        }
        required(out, prefix + "outputValue", v.outputValue(), false);
        required(out, prefix + "operatingRevenue", v.operatingRevenue(), false);
        required(out, prefix + "mainBusinessRevenue", v.mainBusinessRevenue(), false);
        required(out, prefix + "profit", v.profit(), true);
        required(out, prefix + "taxPaid", v.taxPaid(), false);
        optional(out, prefix + "valueAdded", v.valueAdded(), true);
        optional(out, prefix + "vatPayable", v.vatPayable(), true);
        optional(out, prefix + "rdSpending", v.rdSpending(), false);
        optional(out, prefix + "energyTce", v.energyTce(), false, 3);
        if (v.employees() != null && v.employees() < 0) {
            out.add(new Violation(prefix + "employees", "PositiveOrZero", "不能为负数", "must not be negative"));
        }
        if (v.mainBusinessRevenue() != null && v.operatingRevenue() != null
                && v.mainBusinessRevenue().compareTo(v.operatingRevenue()) > 0) {
            out.add(new Violation(prefix + "mainBusinessRevenue", "NotAboveOperatingRevenue",
                    "主营业务收入不能大于营业收入", "main business revenue cannot exceed operating revenue"));
        }
        return out;
    }

    private static void required(List<Violation> out, String field, BigDecimal value, boolean mayBeNegative) {
        if (value == null) {
            out.add(new Violation(field, "NotNull", "不能为空", "must not be null"));
            return;
        }
        optional(out, field, value, mayBeNegative);
    }

    private static void optional(List<Violation> out, String field, BigDecimal value, boolean mayBeNegative) {
        optional(out, field, value, mayBeNegative, 2);
    }

    private static void optional(List<Violation> out, String field, BigDecimal value, boolean mayBeNegative,
            int decimals) {
        if (value == null) {
            return;
        }
        if (!mayBeNegative && value.signum() < 0) {
            out.add(new Violation(field, "PositiveOrZero", "不能为负数", "must not be negative"));
        } else if (value.stripTrailingZeros().scale() > decimals) {
            out.add(new Violation(field, "Digits", "最多" + decimals + "位小数", "at most " + decimals + " decimals"));
        } else if (value.abs().compareTo(MAX) > 0) {
            out.add(new Violation(field, "Max", "数值过大", "value too large"));
        }
    }
}
