package cn.yuanqu.projects.project;

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

/**
 * A project (项目) of a park. Its stage follows the {@link Track} of its category; the date of signing
 * (or 立项), of the start and of the completion are kept on the row for the lists officers live in,
 * every step in {@link StageEvent}. No field initialisers (Hibernate's enhanced dirty tracking).
 */
@Entity
@Table(name = "project")
public class Project extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ProjectCategory category;

    @Column(name = "investor_id")
    private UUID investorId;

    @Column(name = "investor_name")
    private String investorName;

    @Column(name = "lead_id", updatable = false)
    private UUID leadId;

    @Column(name = "industry_chain")
    private String industryChain;

    @Column(name = "construction_content")
    private String constructionContent;

    @Column(name = "total_investment", nullable = false)
    private BigDecimal totalInvestment;

    @Column(name = "fixed_asset_investment")
    private BigDecimal fixedAssetInvestment;

    @Column(name = "land_area_mu")
    private BigDecimal landAreaMu;

    @Column(name = "parcel_ref")
    private String parcelRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "key_level")
    private KeyLevel keyLevel;

    @Column(name = "investment_model")
    private String investmentModel;

    private String leader;

    @Column(name = "expected_revenue")
    private BigDecimal expectedRevenue;

    @Column(name = "expected_tax")
    private BigDecimal expectedTax;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStage stage;

    @Column(name = "stage_since", nullable = false)
    private LocalDate stageSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "suspended_from")
    private ProjectStage suspendedFrom;

    @Column(name = "signed_on", nullable = false, updatable = false)
    private LocalDate signedOn;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    @Column(name = "planned_completion")
    private LocalDate plannedCompletion;

    @Column(name = "planned_production")
    private LocalDate plannedProduction;

    protected Project() {
        // for Hibernate
    }

    static Project create(UUID id, String parkId, ProjectInput input, String investorName, UUID leadId, String actor,
            OffsetDateTime now) {
        Project p = new Project();
        p.id = id;
        p.parkId = parkId;
        p.category = input.category();
        p.leadId = leadId;
        p.signedOn = input.signedOn();
        p.stage = input.category().track().first();
        p.stageSince = input.signedOn();
        p.apply(input, investorName);
        p.created(actor, now);
        return p;
    }

    void update(ProjectInput input, String investorName, String actor, OffsetDateTime now) {
        apply(input, investorName);
        touched(actor, now);
    }

    private void apply(ProjectInput input, String investorName) {
        this.name = input.name().strip();
        this.investorId = input.investorId() == null || input.investorId().isBlank() ? null
                : UUID.fromString(input.investorId().strip());
        this.investorName = investorName;
        this.industryChain = input.industryChain();
        this.constructionContent = input.constructionContent();
        this.totalInvestment = input.totalInvestment();
        this.fixedAssetInvestment = input.fixedAssetInvestment();
        this.landAreaMu = input.landAreaMu();
        this.parcelRef = input.parcelRef();
        this.keyLevel = input.keyLevel();
        this.investmentModel = input.investmentModel();
        this.leader = input.leader();
        this.expectedRevenue = input.expectedRevenue();
        this.expectedTax = input.expectedTax();
        this.plannedStart = input.plannedStart();
        this.plannedCompletion = input.plannedCompletion();
        this.plannedProduction = input.plannedProduction();
    }

    /** Moves to {@code to} on {@code on}; the caller has checked the track allows it. */
    void moveTo(ProjectStage to, LocalDate on, String actor, OffsetDateTime now) {
        if (to == ProjectStage.SUSPENDED) {
            this.suspendedFrom = this.stage;
        } else {
            this.suspendedFrom = null;
        }
        if (to == ProjectStage.STARTED) {
            this.startedOn = on;
        } else if (to == ProjectStage.COMPLETED) {
            this.completedOn = on;
        }
        this.stage = to;
        this.stageSince = on;
        touched(actor, now);
    }

    public Track track() {
        return category.track();
    }

    public UUID getId() {
        return id;
    }

    public String getParkId() {
        return parkId;
    }

    public String getName() {
        return name;
    }

    public ProjectCategory getCategory() {
        return category;
    }

    public UUID getInvestorId() {
        return investorId;
    }

    public String getInvestorName() {
        return investorName;
    }

    public UUID getLeadId() {
        return leadId;
    }

    public String getIndustryChain() {
        return industryChain;
    }

    public String getConstructionContent() {
        return constructionContent;
    }

    public BigDecimal getTotalInvestment() {
        return totalInvestment;
    }

    public BigDecimal getFixedAssetInvestment() {
        return fixedAssetInvestment;
    }

    public BigDecimal getLandAreaMu() {
        return landAreaMu;
    }

    public String getParcelRef() {
        return parcelRef;
    }

    public KeyLevel getKeyLevel() {
        return keyLevel;
    }

    public String getInvestmentModel() {
        return investmentModel;
    }

    public String getLeader() {
        return leader;
    }

    public BigDecimal getExpectedRevenue() {
        return expectedRevenue;
    }

    public BigDecimal getExpectedTax() {
        return expectedTax;
    }

    public ProjectStage getStage() {
        return stage;
    }

    public LocalDate getStageSince() {
        return stageSince;
    }

    public ProjectStage getSuspendedFrom() {
        return suspendedFrom;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedCompletion() {
        return plannedCompletion;
    }

    public LocalDate getPlannedProduction() {
        return plannedProduction;
    }
}
