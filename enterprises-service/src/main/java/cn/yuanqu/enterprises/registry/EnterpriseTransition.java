package cn.yuanqu.enterprises.registry;

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

/** One recorded, dated change of an enterprise's status or above-scale flag (留痕). Never updated. */
@Entity
@Table(name = "enterprise_transition")
public class EnterpriseTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "enterprise_id", nullable = false, updatable = false)
    private UUID enterpriseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TransitionKind kind;

    @Column(name = "from_value", updatable = false)
    private String fromValue;

    @Column(name = "to_value", nullable = false, updatable = false)
    private String toValue;

    @Column(name = "effective_date", nullable = false, updatable = false)
    private LocalDate effectiveDate;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(updatable = false)
    private String reason;

    protected EnterpriseTransition() {
        // for Hibernate
    }

    static EnterpriseTransition of(Enterprise enterprise, TransitionKind kind, String from, String to,
            LocalDate effectiveDate, String actor, OffsetDateTime recordedAt, String reason) {
        EnterpriseTransition t = new EnterpriseTransition();
        t.parkId = enterprise.getParkId();
        t.enterpriseId = enterprise.getId();
        t.kind = kind;
        t.fromValue = from;
        t.toValue = to;
        t.effectiveDate = effectiveDate;
        t.actor = actor;
        t.recordedAt = recordedAt;
        t.reason = reason;
        return t;
    }

    public Long getId() {
        return id;
    }

    public String getParkId() {
        return parkId;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public TransitionKind getKind() {
        return kind;
    }

    public String getFromValue() {
        return fromValue;
    }

    public String getToValue() {
        return toValue;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public String getActor() {
        return actor;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getReason() {
        return reason;
    }
}
