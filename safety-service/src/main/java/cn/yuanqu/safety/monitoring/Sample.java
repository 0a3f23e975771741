package cn.yuanqu.safety.monitoring;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A sample taken at a monitoring point at a time (unique: a pushed retry finds it). Never changed once
 * recorded; its measurements are {@link Measurement} rows. No field initialisers.
 */
@Entity
@Table(name = "sample")
public class Sample {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "point_id", nullable = false, updatable = false)
    private UUID pointId;

    @Column(name = "sampled_at", nullable = false, updatable = false)
    private OffsetDateTime sampledAt;

    @Column(updatable = false)
    private String laboratory;

    @Column(nullable = false, updatable = false)
    private boolean exceeded;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected Sample() {
        // for Hibernate
    }

    static Sample of(UUID id, MonitoringPoint point, OffsetDateTime sampledAt, String laboratory, boolean exceeded, String actor,
            OffsetDateTime now) {
        Sample s = new Sample();
        s.id = id;
        s.parkId = point.getParkId();
        s.pointId = point.getId();
        s.sampledAt = sampledAt;
        s.laboratory = laboratory == null || laboratory.isBlank() ? null : laboratory.strip();
        s.exceeded = exceeded;
        s.recordedBy = actor;
        s.recordedAt = now;
        return s;
    }

    public UUID getId() {
        return id;
    }

    public String getParkId() {
        return parkId;
    }

    public UUID getPointId() {
        return pointId;
    }

    public OffsetDateTime getSampledAt() {
        return sampledAt;
    }

    public String getLaboratory() {
        return laboratory;
    }

    public boolean isExceeded() {
        return exceeded;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
