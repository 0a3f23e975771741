package cn.yuanqu.land.landcase;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The parks' yearly disposal targets. */
@ApplicationScoped
@WithSession
public class TargetRepository implements PanacheRepositoryBase<DisposalTarget, Long> {

    Uni<DisposalTarget> of(String park, int year) {
        return find("parkId = ?1 and year = ?2", park, year).firstResult();
    }
}
