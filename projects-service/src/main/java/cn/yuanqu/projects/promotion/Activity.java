package cn.yuanqu.projects.promotion;

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

/** A promotion activity (外出招商, 接待客商, 推介会). The leads it touched are in {@code activity_lead}. */
@Entity
@Table(name = "promotion_activity")
public class Activity extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityKind kind;

    @Column(name = "start_on", nullable = false)
    private LocalDate startOn;

    @Column(name = "end_on", nullable = false)
    private LocalDate endOn;

    @Column(nullable = false)
    private String title;

    private String place;

    private String people;

    private String counterparts;

    private String outcome;

    protected Activity() {
        // for Hibernate
    }

    static Activity of(UUID id, String parkId, ActivityInput input, String actor, OffsetDateTime now) {
        Activity a = new Activity();
        a.id = id;
        a.parkId = parkId;
        a.apply(input);
        a.created(actor, now);
        return a;
    }

    void update(ActivityInput input, String actor, OffsetDateTime now) {
        apply(input);
        touched(actor, now);
    }

    private void apply(ActivityInput input) {
        kind = input.kind();
        startOn = input.startOn();
        endOn = input.endOn() == null ? input.startOn() : input.endOn();
        title = input.title().strip();
        place = input.place();
        people = input.people();
        counterparts = input.counterparts();
        outcome = input.outcome();
    }

    public UUID getId() {
        return id;
    }

    public String getParkId() {
        return parkId;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public String getTitle() {
        return title;
    }

    public String getPlace() {
        return place;
    }

    public String getPeople() {
        return people;
    }

    public String getCounterparts() {
        return counterparts;
    }

    public String getOutcome() {
        return outcome;
    }
}
