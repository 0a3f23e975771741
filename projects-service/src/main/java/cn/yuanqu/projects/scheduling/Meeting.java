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

/** A scheduling meeting (调度会). No field initialisers. */
@Entity
@Table(name = "meeting")
public class Meeting extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingKind kind;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String title;

    private String chair;

    private String attendees;

    private String notes;

    protected Meeting() {
        // for Hibernate
    }

    static Meeting of(UUID id, String parkId, MeetingInput input, String actor, OffsetDateTime now) {
        Meeting m = new Meeting();
        m.id = id;
        m.parkId = parkId;
        m.kind = input.kind();
        m.heldOn = input.heldOn();
        m.title = input.title().strip();
        m.chair = input.chair();
        m.attendees = input.attendees();
        m.notes = input.notes();
        m.created(actor, now);
        return m;
    }

    public UUID getId() {
        return id;
    }

    public String getParkId() {
        return parkId;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getTitle() {
        return title;
    }

    public String getChair() {
        return chair;
    }

    public String getAttendees() {
        return attendees;
    }

    public String getNotes() {
        return notes;
    }
}
