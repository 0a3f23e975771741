package cn.yuanqu.enterprises.qualification;

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

/**
 * A qualification or honour awarded to an enterprise. Valid on a date when it was awarded by then,
 * has not expired and was not revoked before it. No field initialisers (see {@code Enterprise}).
 */
@Entity
@Table(name = "qualification")
public class Qualification extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "enterprise_id", nullable = false, updatable = false)
    private UUID enterpriseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QualificationType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QualificationLevel level;

    private String title;

    @Column(name = "certificate_no")
    private String certificateNo;

    @Column(name = "awarded_on", nullable = false)
    private LocalDate awardedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Column(name = "revocation_reason")
    private String revocationReason;

    protected Qualification() {
        // for Hibernate
    }

    static Qualification award(UUID id, String parkId, UUID enterpriseId, QualificationInput input, String actor,
            OffsetDateTime now) {
        Qualification q = new Qualification();
        q.id = id;
        q.parkId = parkId;
        q.enterpriseId = enterpriseId;
        q.created(actor, now);
        q.apply(input, actor, now);
        return q;
    }

    /** Overwrites the award's details (type, level, dates, certificate). */
    void apply(QualificationInput input, String actor, OffsetDateTime now) {
        this.type = input.type();
        this.level = input.level();
        this.title = input.title();
        this.certificateNo = input.certificateNo();
        this.awardedOn = input.awardedOn();
        this.validUntil = Validity.until(input.type(), input.awardedOn(), input.validUntil());
        touched(actor, now);
    }

    void revoke(LocalDate on, String reason, String actor, OffsetDateTime now) {
        this.revokedOn = on;
        this.revocationReason = reason;
        touched(actor, now);
    }

    /** Whether the qualification is in force on {@code date}. */
    public boolean validOn(LocalDate date) {
        return Validity.validOn(awardedOn, validUntil, revokedOn, date);
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

    public QualificationType getType() {
        return type;
    }

    public QualificationLevel getLevel() {
        return level;
    }

    public String getTitle() {
        return title;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }

    public String getRevocationReason() {
        return revocationReason;
    }
}
