package cn.yuanqu.enterprises.cultivation;

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

import cn.yuanqu.enterprises.qualification.QualificationLevel;
import cn.yuanqu.enterprises.qualification.QualificationType;

/** An enterprise in the cultivation pool for one goal. No field initialisers (see {@code Enterprise}). */
@Entity
@Table(name = "cultivation_entry")
public class CultivationEntry extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "enterprise_id", nullable = false, updatable = false)
    private UUID enterpriseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CultivationTarget target;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", updatable = false)
    private QualificationType targetType;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_level", updatable = false)
    private QualificationLevel targetLevel;

    @Column(name = "expected_month", nullable = false)
    private String expectedMonth;

    @Column(nullable = false)
    private String cadre;

    private String plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CultivationStatus status;

    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    @Column(name = "achieved_on")
    private LocalDate achievedOn;

    protected CultivationEntry() {
        // for Hibernate
    }

    static CultivationEntry open(UUID id, String parkId, UUID enterpriseId, CultivationInput input, LocalDate today,
            String actor, OffsetDateTime now) {
        CultivationEntry e = new CultivationEntry();
        e.id = id;
        e.parkId = parkId;
        e.enterpriseId = enterpriseId;
        e.target = input.target();
        e.targetType = input.targetType();
        e.targetLevel = input.targetLevel();
        e.status = CultivationStatus.RESERVE;
        e.statusSince = today;
        e.created(actor, now);
        e.plan(input.expectedMonth(), input.cadre(), input.plan(), actor, now);
        return e;
    }

    void plan(String expectedMonth, String cadre, String plan, String actor, OffsetDateTime now) {
        this.expectedMonth = expectedMonth;
        this.cadre = cadre;
        this.plan = plan;
        touched(actor, now);
    }

    void moveTo(CultivationStatus to, LocalDate on, String actor, OffsetDateTime now) {
        this.status = to;
        this.statusSince = on;
        if (to == CultivationStatus.ACHIEVED) {
            this.achievedOn = on;
        }
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

    public CultivationTarget getTarget() {
        return target;
    }

    public QualificationType getTargetType() {
        return targetType;
    }

    public QualificationLevel getTargetLevel() {
        return targetLevel;
    }

    public String getExpectedMonth() {
        return expectedMonth;
    }

    public String getCadre() {
        return cadre;
    }

    public String getPlan() {
        return plan;
    }

    public CultivationStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public LocalDate getAchievedOn() {
        return achievedOn;
    }
}
