package cn.yuanqu.safety.feedback;

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

/** An inspection-feedback item (督察反馈问题) of the park, tracked to 销号. No field initialisers. */
@Entity
@Table(name = "feedback_item")
public class FeedbackItem extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FeedbackSource source;

    @Column(updatable = false)
    private String batch;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(name = "enterprise_id", updatable = false)
    private UUID enterpriseId;

    @Column(name = "enterprise_name", updatable = false)
    private String enterpriseName;

    @Column(name = "responsible_unit", nullable = false, updatable = false)
    private String responsibleUnit;

    @Column(nullable = false, updatable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FeedbackStatus status;

    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    private String measures;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected FeedbackItem() {
        // for Hibernate
    }

    static FeedbackItem of(String parkId, FeedbackInput input, UUID enterpriseId, String enterpriseName, LocalDate today,
            String actor, OffsetDateTime now) {
        FeedbackItem f = new FeedbackItem();
        f.id = UUID.randomUUID();
        f.parkId = parkId;
        f.source = input.source();
        f.batch = input.batch();
        f.code = input.code().strip();
        f.description = input.description().strip();
        f.enterpriseId = enterpriseId;
        f.enterpriseName = enterpriseName;
        f.responsibleUnit = input.responsibleUnit().strip();
        f.deadline = input.deadline();
        f.status = FeedbackStatus.OPEN;
        f.statusSince = input.receivedOn() == null ? today : input.receivedOn();
        f.created(actor, now);
        return f;
    }

    void moveTo(FeedbackStatus to, LocalDate on, String measures, String actor, OffsetDateTime now) {
        if (to == FeedbackStatus.RECTIFIED) {
            this.measures = measures;
        }
        if (to == FeedbackStatus.CLOSED) {
            this.closedOn = on;
        }
        this.status = to;
        this.statusSince = on;
        touched(actor, now);
    }

    /** Overdue on {@code date}: not closed by then, past its deadline. Computed, never set. */
    public boolean overdueOn(LocalDate date) {
        return deadline.isBefore(date) && (closedOn == null || closedOn.isAfter(date));
    }

    public UUID getId() {
        return id;
    }

    public String getParkId() {
        return parkId;
    }

    public FeedbackSource getSource() {
        return source;
    }

    public String getBatch() {
        return batch;
    }

    public String getCode() {
        return code;
    }

    public String getDescription() {
        return description;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public String getResponsibleUnit() {
        return responsibleUnit;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public FeedbackStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public String getMeasures() {
        return measures;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}
