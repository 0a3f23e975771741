package cn.yuanqu.projects.settings;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.audit.AuditTrail;
import cn.yuanqu.platform.error.ForbiddenException;
import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.StaleVersionException;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;

/** Per-park project settings: read by every role, set by admin. */
@ApplicationScoped
public class SettingsService {

    static final String ENTITY = "project-settings";

    private final SettingsRepository settings;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final SecurityIdentity identity;
    private final Clock clock;

    public SettingsService(SettingsRepository settings, AuditTrail audit, ParkContext parks, SecurityIdentity identity,
            Clock clock) {
        this.settings = settings;
        this.audit = audit;
        this.parks = parks;
        this.identity = identity;
        this.clock = clock;
    }

    @WithSession
    public Uni<SettingsView> get(String park) {
        String resolved = parks.scope().resolve(park);
        return settings.findById(resolved).map(s -> SettingsView.of(resolved, s));
    }

    /** Sets a park's settings (admin only); {@code expectedVersion} is required once the park has its own. */
    @WithTransaction
    public Uni<SettingsView> set(String park, Long expectedVersion, @NotNull @Valid SettingsInput input) {
        ParkScope scope = parks.scope();
        if (!identity.hasRole("admin")) {
            throw new ForbiddenException("参数由管理员设置", "settings are set by an admin");
        }
        String resolved = scope.resolve(park);
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return settings.findById(resolved).flatMap(s -> {
            if (s == null) {
                return settings.persistAndFlush(ProjectSettings.of(resolved, input, actor, now))
                        .map(saved -> SettingsView.of(resolved, saved))
                        .call(v -> audit.record(resolved, ENTITY, resolved, "set", actor, null, v, null));
            }
            if (expectedVersion == null) {
                throw new InvalidInputException(List.of(new Violation("If-Match", "Required",
                        "缺少 If-Match 请求头（应为读取时的版本号）", "the If-Match header with the version read is required")));
            }
            if (s.getVersion() != expectedVersion) {
                throw new StaleVersionException(ENTITY, resolved, expectedVersion, s.getVersion());
            }
            SettingsView before = SettingsView.of(resolved, s);
            s.apply(input, actor, now);
            return settings.flush().map(v -> SettingsView.of(resolved, s))
                    .call(after -> audit.record(resolved, ENTITY, resolved, "update", actor, before, after, null));
        });
    }
}
