package cn.yuanqu.enterprises.registry;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The recorded transitions of enterprises. */
@ApplicationScoped
@WithSession
public class EnterpriseTransitionRepository implements PanacheRepositoryBase<EnterpriseTransition, Long> {

    Uni<List<EnterpriseTransition>> history(String park, UUID enterpriseId) {
        return list("parkId = ?1 and enterpriseId = ?2", Sort.by("effectiveDate").and("id"), park, enterpriseId);
    }
}
