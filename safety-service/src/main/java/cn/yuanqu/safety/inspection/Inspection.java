package cn.yuanqu.safety.inspection;

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

/** An inspection of an enterprise (检查). No field initialisers. */
@Entity
@Table(name = "inspection")
public class Inspection extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InspectionType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SafetyDomain domain;

    @Column(name = "enterprise_id", nullable = false, updatable = false)
    private UUID enterpriseId;

    @Column(name = "enterprise_name", nullable = false)
    private String enterpriseName;

    @Column(name = "campaign_id")
    private UUID campaignId;

    @Column(name = "inspected_on", nullable = false)
    private LocalDate inspectedOn;

    @Column(nullable = false)
    private String inspectors;

    private String result;

    protected Inspection() {
        // for Hibernate
    }

    static Inspection of(UUID id, String parkId, UUID enterpriseId, String enterpriseName, UUID campaignId,
            InspectionInput input, String actor, OffsetDateTime now) {
        Inspection i = new Inspection();
        i.id = id;
        i.parkId = parkId;
        i.type = input.type();
        i.domain = input.domain();
        i.enterpriseId = enterpriseId;
        i.enterpriseName = enterpriseName;
        i.campaignId = campaignId;
        i.inspectedOn = input.inspectedOn();
        i.inspectors = input.inspectors().strip();
        i.result = input.result();
        i.created(actor, now);
        return i;
    }

    public UUID getId() {
        return id;
    }

    public String getParkId() {
        return parkId;
    }

    public InspectionType getType() {
        return type;
    }

    public SafetyDomain getDomain() {
        return domain;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public UUID getCampaignId() {
        return campaignId;
    }

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public String getInspectors() {
        return inspectors;
    }

    public String getResult() {
        return result;
    }
}
