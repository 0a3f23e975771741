package cn.yuanqu.projects.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A day that breaks the weekly rule: a holiday on a weekday or a weekend day worked (调休). Rows of
 * park {@code *} are the national arrangement; a park's own rows override them day by day.
 */
@Entity
@Table(name = "calendar_day")
@IdClass(CalendarDay.Key.class)
public class CalendarDay {

    /** The national calendar's park id. */
    public static final String NATIONAL = "*";

    @Id
    @Column(name = "park_id")
    private String parkId;

    @Id
    private LocalDate day;

    @Column(nullable = false)
    private boolean working;

    @Column(nullable = false)
    private String name;

    protected CalendarDay() {
        // for Hibernate
    }

    static CalendarDay of(String parkId, LocalDate day, boolean working, String name) {
        CalendarDay d = new CalendarDay();
        d.parkId = parkId;
        d.day = day;
        d.working = working;
        d.name = name;
        return d;
    }

    public String getParkId() {
        return parkId;
    }

    public LocalDate getDay() {
        return day;
    }

    public boolean isWorking() {
        return working;
    }

    public String getName() {
        return name;
    }

    /** The composite key (park, day). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String parkId;
        private LocalDate day;

        public Key() {
        }

        public Key(String parkId, LocalDate day) {
            this.parkId = parkId;
            this.day = day;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(parkId, k.parkId) && Objects.equals(day, k.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(parkId, day);
        }
    }
}
