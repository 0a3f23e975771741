package cn.yuanqu.projects.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * A park's working-day calendar over a range of dates: Monday–Friday are working days and weekends are
 * not, except the listed days (public holidays on weekdays, weekend days worked in exchange — 调休).
 * Pure and immutable.
 */
public final class WorkingCalendar {

    private final Map<LocalDate, Boolean> exceptions;

    /** @param exceptions day → whether it is a working day, for the days that break the weekly rule */
    public WorkingCalendar(Map<LocalDate, Boolean> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean listed = exceptions.get(day);
        if (listed != null) {
            return listed;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The working days after {@code from} up to and including {@code to}: signed on a Friday and
     * started the next Monday is 1 working day; the same day is 0. Negative when {@code to} is before
     * {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** The {@code n}-th working day after {@code from} (n ≥ 1): e.g. the 50-working-day deadline to start. */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        LocalDate d = from;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
