package cn.yuanqu.safety.hazard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.yuanqu.platform.audit.Audited;
import cn.yuanqu.safety.inspection.Inspection;

/**
 * A hazard (隐患) found in an inspection at an enterprise — or raised by a monitoring sample over its limits,
 * at the point's enterprise or the zone itself (no enterprise) — and where its rectification stands. A major
 * hazard carries its 治理方案 and, once reviewed on site, waits for the closing approval of someone
 * other than its reviewer. No field initialisers.
 */
@Entity
@Table(name = "hazard")
public class Hazard extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "inspection_id", updatable = false)
    private UUID inspectionId;

    @Column(name = "sample_id", updatable = false)
    private UUID sampleId;

    @Column(name = "enterprise_id", updatable = false)
    private UUID enterpriseId;

    @Column(name = "enterprise_name", updatable = false)
    private String enterpriseName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HazardLevel level;

    private String criteria;

    @Column(nullable = false)
    private String category;

    private String location;

    @Column(nullable = false)
    private String description;

    @Column(name = "found_on", nullable = false, updatable = false)
    private LocalDate foundOn;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "responsible_person", nullable = false)
    private String responsiblePerson;

    @Enumerated(EnumType.STRING)
    @Column(name = "notice_type")
    private NoticeType noticeType;

    @Column(name = "notice_no")
    private String noticeNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HazardStatus status;

    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    @Column(name = "plan_goals")
    private String planGoals;

    @Column(name = "plan_measures")
    private String planMeasures;

    @Column(name = "plan_funds")
    private BigDecimal planFunds;

    @Column(name = "plan_people")
    private String planPeople;

    @Column(name = "plan_deadline")
    private LocalDate planDeadline;

    @Column(name = "plan_emergency")
    private String planEmergency;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_by")
    private String closedBy;

    protected Hazard() {
        // for Hibernate
    }

    static Hazard raise(UUID id, Inspection inspection, HazardInput input, HazardLevel level, List<String> criteria,
            String actor, OffsetDateTime now) {
        Hazard h = new Hazard();
        h.id = id;
        h.parkId = inspection.getParkId();
        h.inspectionId = inspection.getId();
        h.enterpriseId = inspection.getEnterpriseId();
        h.enterpriseName = inspection.getEnterpriseName();
        h.level = level;
        h.criteria = criteria.isEmpty() ? null : String.join(",", criteria);
        h.category = input.category().strip();
        h.location = input.location();
        h.description = input.description().strip();
        h.foundOn = inspection.getInspectedOn();
        h.deadline = input.deadline();
        h.responsiblePerson = input.responsiblePerson().strip();
        h.noticeType = input.noticeType();
        h.noticeNo = input.noticeNo() == null || input.noticeNo().isBlank() ? null : input.noticeNo().strip();
        h.status = HazardStatus.PENDING;
        h.statusSince = inspection.getInspectedOn();
        h.created(actor, now);
        return h;
    }

    /** The environmental hazard a sample over its limits raises (one per sample). */
    static Hazard fromExceedance(UUID id, Exceedance e, OffsetDateTime now) {
        Hazard h = new Hazard();
        h.id = id;
        h.parkId = e.park();
        h.sampleId = e.sampleId();
        h.enterpriseId = e.enterpriseId();
        h.enterpriseName = e.enterpriseName();
        h.level = HazardLevel.GENERAL;
        h.category = Exceedance.CATEGORY;
        h.location = e.location();
        h.description = e.description();
        h.foundOn = e.foundOn();
        h.deadline = e.deadline();
        h.responsiblePerson = e.responsiblePerson();
        h.status = HazardStatus.PENDING;
        h.statusSince = e.foundOn();
        h.created(e.actor(), now);
        return h;
    }

    void plan(PlanInput plan, String actor, OffsetDateTime now) {
        planGoals = plan.goals().strip();
        planMeasures = plan.measures().strip();
        planFunds = plan.funds();
        planPeople = plan.people().strip();
        planDeadline = plan.deadline();
        planEmergency = plan.emergencyMeasures().strip();
        touched(actor, now);
    }

    void moveTo(HazardStatus to, LocalDate on, String actor, OffsetDateTime now) {
        if (to == HazardStatus.RECTIFYING) {
            reviewedBy = null;
            reviewedOn = null;
        }
        status = to;
        statusSince = on;
        touched(actor, now);
    }

    /** A passed on-site review of a major hazard: it now waits for the closing approval. */
    void reviewed(LocalDate on, String reviewer, String actor, OffsetDateTime now) {
        reviewedBy = reviewer;
        reviewedOn = on;
        touched(actor, now);
    }

    void close(LocalDate on, String by, OffsetDateTime now) {
        closedOn = on;
        closedBy = by;
        moveTo(HazardStatus.CLOSED, on, by, now);
    }

    public boolean hasPlan() {
        return planMeasures != null;
    }

    /** Overdue on {@code date}: not closed by then, past its deadline. Computed, never set. */
    public boolean overdueOn(LocalDate date) {
        return deadline.isBefore(date) && (closedOn == null || closedOn.isAfter(date));
    }

    public List<String> criteriaList() {
        return criteria == null ? List.of() : Arrays.asList(criteria.split(","));
    }

    public UUID getId() {
        return id;
    }

    public String getParkId() {
        return parkId;
    }

    public UUID getInspectionId() {
        return inspectionId;
    }

    public UUID getSampleId() {
        return sampleId;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public HazardLevel getLevel() {
        return level;
    }

    public String getCategory() {
        return category;
    }

    public String getLocation() {
        return location;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getFoundOn() {
        return foundOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public NoticeType getNoticeType() {
        return noticeType;
    }

    public String getNoticeNo() {
        return noticeNo;
    }

    public HazardStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public String getPlanGoals() {
        return planGoals;
    }

    public String getPlanMeasures() {
        return planMeasures;
    }

    public BigDecimal getPlanFunds() {
        return planFunds;
    }

    public String getPlanPeople() {
        return planPeople;
    }

    public LocalDate getPlanDeadline() {
        return planDeadline;
    }

    public String getPlanEmergency() {
        return planEmergency;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getClosedBy() {
        return closedBy;
    }
}
