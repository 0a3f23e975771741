package cn.yuanqu.safety.hazard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A step of a hazard (留痕): a status change, a plan, a review, an approval, an escalation. Never updated. */
@Entity
@Table(name = "hazard_event")
public class HazardEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "hazard_id", nullable = false, updatable = false)
    private UUID hazardId;

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

    protected HazardEvent() {
        // for Hibernate
    }

    static HazardEvent of(Hazard h, String kind, HazardStatus from, LocalDate on, String text, String actor,
            OffsetDateTime now) {
        HazardEvent e = new HazardEvent();
        e.parkId = h.getParkId();
        e.hazardId = h.getId();
        e.kind = kind;
        e.fromStatus = from == null ? null : from.name();
        e.toStatus = h.getStatus().name();
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
