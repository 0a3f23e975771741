package cn.yuanqu.safety.monitoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Monitoring points of a park. */
@ApplicationScoped
@WithSession
public class PointRepository implements PanacheRepositoryBase<MonitoringPoint, UUID> {

    Uni<List<MonitoringPoint>> list(String park, Optional<UUID> onlyEnterprise, UUID enterprise, PointKind kind) {
        List<String> where = new ArrayList<>(List.of("parkId = :park"));
        Parameters p = Parameters.with("park", park);
        onlyEnterprise.ifPresent(id -> {
            where.add("enterpriseId = :only");
            p.and("only", id);
        });
        if (enterprise != null) {
            where.add("enterpriseId = :enterprise");
            p.and("enterprise", enterprise);
        }
        if (kind != null) {
            where.add("kind = :kind");
            p.and("kind", kind);
        }
        return list(String.join(" and ", where), Sort.by("code"), p);
    }

    Uni<List<MonitoringPoint>> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }

    Uni<Boolean> codeTaken(String park, String code) {
        return count("parkId = ?1 and code = ?2", park, code).map(n -> n > 0);
    }
}
