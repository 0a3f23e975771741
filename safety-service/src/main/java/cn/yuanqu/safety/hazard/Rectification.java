package cn.yuanqu.safety.hazard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A rectification record of a hazard. Never updated: a correction is a new record. */
@Entity
@Table(name = "rectification")
public class Rectification {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "hazard_id", nullable = false, updatable = false)
    private UUID hazardId;

    @Column(name = "done_on", nullable = false, updatable = false)
    private LocalDate doneOn;

    @Column(nullable = false, updatable = false)
    private String measures;

    @Column(updatable = false)
    private String evidence;

    @Column(updatable = false)
    private String links;

    @Column(nullable = false, updatable = false)
    private boolean completed;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected Rectification() {
        // for Hibernate
    }

    static Rectification of(Hazard h, RectificationInput input, String actor, OffsetDateTime now) {
        Rectification r = new Rectification();
        r.id = UUID.randomUUID();
        r.parkId = h.getParkId();
        r.hazardId = h.getId();
        r.doneOn = input.doneOn();
        r.measures = input.measures().strip();
        r.evidence = input.evidence();
        r.links = input.links() == null || input.links().isEmpty() ? null : String.join("\n", input.links());
        r.completed = input.completed();
        r.recordedBy = actor;
        r.recordedAt = now;
        return r;
    }

    public UUID getId() {
        return id;
    }

    public UUID getHazardId() {
        return hazardId;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getMeasures() {
        return measures;
    }

    public String getEvidence() {
        return evidence;
    }

    public List<String> linkList() {
        return links == null ? List.of() : Arrays.asList(links.split("\n"));
    }

    public boolean isCompleted() {
        return completed;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
