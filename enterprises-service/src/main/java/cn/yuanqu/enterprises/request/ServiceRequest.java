package cn.yuanqu.enterprises.request;

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
 * An enterprise's request (诉求). The dates of each step are kept on the row (accepted, closed,
 * returned, rated) so that figures of a past period are computed as of its end. No field
 * initialisers (see {@code Enterprise}).
 */
@Entity
@Table(name = "service_request")
public class ServiceRequest extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "enterprise_id", nullable = false, updatable = false)
    private UUID enterpriseId;

    @Column(name = "visit_id", updatable = false)
    private UUID visitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RequestChannel channel;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(name = "submitted_on", nullable = false, updatable = false)
    private LocalDate submittedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;

    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    private String assignee;

    private LocalDate deadline;

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    private String resolution;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "returned_on")
    private LocalDate returnedOn;

    private Short satisfaction;

    @Column(name = "rating_comment")
    private String ratingComment;

    @Column(name = "rated_on")
    private LocalDate ratedOn;

    protected ServiceRequest() {
        // for Hibernate
    }

    static ServiceRequest submit(UUID id, String parkId, UUID enterpriseId, UUID visitId, RequestInput input,
            RequestChannel channel, LocalDate submittedOn, String actor, OffsetDateTime now) {
        ServiceRequest r = new ServiceRequest();
        r.id = id;
        r.parkId = parkId;
        r.enterpriseId = enterpriseId;
        r.visitId = visitId;
        r.category = input.category();
        r.channel = channel;
        r.title = input.title().strip();
        r.description = input.description();
        r.submittedOn = submittedOn;
        r.status = RequestStatus.SUBMITTED;
        r.statusSince = submittedOn;
        r.created(actor, now);
        return r;
    }

    void accept(LocalDate on, String assignee, LocalDate deadline, RequestCategory category, String actor,
            OffsetDateTime now) {
        this.assignee = assignee;
        this.deadline = deadline;
        this.acceptedOn = on;
        if (category != null) {
            this.category = category;
        }
        moveTo(RequestStatus.ACCEPTED, on, actor, now);
    }

    void reassign(String assignee, LocalDate deadline, String actor, OffsetDateTime now) {
        if (assignee != null) {
            this.assignee = assignee;
        }
        if (deadline != null) {
            this.deadline = deadline;
        }
        touched(actor, now);
    }

    void start(LocalDate on, String actor, OffsetDateTime now) {
        moveTo(RequestStatus.IN_PROGRESS, on, actor, now);
    }

    void close(LocalDate on, String resolution, String actor, OffsetDateTime now) {
        this.resolution = resolution;
        this.closedOn = on;
        moveTo(RequestStatus.CLOSED, on, actor, now);
    }

    void giveBack(LocalDate on, String actor, OffsetDateTime now) {
        this.returnedOn = on;
        moveTo(RequestStatus.RETURNED, on, actor, now);
    }

    void rate(LocalDate on, int satisfaction, String comment, String actor, OffsetDateTime now) {
        this.satisfaction = (short) satisfaction;
        this.ratingComment = comment;
        this.ratedOn = on;
        moveTo(RequestStatus.RATED, on, actor, now);
    }

    private void moveTo(RequestStatus to, LocalDate on, String actor, OffsetDateTime now) {
        this.status = to;
        this.statusSince = on;
        touched(actor, now);
    }

    /** Overdue on {@code date}: being handled (as of that date) past its deadline. */
    public boolean overdueOn(LocalDate date) {
        return deadline != null && acceptedOn != null && !acceptedOn.isAfter(date) && deadline.isBefore(date)
                && (closedOn == null || closedOn.isAfter(date));
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

    public UUID getVisitId() {
        return visitId;
    }

    public RequestCategory getCategory() {
        return category;
    }

    public RequestChannel getChannel() {
        return channel;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public String getAssignee() {
        return assignee;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public String getResolution() {
        return resolution;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public Short getSatisfaction() {
        return satisfaction;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public LocalDate getRatedOn() {
        return ratedOn;
    }
}
