package cn.yuanqu.projects.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Working-day arithmetic across weekends, holidays and 调休 weekends (the 2024 national arrangement). */
class WorkingCalendarTest {

    /** 2024's Spring Festival, Qingming and National Day: holidays on weekdays and the weekends worked. */
    static WorkingCalendar calendar2024() {
        Map<LocalDate, Boolean> days = new HashMap<>();
        for (LocalDate d = LocalDate.of(2024, 2, 10); !d.isAfter(LocalDate.of(2024, 2, 17)); d = d.plusDays(1)) {
            days.put(d, false);
        }
        days.put(LocalDate.of(2024, 2, 4), true);
        days.put(LocalDate.of(2024, 2, 18), true);
        days.put(LocalDate.of(2024, 4, 4), false);
        days.put(LocalDate.of(2024, 4, 5), false);
        days.put(LocalDate.of(2024, 4, 7), true);
        for (LocalDate d = LocalDate.of(2024, 10, 1); !d.isAfter(LocalDate.of(2024, 10, 7)); d = d.plusDays(1)) {
            days.put(d, false);
        }
        days.put(LocalDate.of(2024, 9, 29), true);
        days.put(LocalDate.of(2024, 10, 12), true);
        return new WorkingCalendar(days);
    }

    @Test
    void weekendsAndHolidaysAreNotCountedAndWorkedWeekendsAre() {
        WorkingCalendar c = calendar2024();
        assertThat(c.isWorkingDay(LocalDate.of(2024, 2, 12))).as("春节 Monday").isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2024, 2, 18))).as("调休 Sunday").isTrue();
        assertThat(c.isWorkingDay(LocalDate.of(2024, 2, 24))).as("plain Saturday").isFalse();
        // Thu 8 Feb → Mon 19 Feb: Fri 9, Sun 18 (worked), Mon 19
        assertThat(c.workingDaysBetween(LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 19))).isEqualTo(3);
        // Wed 3 Apr → Mon 8 Apr: 清明 Thu–Fri off, Sun 7 worked, Mon 8
        assertThat(c.workingDaysBetween(LocalDate.of(2024, 4, 3), LocalDate.of(2024, 4, 8))).isEqualTo(2);
        // Fri 27 Sep → Mon 14 Oct across National Day: Sun 29 Sep, Mon 30 Sep, Tue–Fri 8–11 Oct, Sat 12, Mon 14
        assertThat(c.workingDaysBetween(LocalDate.of(2024, 9, 27), LocalDate.of(2024, 10, 14))).isEqualTo(8);
    }

    @Test
    void countingExcludesTheFirstDayAndIncludesTheLast() {
        WorkingCalendar c = calendar2024();
        LocalDate friday = LocalDate.of(2024, 3, 1);
        assertThat(c.workingDaysBetween(friday, friday)).isZero();
        assertThat(c.workingDaysBetween(friday, LocalDate.of(2024, 3, 4))).isEqualTo(1);
        assertThat(c.workingDaysBetween(LocalDate.of(2024, 3, 4), friday)).isEqualTo(-1);
    }

    @Test
    void theFiftiethWorkingDayAfterSigningLiesBeyondTheSpringFestival() {
        WorkingCalendar c = calendar2024();
        LocalDate signed = LocalDate.of(2024, 1, 26);
        LocalDate deadline = c.plusWorkingDays(signed, 50);
        assertThat(deadline).isEqualTo(LocalDate.of(2024, 4, 11));
        assertThat(c.workingDaysBetween(signed, deadline)).isEqualTo(50);
        assertThat(c.workingDaysBetween(signed, deadline.minusDays(1))).isEqualTo(49);
        assertThatThrownBy(() -> c.plusWorkingDays(signed, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
