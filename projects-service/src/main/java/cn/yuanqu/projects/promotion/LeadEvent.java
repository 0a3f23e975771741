package cn.yuanqu.projects.promotion;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The follow-up log of a lead (跟进记录): its status changes and the officers' notes. Never updated. */
@Entity
@Table(name = "lead_event")
public class LeadEvent {

    /** A status change. */
    static final String STATUS = "STATUS";
    /** A follow-up note (visit, call, meeting). */
    static final String FOLLOW_UP = "FOLLOW_UP";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "lead_id", nullable = false, updatable = false)
    private UUID leadId;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "from_status", updatable = false)
    private String fromStatus;

    @Column(name = "to_status", updatable = false)
    private String toStatus;

    @Column(name = "on_date", nullable = false, updatable = false)
    private LocalDate onDate;

    @Column(updatable = false)
    private String text;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected LeadEvent() {
        // for Hibernate
    }

    static LeadEvent status(Lead l, LeadStatus from, LocalDate on, String text, String actor, OffsetDateTime now) {
        LeadEvent e = base(l, STATUS, on, text, actor, now);
        e.fromStatus = from == null ? null : from.name();
        e.toStatus = l.getStatus().name();
        return e;
    }

    static LeadEvent followUp(Lead l, LocalDate on, String text, String actor, OffsetDateTime now) {
        return base(l, FOLLOW_UP, on, text, actor, now);
    }

    private static LeadEvent base(Lead l, String kind, LocalDate on, String text, String actor, OffsetDateTime now) {
        LeadEvent e = new LeadEvent();
        e.parkId = l.getParkId();
        e.leadId = l.getId();
        e.kind = kind;
        e.onDate = on;
        e.text = text;
        e.actor = actor;
        e.recordedAt = now;
        return e;
    }

    public String getKind() {
        return kind;
    }

    public String getFromStatus() {
        return fromStatus;
    }

    public String getToStatus() {
        return toStatus;
    }

    public LocalDate getOnDate() {
        return onDate;
    }

    public String getText() {
        return text;
    }

    public String getActor() {
        return actor;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
