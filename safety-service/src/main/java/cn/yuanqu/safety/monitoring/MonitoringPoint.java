package cn.yuanqu.safety.monitoring;

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
 * A monitoring point (监测点): an outlet of an enterprise, or of the zone itself (no enterprise), with the
 * standard its limits were seeded from. The limits themselves are {@link PointLimit} rows. No field
 * initialisers.
 */
@Entity
@Table(name = "monitoring_point")
public class MonitoringPoint extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PointKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Standard standard;

    @Column(name = "enterprise_id", updatable = false)
    private UUID enterpriseId;

    @Column(name = "enterprise_name", updatable = false)
    private String enterpriseName;

    private String location;

    @Column(name = "responsible_person", nullable = false)
    private String responsiblePerson;

    protected MonitoringPoint() {
        // for Hibernate
    }

    static MonitoringPoint of(String parkId, PointInput input, UUID enterpriseId, String enterpriseName, String actor,
            OffsetDateTime now) {
        MonitoringPoint p = new MonitoringPoint();
        p.id = UUID.randomUUID();
        p.parkId = parkId;
        p.code = input.code().strip();
        p.name = input.name().strip();
        p.kind = input.kind();
        p.standard = input.standard();
        p.enterpriseId = enterpriseId;
        p.enterpriseName = enterpriseName;
        p.location = input.location() == null || input.location().isBlank() ? null : input.location().strip();
        p.responsiblePerson = input.responsiblePerson().strip();
        p.created(actor, now);
        return p;
    }

    /** The limits changed: the point's version moves so that concurrent edits are refused. */
    void limitsChanged(String actor, OffsetDateTime now) {
        touched(actor, now);
    }

    public UUID getId() {
        return id;
    }

    public String getParkId() {
        return parkId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public PointKind getKind() {
        return kind;
    }

    public Standard getStandard() {
        return standard;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public String getLocation() {
        return location;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    /** "雨水排口 YS-01（北区雨水总排口）" */
    String title() {
        return kind.label() + " " + code + "（" + name + "）";
    }
}
