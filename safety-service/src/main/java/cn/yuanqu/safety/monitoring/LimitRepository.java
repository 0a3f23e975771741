package cn.yuanqu.safety.monitoring;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The limits of monitoring points. */
@ApplicationScoped
@WithSession
public class LimitRepository implements PanacheRepositoryBase<PointLimit, PointLimit.Key> {

    Uni<List<PointLimit>> ofPoints(Collection<UUID> pointIds) {
        return pointIds.isEmpty() ? Uni.createFrom().item(List.of()) : list("key.pointId in ?1", pointIds);
    }
}
