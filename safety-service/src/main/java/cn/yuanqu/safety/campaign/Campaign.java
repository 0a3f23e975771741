package cn.yuanqu.safety.campaign;

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

/** A campaign (专项行动) that inspections belong to. No field initialisers. */
@Entity
@Table(name = "campaign")
public class Campaign extends Audited {

    @Id
    private UUID id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignKind kind;

    @Column(name = "start_on", nullable = false)
    private LocalDate startOn;

    @Column(name = "end_on")
    private LocalDate endOn;

    private String description;

    protected Campaign() {
        // for Hibernate
    }

    static Campaign of(UUID id, String parkId, CampaignInput input, String actor, OffsetDateTime now) {
        Campaign c = new Campaign();
        c.id = id;
        c.parkId = parkId;
        c.apply(input);
        c.created(actor, now);
        return c;
    }

    void update(CampaignInput input, String actor, OffsetDateTime now) {
        apply(input);
        touched(actor, now);
    }

    /** Its results were replaced: a change of the campaign (version, who, when). */
    void resultsChanged(String actor, OffsetDateTime now) {
        touched(actor, now);
    }

    private void apply(CampaignInput input) {
        name = input.name().strip();
        kind = input.kind();
        startOn = input.startOn();
        endOn = input.endOn();
        description = input.description();
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

    public CampaignKind getKind() {
        return kind;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public String getDescription() {
        return description;
    }
}
