package cn.yuanqu.land.landcase;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.audit.AuditTrail;
import cn.yuanqu.platform.error.ForbiddenException;
import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.NotFoundException;
import cn.yuanqu.platform.error.StaleVersionException;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;

/**
 * Each park's yearly disposal target (e.g. "60% of the idle and inefficient stock by year end"), set by
 * the land office; the figures endpoint compares the share disposed with it.
 */
@ApplicationScoped
public class TargetService {

    static final String ENTITY = "disposal-target";

    private final TargetRepository targets;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final SecurityIdentity identity;
    private final Clock clock;

    public TargetService(TargetRepository targets, AuditTrail audit, ParkContext parks, SecurityIdentity identity, Clock clock) {
        this.targets = targets;
        this.audit = audit;
        this.parks = parks;
        this.identity = identity;
        this.clock = clock;
    }

    @WithSession
    public Uni<TargetView> get(String park, int year) {
        ParkScope scope = parks.scope();
        if (scope.isEnterpriseUser()) {
            throw new ForbiddenException("企业用户不能查看处置目标", "an enterprise user cannot see disposal targets");
        }
        String resolved = scope.resolve(park);
        int y = year(year);
        return targets.of(resolved, y).map(t -> {
            if (t == null) {
                throw new NotFoundException("处置目标", "disposal target", resolved + "/" + y);
            }
            return TargetView.of(t);
        });
    }

    /** Sets (or changes) the year's target; {@code expectedVersion} guards a change. */
    @WithTransaction
    public Uni<TargetView> set(String park, int year, TargetInput input, Long expectedVersion) {
        ParkScope scope = parks.scope();
        if (scope.isEnterpriseUser() || !(identity.hasRole("land-officer") || identity.hasRole("admin"))) {
            throw new ForbiddenException("处置目标由土地规划干部设定", "disposal targets are set by land officers");
        }
        String resolved = scope.resolve(park);
        int y = year(year);
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String key = resolved + "/" + y;
        return targets.of(resolved, y).flatMap(existing -> {
            if (existing == null) {
                DisposalTarget t = DisposalTarget.of(resolved, y, input, actor, now);
                return targets.persistAndFlush(t).map(TargetView::of)
                        .call(v -> audit.record(resolved, ENTITY, key, "set", actor, null, v, null));
            }
            if (expectedVersion != null && existing.getVersion() != expectedVersion) {
                throw new StaleVersionException(ENTITY, key, expectedVersion, existing.getVersion());
            }
            TargetView before = TargetView.of(existing);
            if (!existing.change(input, actor, now)) {
                return Uni.createFrom().item(before);
            }
            return targets.flush().map(v -> TargetView.of(existing))
                    .call(v -> audit.record(resolved, ENTITY, key, "change", actor, before, v, null));
        });
    }

    private int year(int year) {
        int now = Year.now(clock).getValue();
        if (year < 2000 || year > now + 5) {
            throw new InvalidInputException(List.of(new Violation("year", "Range", "年度应在2000年至今后五年之间",
                    "year is between 2000 and five years ahead")));
        }
        return year;
    }
}
