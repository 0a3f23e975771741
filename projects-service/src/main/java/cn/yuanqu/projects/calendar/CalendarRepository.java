package cn.yuanqu.projects.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The national and per-park exception days. */
@ApplicationScoped
@WithSession
public class CalendarRepository implements PanacheRepositoryBase<CalendarDay, CalendarDay.Key> {

    /** The park's effective exception days in {@code from}…{@code to}: its own rows win over the national ones. */
    public Uni<Map<LocalDate, CalendarDay>> effective(String park, LocalDate from, LocalDate to) {
        return list("parkId in ?1 and day between ?2 and ?3", Sort.by("day"), List.of(CalendarDay.NATIONAL, park), from, to)
                .map(rows -> {
                    Map<LocalDate, CalendarDay> out = new LinkedHashMap<>();
                    rows.stream().filter(d -> d.getParkId().equals(CalendarDay.NATIONAL)).forEach(d -> out.put(d.getDay(), d));
                    rows.stream().filter(d -> !d.getParkId().equals(CalendarDay.NATIONAL)).forEach(d -> out.put(d.getDay(), d));
                    return out;
                });
    }

    /** The park's calendar over {@code from}…{@code to}. */
    public Uni<WorkingCalendar> calendar(String park, LocalDate from, LocalDate to) {
        return effective(park, from, to).map(days -> {
            Map<LocalDate, Boolean> working = new LinkedHashMap<>();
            days.forEach((day, d) -> working.put(day, d.isWorking()));
            return new WorkingCalendar(working);
        });
    }

    Uni<Long> deleteParkYear(String park, int year) {
        return delete("parkId = ?1 and day between ?2 and ?3", park, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
