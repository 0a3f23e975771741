package cn.yuanqu.projects.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.audit.AuditTrail;
import cn.yuanqu.platform.error.ForbiddenException;
import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.RuleViolationException;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;

/**
 * The per-park working-day calendar: the national arrangement by default, a park's own days (e.g. a
 * local holiday, a different 调休) over it. Edited by admin only, one year at a time.
 */
@ApplicationScoped
public class CalendarService {

    static final String ENTITY = "calendar";
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private final CalendarRepository days;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final SecurityIdentity identity;

    public CalendarService(CalendarRepository days, AuditTrail audit, ParkContext parks, SecurityIdentity identity) {
        this.days = days;
        this.audit = audit;
        this.parks = parks;
        this.identity = identity;
    }

    @WithSession
    public Uni<CalendarYear> year(String park, int year) {
        String resolved = parks.scope().resolve(park);
        requireYear(year);
        return yearOf(resolved, year);
    }

    @WithSession
    public Uni<WorkingDays> workingDays(String park, LocalDate from, LocalDate to) {
        String resolved = parks.scope().resolve(park);
        if (from.plusYears(20).isBefore(to) || to.plusYears(20).isBefore(from)) {
            throw new InvalidInputException(List.of(new Violation("to", "Range", "日期跨度不能超过20年",
                    "from and to may be at most 20 years apart")));
        }
        LocalDate lo = from.isBefore(to) ? from : to;
        LocalDate hi = from.isBefore(to) ? to : from;
        return days.calendar(resolved, lo, hi)
                .map(c -> new WorkingDays(resolved, from, to, c.workingDaysBetween(from, to)));
    }

    /** Replaces the park's own days of {@code year}; admin only; audited. */
    @WithTransaction
    public Uni<CalendarYear> replace(String park, int year, @NotNull @Valid CalendarInput input) {
        ParkScope scope = parks.scope();
        if (!identity.hasRole("admin")) {
            throw new ForbiddenException("工作日历由管理员维护", "the calendar is kept by an admin");
        }
        String resolved = scope.resolve(park);
        requireYear(year);
        List<Violation> bad = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < input.days().size(); i++) {
            SpecialDayInput d = input.days().get(i);
            if (d.day().getYear() != year) {
                bad.add(new Violation("days[" + i + "].day", "InYear", "日期须在" + year + "年内", "must be in " + year));
            }
            if (!seen.add(d.day())) {
                bad.add(new Violation("days[" + i + "].day", "Unique", "日期重复", "the day is listed twice"));
            }
        }
        if (!bad.isEmpty()) {
            throw new RuleViolationException(bad);
        }
        String actor = scope.actor();
        return yearOf(resolved, year).flatMap(before -> days.deleteParkYear(resolved, year)
                .chain(() -> days.persist(input.days().stream()
                        .map(d -> CalendarDay.of(resolved, d.day(), d.working(), d.name().strip())).toList()))
                .chain(() -> days.flush())
                .chain(() -> yearOf(resolved, year))
                .call(after -> audit.record(resolved, ENTITY, resolved + "/" + year, "replace", actor, before, after, null)));
    }

    private Uni<CalendarYear> yearOf(String park, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return days.effective(park, first, last).map(effective -> {
            java.util.Map<LocalDate, Boolean> working = new java.util.HashMap<>();
            effective.forEach((day, d) -> working.put(day, d.isWorking()));
            int count = new WorkingCalendar(working).workingDaysBetween(first.minusDays(1), last);
            return new CalendarYear(park, year, count, effective.values().stream().map(SpecialDay::of).toList());
        });
    }

    static void requireYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidInputException(List.of(new Violation("year", "Range",
                    "年度须在" + MIN_YEAR + "–" + MAX_YEAR + "之间", "year must be between " + MIN_YEAR + " and " + MAX_YEAR)));
        }
    }
}
