package cn.yuanqu.projects.promotion;

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

import cn.yuanqu.platform.audit.Audited;

/** An investment lead (招商线索) and where it stands. No field initialisers. */
@Entity
@Table(name = "lead")
public class Lead extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(nullable = false)
    private String company;

    private String contact;

    @Column(name = "source_region")
    private String sourceRegion;

    @Column(name = "industry_chain")
    private String industryChain;

    private String product;

    @Column(name = "intended_investment")
    private BigDecimal intendedInvestment;

    @Column(nullable = false)
    private String owner;

    @Column(name = "first_contact_on", nullable = false)
    private LocalDate firstContactOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeadStatus status;

    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    @Column(name = "abandon_reason")
    private String abandonReason;

    @Column(name = "project_id")
    private UUID projectId;

    protected Lead() {
        // for Hibernate
    }

    static Lead of(UUID id, String parkId, LeadInput input, String actor, OffsetDateTime now) {
        Lead l = new Lead();
        l.id = id;
        l.parkId = parkId;
        l.status = LeadStatus.LEAD;
        l.apply(input);
        l.statusSince = input.firstContactOn();
        l.created(actor, now);
        return l;
    }

    void update(LeadInput input, String actor, OffsetDateTime now) {
        apply(input);
        touched(actor, now);
    }

    private void apply(LeadInput input) {
        company = input.company().strip();
        contact = input.contact();
        sourceRegion = input.sourceRegion();
        industryChain = input.industryChain();
        product = input.product();
        intendedInvestment = input.intendedInvestment();
        owner = input.owner().strip();
        firstContactOn = input.firstContactOn();
    }

    void moveTo(LeadStatus to, LocalDate on, String reason, String actor, OffsetDateTime now) {
        status = to;
        statusSince = on;
        if (to == LeadStatus.ABANDONED) {
            abandonReason = reason;
        }
        touched(actor, now);
    }

    void sign(LocalDate on, UUID projectId, String actor, OffsetDateTime now) {
        this.projectId = projectId;
        moveTo(LeadStatus.SIGNED, on, null, actor, now);
    }

    public UUID getId() {
        return id;
    }

    public String getParkId() {
        return parkId;
    }

    public String getCompany() {
        return company;
    }

    public String getContact() {
        return contact;
    }

    public String getSourceRegion() {
        return sourceRegion;
    }

    public String getIndustryChain() {
        return industryChain;
    }

    public String getProduct() {
        return product;
    }

    public BigDecimal getIntendedInvestment() {
        return intendedInvestment;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getFirstContactOn() {
        return firstContactOn;
    }

    public LeadStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public String getAbandonReason() {
        return abandonReason;
    }

    public UUID getProjectId() {
        return projectId;
    }
}
