package cn.yuanqu.safety.duty;

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

/** An emergency drill (应急演练), at an enterprise or zone-wide. No field initialisers. */
@Entity
@Table(name = "drill")
public class Drill extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DrillKind kind;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(name = "enterprise_id", updatable = false)
    private UUID enterpriseId;

    @Column(name = "enterprise_name", updatable = false)
    private String enterpriseName;

    @Column(nullable = false, updatable = false)
    private int participants;

    @Column(updatable = false)
    private String notes;

    protected Drill() {
        // for Hibernate
    }

    static Drill of(String parkId, UUID enterpriseId, String enterpriseName, DrillInput input, String actor,
            OffsetDateTime now) {
        Drill d = new Drill();
        d.id = UUID.randomUUID();
        d.parkId = parkId;
        d.kind = input.kind();
        d.heldOn = input.heldOn();
        d.title = input.title().strip();
        d.enterpriseId = enterpriseId;
        d.enterpriseName = enterpriseName;
        d.participants = input.participants();
        d.notes = input.notes();
        d.created(actor, now);
        return d;
    }

    public UUID getId() {
        return id;
    }

    public String getParkId() {
        return parkId;
    }

    public DrillKind getKind() {
        return kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getTitle() {
        return title;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public int getParticipants() {
        return participants;
    }
}
