package cn.yuanqu.safety.hazard;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The recorded steps of hazards, their rectifications and escalations. */
@ApplicationScoped
@WithSession
public class HazardEventRepository implements PanacheRepositoryBase<HazardEvent, Long> {

    Uni<List<HazardEvent>> history(UUID hazardId) {
        return list("hazardId", Sort.by("id"), hazardId);
    }

    Uni<List<Rectification>> rectifications(UUID hazardId) {
        return getSession().flatMap(s -> s.createQuery("from Rectification where hazardId = :h order by doneOn, recordedAt",
                Rectification.class).setParameter("h", hazardId).getResultList());
    }

    Uni<List<Escalation>> escalations(UUID hazardId) {
        return getSession().flatMap(s -> s.createQuery("from Escalation where hazardId = :h order by onDate, recordedAt",
                Escalation.class).setParameter("h", hazardId).getResultList());
    }

    Uni<Void> save(Object record) {
        return getSession().flatMap(s -> s.persist(record));
    }
}
