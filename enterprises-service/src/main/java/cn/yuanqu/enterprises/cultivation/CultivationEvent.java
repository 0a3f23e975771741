package cn.yuanqu.enterprises.cultivation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of an entry's history: a dated transition or a measure taken (帮扶措施). Never updated. */
@Entity
@Table(name = "cultivation_event")
public class CultivationEvent {

    /** What the line records. */
    public enum Kind {
        TRANSITION, MEASURE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private UUID entryId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

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

    protected CultivationEvent() {
        // for Hibernate
    }

    static CultivationEvent transition(CultivationEntry entry, CultivationStatus from, CultivationStatus to,
            LocalDate on, String reason, String actor, OffsetDateTime now) {
        CultivationEvent e = of(entry, Kind.TRANSITION, on, reason, actor, now);
        e.fromStatus = from == null ? null : from.name();
        e.toStatus = to.name();
        return e;
    }

    static CultivationEvent measure(CultivationEntry entry, LocalDate on, String text, String actor, OffsetDateTime now) {
        return of(entry, Kind.MEASURE, on, text, actor, now);
    }

    private static CultivationEvent of(CultivationEntry entry, Kind kind, LocalDate on, String text, String actor,
            OffsetDateTime now) {
        CultivationEvent e = new CultivationEvent();
        e.parkId = entry.getParkId();
        e.entryId = entry.getId();
        e.kind = kind;
        e.onDate = on;
        e.text = text;
        e.actor = actor;
        e.recordedAt = now;
        return e;
    }

    public Kind getKind() {
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
