package cn.yuanqu.land.parcel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A dated status change of a parcel (the first one is its registration). Never updated. No field initialisers. */
@Entity
@Table(name = "parcel_event")
public class ParcelEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "parcel_id", nullable = false, updatable = false)
    private UUID parcelId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private ParcelStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private ParcelStatus toStatus;

    @Column(name = "on_date", nullable = false, updatable = false)
    private LocalDate onDate;

    @Column(updatable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected ParcelEvent() {
        // for Hibernate
    }

    static ParcelEvent of(Parcel p, ParcelStatus from, LocalDate on, String reason, String actor, OffsetDateTime now) {
        ParcelEvent e = new ParcelEvent();
        e.parkId = p.getParkId();
        e.parcelId = p.getId();
        e.fromStatus = from;
        e.toStatus = p.getStatus();
        e.onDate = on;
        e.reason = reason;
        e.actor = actor;
        e.recordedAt = now;
        return e;
    }

    public ParcelStatus getFromStatus() {
        return fromStatus;
    }

    public ParcelStatus getToStatus() {
        return toStatus;
    }

    public LocalDate getOnDate() {
        return onDate;
    }

    public String getReason() {
        return reason;
    }

    public String getActor() {
        return actor;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
