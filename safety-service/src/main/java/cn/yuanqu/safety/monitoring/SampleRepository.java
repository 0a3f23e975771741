package cn.yuanqu.safety.monitoring;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Samples of a park, and their measurements. */
@ApplicationScoped
@WithSession
public class SampleRepository implements PanacheRepositoryBase<Sample, UUID> {

    record Query(String where, Parameters params) {
    }

    static Query query(String park, Optional<UUID> onlyEnterprise, UUID point, Boolean exceeded, OffsetDateTime from,
            OffsetDateTime before) {
        List<String> where = new ArrayList<>(List.of("parkId = :park"));
        Parameters p = Parameters.with("park", park);
        onlyEnterprise.ifPresent(id -> {
            where.add("pointId in (select m.id from MonitoringPoint m where m.enterpriseId = :only)");
            p.and("only", id);
        });
        if (point != null) {
            where.add("pointId = :point");
            p.and("point", point);
        }
        if (exceeded != null) {
            where.add("exceeded = :exceeded");
            p.and("exceeded", exceeded);
        }
        if (from != null) {
            where.add("sampledAt >= :from");
            p.and("from", from);
        }
        if (before != null) {
            where.add("sampledAt < :before");
            p.and("before", before);
        }
        return new Query(String.join(" and ", where), p);
    }

    Uni<List<Sample>> list(Query q, Page page) {
        return find(q.where(), Sort.by("sampledAt", Sort.Direction.Descending).and("id"), q.params()).page(page).list();
    }

    Uni<Long> count(Query q) {
        return count(q.where(), q.params());
    }

    Uni<Sample> at(UUID point, OffsetDateTime sampledAt) {
        return find("pointId = ?1 and sampledAt = ?2", point, sampledAt).firstResult();
    }

    Uni<List<Measurement>> measurements(Collection<UUID> sampleIds) {
        return sampleIds.isEmpty() ? Uni.createFrom().item(List.of())
                : Panache.getSession().flatMap(s -> s.createSelectionQuery(
                        "from Measurement where key.sampleId in :ids", Measurement.class).setParameter("ids", sampleIds)
                        .getResultList());
    }

    Uni<Void> save(Measurement m) {
        return Panache.getSession().flatMap(s -> s.persist(m));
    }

    /** The hazard each sample raised: [sample id, hazard id] pairs. */
    Uni<List<Object[]>> hazards(Collection<UUID> sampleIds) {
        return sampleIds.isEmpty() ? Uni.createFrom().item(List.of())
                : Panache.getSession().flatMap(s -> s.createSelectionQuery(
                        "select h.sampleId, h.id from Hazard h where h.sampleId in :ids", Object[].class)
                        .setParameter("ids", sampleIds).getResultList());
    }
}
