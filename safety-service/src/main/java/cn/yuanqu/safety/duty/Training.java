package cn.yuanqu.safety.duty;

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

/** A training or warning-education session; who attended is in {@code training_attendance}. */
@Entity
@Table(name = "training")
public class Training extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TrainingKind kind;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(updatable = false)
    private String organiser;

    @Column(updatable = false)
    private String notes;

    protected Training() {
        // for Hibernate
    }

    static Training of(String parkId, TrainingInput input, String actor, OffsetDateTime now) {
        Training t = new Training();
        t.id = UUID.randomUUID();
        t.parkId = parkId;
        t.kind = input.kind();
        t.heldOn = input.heldOn();
        t.title = input.title().strip();
        t.organiser = input.organiser();
        t.notes = input.notes();
        t.created(actor, now);
        return t;
    }

    public UUID getId() {
        return id;
    }

    public String getParkId() {
        return parkId;
    }

    public TrainingKind getKind() {
        return kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getTitle() {
        return title;
    }

    public String getOrganiser() {
        return organiser;
    }

    public String getNotes() {
        return notes;
    }
}
