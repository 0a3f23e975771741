package cn.yuanqu.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * One enterprise of a demo zone, with its history: when it settled in the park, when it entered
 * (and possibly left) 规上, and its status changes. Dates are business dates (Asia/Shanghai).
 */
public record DemoEnterprise(
        String park,
        String creditCode,
        String name,
        String legalRepresentative,
        String industry,
        String industryChain,
        String grid,
        String cadre,
        String address,
        LocalDate settledOn,
        List<Event> events) {

    /** A dated change recorded through the API after registration. */
    public sealed interface Event permits ScaleEvent, StatusEvent {
        LocalDate date();
    }

    /** 入规 ({@code aboveScale = true}) or 退规. */
    public record ScaleEvent(boolean aboveScale, LocalDate date, String reason) implements Event {
    }

    /** A status change (OPERATING, PARTIALLY_SUSPENDED, SUSPENDED, ZOMBIE, EXITED). */
    public record StatusEvent(String status, LocalDate date, String reason) implements Event {
    }

    /** The date this enterprise entered 规上 most recently, if it is above scale at the end of its history. */
    public LocalDate aboveScaleSince() {
        LocalDate since = null;
        for (Event e : events) {
            if (e instanceof ScaleEvent s) {
                since = s.aboveScale() ? s.date() : null;
            }
        }
        return since;
    }
}
