package cn.yuanqu.enterprises.agency;

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
 * A matter handled on an enterprise's behalf (帮代办, 园区事园区办). The enterprise may not exist yet
 * (a company being set up): then only the applicant's name is kept. No field initialisers.
 */
@Entity
@Table(name = "agency_matter")
public class AgencyMatter extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "enterprise_id", updatable = false)
    private UUID enterpriseId;

    @Column(nullable = false)
    private String applicant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgencyKind kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String handler;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "promised_on")
    private LocalDate promisedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgencyStatus status;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    private String result;

    protected AgencyMatter() {
        // for Hibernate
    }

    static AgencyMatter receive(UUID id, String parkId, UUID enterpriseId, String applicant, AgencyInput input,
            LocalDate receivedOn, String actor, OffsetDateTime now) {
        AgencyMatter m = new AgencyMatter();
        m.id = id;
        m.parkId = parkId;
        m.enterpriseId = enterpriseId;
        m.applicant = applicant;
        m.kind = input.kind();
        m.title = input.title().strip();
        m.handler = input.handler().strip();
        m.receivedOn = receivedOn;
        m.promisedOn = input.promisedOn();
        m.status = AgencyStatus.RECEIVED;
        m.created(actor, now);
        return m;
    }

    void finish(AgencyStatus to, LocalDate on, String result, String actor, OffsetDateTime now) {
        this.status = to;
        this.closedOn = on;
        this.result = result;
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

    public String getApplicant() {
        return applicant;
    }

    public AgencyKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getHandler() {
        return handler;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public LocalDate getPromisedOn() {
        return promisedOn;
    }

    public AgencyStatus getStatus() {
        return status;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getResult() {
        return result;
    }
}
