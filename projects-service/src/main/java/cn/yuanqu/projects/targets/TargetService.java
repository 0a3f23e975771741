package cn.yuanqu.projects.targets;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.audit.AuditTrail;
import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.NotFoundException;
import cn.yuanqu.platform.error.StaleVersionException;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;

/** Per-park annual targets: set by the project office (or admin), read by every park role. */
@ApplicationScoped
public class TargetService {

    static final String ENTITY = "annual-target";

    private final TargetRepository targets;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final Clock clock;

    public TargetService(TargetRepository targets, AuditTrail audit, ParkContext parks, Clock clock) {
        this.targets = targets;
        this.audit = audit;
        this.parks = parks;
        this.clock = clock;
    }

    @WithSession
    public Uni<TargetView> get(String park, int year) {
        String resolved = parks.scope().resolve(park);
        requireYear(year);
        return targets.of(resolved, year).map(t -> {
            if (t == null) {
                throw new NotFoundException("年度目标", "annual target", resolved + "/" + year);
            }
            return TargetView.of(t);
        });
    }

    /** Sets a year's targets; {@code expectedVersion} is required once they exist. */
    @WithTransaction
    public Uni<TargetView> set(String park, int year, Long expectedVersion, @NotNull @Valid TargetInput input) {
        ParkScope scope = parks.scope();
        String resolved = scope.resolve(park);
        requireYear(year);
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return targets.of(resolved, year).flatMap(t -> {
            if (t == null) {
                return targets.persistAndFlush(AnnualTarget.of(resolved, year, input, actor, now)).map(TargetView::of)
                        .call(v -> audit.record(resolved, ENTITY, resolved + "/" + year, "set", actor, null, v, null));
            }
            if (expectedVersion == null) {
                throw new InvalidInputException(List.of(new Violation("If-Match", "Required",
                        "缺少 If-Match 请求头（应为读取时的版本号）", "the If-Match header with the version read is required")));
            }
            if (t.getVersion() != expectedVersion) {
                throw new StaleVersionException(ENTITY, resolved + "/" + year, expectedVersion, t.getVersion());
            }
            TargetView before = TargetView.of(t);
            t.update(input, actor, now);
            return targets.flush().map(v -> TargetView.of(t))
                    .call(after -> audit.record(resolved, ENTITY, resolved + "/" + year, "update", actor, before, after, null));
        });
    }

    static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException(List.of(new Violation("year", "Range", "年度须在2000–2100之间",
                    "year must be between 2000 and 2100")));
        }
    }
}
