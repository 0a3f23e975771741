package cn.yuanqu.projects.scheduling;

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

/** An issue raised for a project in a meeting, with the unit responsible and its deadline. No field initialisers. */
@Entity
@Table(name = "meeting_issue")
public class MeetingIssue extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private UUID meetingId;

    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IssueCategory category;

    @Column(nullable = false)
    private String description;

    @Column(name = "responsible_unit", nullable = false)
    private String responsibleUnit;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IssueStatus status;

    private String resolution;

    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    protected MeetingIssue() {
        // for Hibernate
    }

    static MeetingIssue raise(UUID id, Meeting meeting, UUID projectId, IssueInput input, String actor, OffsetDateTime now) {
        MeetingIssue i = new MeetingIssue();
        i.id = id;
        i.parkId = meeting.getParkId();
        i.meetingId = meeting.getId();
        i.projectId = projectId;
        i.category = input.category();
        i.description = input.description().strip();
        i.responsibleUnit = input.responsibleUnit().strip();
        i.deadline = input.deadline();
        i.status = IssueStatus.OPEN;
        i.created(actor, now);
        return i;
    }

    void resolve(LocalDate on, String resolution, String actor, OffsetDateTime now) {
        this.status = IssueStatus.RESOLVED;
        this.resolvedOn = on;
        this.resolution = resolution;
        touched(actor, now);
    }

    /** Overdue on {@code date}: still open (as of that date) past its deadline. */
    public boolean overdueOn(LocalDate date) {
        return deadline.isBefore(date) && (resolvedOn == null || resolvedOn.isAfter(date));
    }

    public UUID getId() {
        return id;
    }

    public String getParkId() {
        return parkId;
    }

    public UUID getMeetingId() {
        return meetingId;
    }

    public UUID getProjectId() {
        return projectId;
    }

    public IssueCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public String getResponsibleUnit() {
        return responsibleUnit;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public IssueStatus getStatus() {
        return status;
    }

    public String getResolution() {
        return resolution;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }
}
