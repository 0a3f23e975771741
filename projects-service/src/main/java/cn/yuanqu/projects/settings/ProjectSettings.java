package cn.yuanqu.projects.settings;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.yuanqu.platform.audit.Audited;

/** A park's own settings; a park without a row uses {@link SettingsInput#DEFAULTS}. No field initialisers. */
@Entity
@Table(name = "project_settings")
public class ProjectSettings extends Audited {

    @Id
    @Column(name = "park_id")
    private String parkId;

    @Column(name = "stalled_after_days", nullable = false)
    private int stalledAfterDays;

    @Column(name = "start_target_working_days", nullable = false)
    private int startTargetWorkingDays;

    protected ProjectSettings() {
        // for Hibernate
    }

    static ProjectSettings of(String parkId, SettingsInput input, String actor, OffsetDateTime now) {
        ProjectSettings s = new ProjectSettings();
        s.parkId = parkId;
        s.stalledAfterDays = input.stalledAfterDays();
        s.startTargetWorkingDays = input.startTargetWorkingDays();
        s.created(actor, now);
        return s;
    }

    void apply(SettingsInput input, String actor, OffsetDateTime now) {
        stalledAfterDays = input.stalledAfterDays();
        startTargetWorkingDays = input.startTargetWorkingDays();
        touched(actor, now);
    }

    public SettingsInput values() {
        return new SettingsInput(stalledAfterDays, startTargetWorkingDays);
    }

    public String getParkId() {
        return parkId;
    }
}
