package cn.yuanqu.land.factory;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Factory buildings of a park and their units. */
@ApplicationScoped
@WithSession
public class FactoryRepository implements PanacheRepositoryBase<Building, UUID> {

    Uni<List<Building>> ofPark(String park) {
        return list("parkId", Sort.by("code"), park);
    }

    Uni<Boolean> codeTaken(String park, String code) {
        return count("parkId = ?1 and code = ?2", park, code).map(n -> n > 0);
    }

    Uni<List<FactoryUnit>> unitsOf(Collection<UUID> buildingIds) {
        return buildingIds.isEmpty() ? Uni.createFrom().item(List.of())
                : Panache.getSession().flatMap(s -> s.createSelectionQuery(
                        "from FactoryUnit where buildingId in :ids order by floor, code", FactoryUnit.class)
                        .setParameter("ids", buildingIds).getResultList());
    }

    Uni<List<FactoryUnit>> units(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of())
                : Panache.getSession().flatMap(s -> s.createSelectionQuery("from FactoryUnit where id in :ids", FactoryUnit.class)
                        .setParameter("ids", ids).getResultList());
    }

    Uni<Void> save(FactoryUnit u) {
        return Panache.getSession().flatMap(s -> s.persist(u));
    }
}
