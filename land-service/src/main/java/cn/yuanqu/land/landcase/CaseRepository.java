package cn.yuanqu.land.landcase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The land cases of a park and their steps. */
@ApplicationScoped
@WithSession
public class CaseRepository implements PanacheRepositoryBase<LandCase, UUID> {

    record Query(String where, Parameters params) {
    }

    static Query query(String park, CaseStatus status, CaseKind kind, UUID parcel) {
        List<String> where = new ArrayList<>(List.of("parkId = :park"));
        Parameters p = Parameters.with("park", park);
        if (status != null) {
            where.add("status = :status");
            p.and("status", status);
        }
        if (kind != null) {
            where.add("kind = :kind");
            p.and("kind", kind);
        }
        if (parcel != null) {
            where.add("parcelId = :parcel");
            p.and("parcel", parcel);
        }
        return new Query(String.join(" and ", where), p);
    }

    Uni<List<LandCase>> list(Query q, Page page) {
        return find(q.where(), Sort.by("openedOn", Sort.Direction.Descending).and("id"), q.params()).page(page).list();
    }

    Uni<Long> count(Query q) {
        return count(q.where(), q.params());
    }

    Uni<Boolean> openOn(UUID parcelId) {
        return count("parcelId = ?1 and status not in ?2", parcelId, Set.of(CaseStatus.DISPOSED, CaseStatus.WITHDRAWN))
                .map(n -> n > 0);
    }

    public Uni<List<UUID>> parcelsWithOpenCases(Collection<UUID> parcelIds) {
        return parcelIds.isEmpty() ? Uni.createFrom().item(List.of())
                : Panache.getSession().flatMap(s -> s.createSelectionQuery(
                        "select c.parcelId from LandCase c where c.parcelId in :ids and c.status not in :closed", UUID.class)
                        .setParameter("ids", parcelIds).setParameter("closed", Set.of(CaseStatus.DISPOSED, CaseStatus.WITHDRAWN))
                        .getResultList());
    }

    Uni<Boolean> documentTaken(String park, String documentNo) {
        return Panache.getSession().flatMap(s -> s.createSelectionQuery(
                "select count(*) from CaseEvent e where e.parkId = :park and e.documentNo = :no", Long.class)
                .setParameter("park", park).setParameter("no", documentNo).getSingleResult()).map(n -> n > 0);
    }

    Uni<Void> save(CaseEvent e) {
        return Panache.getSession().flatMap(s -> s.persist(e));
    }

    Uni<List<CaseEvent>> history(UUID caseId) {
        return Panache.getSession().flatMap(s -> s.createSelectionQuery(
                "from CaseEvent where caseId = :id order by id", CaseEvent.class).setParameter("id", caseId).getResultList());
    }
}
