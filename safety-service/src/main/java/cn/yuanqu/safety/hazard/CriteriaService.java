package cn.yuanqu.safety.hazard;

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
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;

/** The major-hazard criteria checklist: the national 2023 ones, with each park's own additions and overrides. */
@ApplicationScoped
public class CriteriaService {

    private final CriterionRepository criteria;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final SecurityIdentity identity;

    public CriteriaService(CriterionRepository criteria, AuditTrail audit, ParkContext parks, SecurityIdentity identity) {
        this.criteria = criteria;
        this.audit = audit;
        this.parks = parks;
        this.identity = identity;
    }

    @WithSession
    public Uni<List<CriterionView>> list(String park) {
        return criteria.effective(parks.scope().resolve(park))
                .map(m -> m.values().stream().map(CriterionView::of).toList());
    }

    /** Adds a park's criterion or overrides a national one (same code); admin only; audited. */
    @WithTransaction
    public Uni<CriterionView> put(String park, @NotNull @Valid CriterionInput input) {
        ParkScope scope = parks.scope();
        if (!identity.hasRole("admin")) {
            throw new ForbiddenException("判定标准由管理员维护", "criteria are kept by an admin");
        }
        String resolved = scope.resolve(park);
        String actor = scope.actor();
        return criteria.findById(new MajorCriterion.Key(resolved, input.code().strip())).flatMap(existing -> {
            CriterionView before = existing == null ? null : CriterionView.of(existing);
            Uni<MajorCriterion> saved;
            if (existing == null) {
                saved = criteria.persistAndFlush(MajorCriterion.of(resolved, input));
            } else {
                existing.apply(input);
                saved = criteria.flush().replaceWith(existing);
            }
            return saved.map(CriterionView::of)
                    .call(v -> audit.record(resolved, "major-criterion", v.code(), "put", actor, before, v, null));
        });
    }
}
