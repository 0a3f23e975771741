package cn.yuanqu.safety.hazard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An escalation of a hazard, dated; a penalty carries its amount. Never updated. */
@Entity
@Table(name = "escalation")
public class Escalation {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "hazard_id", nullable = false, updatable = false)
    private UUID hazardId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EscalationKind kind;

    @Column(name = "on_date", nullable = false, updatable = false)
    private LocalDate onDate;

    @Column(updatable = false)
    private String authority;

    @Column(updatable = false)
    private String note;

    @Column(updatable = false)
    private BigDecimal amount;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected Escalation() {
        // for Hibernate
    }

    static Escalation of(Hazard h, EscalationInput input, String actor, OffsetDateTime now) {
        Escalation e = new Escalation();
        e.id = UUID.randomUUID();
        e.parkId = h.getParkId();
        e.hazardId = h.getId();
        e.kind = input.kind();
        e.onDate = input.on();
        e.authority = input.authority();
        e.note = input.note();
        e.amount = input.amount();
        e.recordedBy = actor;
        e.recordedAt = now;
        return e;
    }

    public UUID getId() {
        return id;
    }

    public UUID getHazardId() {
        return hazardId;
    }

    public EscalationKind getKind() {
        return kind;
    }

    public LocalDate getOnDate() {
        return onDate;
    }

    public String getAuthority() {
        return authority;
    }

    public String getNote() {
        return note;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
