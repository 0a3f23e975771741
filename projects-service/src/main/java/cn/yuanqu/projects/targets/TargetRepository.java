package cn.yuanqu.projects.targets;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Annual targets. */
@ApplicationScoped
@WithSession
public class TargetRepository implements PanacheRepositoryBase<AnnualTarget, AnnualTarget.Key> {

    /** The park's targets of a year, or null (inside the caller's session). */
    public Uni<AnnualTarget> of(String park, int year) {
        return findById(new AnnualTarget.Key(park, year));
    }
}
