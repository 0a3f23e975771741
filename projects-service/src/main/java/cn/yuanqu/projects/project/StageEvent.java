package cn.yuanqu.projects.project;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One dated step of a project, with who and why (留痕). Never updated. */
@Entity
@Table(name = "project_stage_event")
public class StageEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    @Column(name = "from_stage", updatable = false)
    private String fromStage;

    @Column(name = "to_stage", nullable = false, updatable = false)
    private String toStage;

    @Column(name = "on_date", nullable = false, updatable = false)
    private LocalDate onDate;

    @Column(updatable = false)
    private String text;

    @Column(name = "meeting_id", updatable = false)
    private UUID meetingId;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected StageEvent() {
        // for Hibernate
    }

    static StageEvent of(Project p, ProjectStage from, LocalDate on, String text, String actor,
            OffsetDateTime now) {
        return of(p, from, on, text, null, actor, now);
    }

    static StageEvent of(Project p, ProjectStage from, LocalDate on, String text, UUID meetingId, String actor,
            OffsetDateTime now) {
        StageEvent e = new StageEvent();
        e.parkId = p.getParkId();
        e.projectId = p.getId();
        e.fromStage = from == null ? null : from.name();
        e.toStage = p.getStage().name();
        e.onDate = on;
        e.text = text;
        e.meetingId = meetingId;
        e.actor = actor;
        e.recordedAt = now;
        return e;
    }

    public UUID getProjectId() {
        return projectId;
    }

    public String getFromStage() {
        return fromStage;
    }

    public String getToStage() {
        return toStage;
    }

    public LocalDate getOnDate() {
        return onDate;
    }

    public String getText() {
        return text;
    }

    public UUID getMeetingId() {
        return meetingId;
    }

    public String getActor() {
        return actor;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
