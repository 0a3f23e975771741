package cn.yuanqu.enterprises.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.yuanqu.platform.audit.Audited;

/** A cadre's visit to an enterprise (包保走访) with its notes. No field initialisers (see {@code Enterprise}). */
@Entity
@Table(name = "visit")
public class Visit extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "enterprise_id", nullable = false, updatable = false)
    private UUID enterpriseId;

    @Column(name = "visited_on", nullable = false)
    private LocalDate visitedOn;

    @Column(nullable = false)
    private String visitors;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitKind kind;

    private String notes;

    protected Visit() {
        // for Hibernate
    }

    static Visit record(UUID id, String parkId, UUID enterpriseId, VisitInput input, String actor, OffsetDateTime now) {
        Visit v = new Visit();
        v.id = id;
        v.parkId = parkId;
        v.enterpriseId = enterpriseId;
        v.created(actor, now);
        v.correct(input.visitedOn(), input.visitors(), input.kind(), input.notes(), actor, now);
        return v;
    }

    void correct(LocalDate visitedOn, String visitors, VisitKind kind, String notes, String actor, OffsetDateTime now) {
        this.visitedOn = visitedOn;
        this.visitors = visitors.strip();
        this.kind = kind == null ? VisitKind.ROUTINE : kind;
        this.notes = notes;
        touched(actor, now);
    }

    public UUID getId() {
        return id;
    }

    public String getParkId() {
        return parkId;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public String getVisitors() {
        return visitors;
    }

    public VisitKind getKind() {
        return kind;
    }

    public String getNotes() {
        return notes;
    }
}
