package cn.yuanqu.safety.duty;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.yuanqu.platform.audit.Audited;

/** A safety responsibility letter (安全生产责任状) an enterprise signed for a year. No field initialisers. */
@Entity
@Table(name = "responsibility_letter")
public class Letter extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "enterprise_id", nullable = false, updatable = false)
    private UUID enterpriseId;

    @Column(name = "enterprise_name", nullable = false, updatable = false)
    private String enterpriseName;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(name = "signed_on", nullable = false, updatable = false)
    private LocalDate signedOn;

    @Column(nullable = false, updatable = false)
    private String signatory;

    @Column(updatable = false)
    private String notes;

    protected Letter() {
        // for Hibernate
    }

    static Letter of(String parkId, UUID enterpriseId, String enterpriseName, LetterInput input, String actor,
            OffsetDateTime now) {
        Letter l = new Letter();
        l.id = UUID.randomUUID();
        l.parkId = parkId;
        l.enterpriseId = enterpriseId;
        l.enterpriseName = enterpriseName;
        l.year = input.year();
        l.signedOn = input.signedOn();
        l.signatory = input.signatory().strip();
        l.notes = input.notes();
        l.created(actor, now);
        return l;
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

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getSignatory() {
        return signatory;
    }

    public String getNotes() {
        return notes;
    }
}
