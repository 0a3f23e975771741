package cn.yuanqu.projects.settings;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Per-park settings. */
@ApplicationScoped
@WithSession
public class SettingsRepository implements PanacheRepositoryBase<ProjectSettings, String> {

    /** The settings in force for a park (inside the caller's session). */
    public Uni<SettingsInput> inForce(String park) {
        return findById(park).map(s -> s == null ? SettingsInput.DEFAULTS : s.values());
    }
}
