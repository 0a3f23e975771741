package cn.yuanqu.platform.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.Violation;

/**
 * The period of the figures endpoint (DESIGN.md): months {@code from}…{@code to} (YYYY-MM, at most 36),
 * and the same months a year before as the 同比 base. Bad months are a 400 naming the parameter.
 */
public record Months(YearMonth from, YearMonth to) {

    public static final int MAX_MONTHS = 36;

    /** A period of days: its first and last day and the date stocks are taken (its end, or today while it runs). */
    public record Period(LocalDate from, LocalDate to, LocalDate asOf) {
    }

    public static Months parse(String from, String to) {
        List<Violation> bad = new ArrayList<>();
        YearMonth f = month("from", from, bad);
        YearMonth t = month("to", to, bad);
        if (f != null && t != null) {
            if (f.isAfter(t)) {
                bad.add(new Violation("to", "NotBeforeFrom", "截止月份不能早于起始月份", "to cannot be before from"));
            } else if (f.plusMonths(MAX_MONTHS - 1).isBefore(t)) {
                bad.add(new Violation("to", "MaxMonths", "期间最长" + MAX_MONTHS + "个月",
                        "a period has at most " + MAX_MONTHS + " months"));
            }
        }
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return new Months(f, t);
    }

    /** These months as days, stocks as of their end or {@code today}, whichever is earlier. */
    public Period current(LocalDate today) {
        return period(from, to, today);
    }

    /** The same months a year before. */
    public Period base(LocalDate today) {
        return period(from.minusYears(1), to.minusYears(1), today);
    }

    public Months minusYears(int years) {
        return new Months(from.minusYears(years), to.minusYears(years));
    }

    private static Period period(YearMonth f, YearMonth t, LocalDate today) {
        LocalDate end = t.atEndOfMonth();
        return new Period(f.atDay(1), end, end.isAfter(today) ? today : end);
    }

    private static YearMonth month(String field, String raw, List<Violation> bad) {
        if (raw == null || !raw.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            bad.add(new Violation(field, "Pattern", "月份格式应为 YYYY-MM", field + " must be a month YYYY-MM"));
            return null;
        }
        try {
            return YearMonth.parse(raw);
        } catch (DateTimeParseException e) {
            bad.add(new Violation(field, "Pattern", "月份格式应为 YYYY-MM", field + " must be a month YYYY-MM"));
            return null;
        }
    }
}
