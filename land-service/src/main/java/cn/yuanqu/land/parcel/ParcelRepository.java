package cn.yuanqu.land.parcel;

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

/** The parcels of a park and their status history. */
@ApplicationScoped
@WithSession
public class ParcelRepository implements PanacheRepositoryBase<Parcel, UUID> {

    record Query(String where, Parameters params) {
    }

    static Query query(String park, Optional<UUID> onlyHolder, ParcelStatus status, UUID holder) {
        List<String> where = new ArrayList<>(List.of("parkId = :park"));
        Parameters p = Parameters.with("park", park);
        onlyHolder.ifPresent(id -> {
            where.add("holderId = :only");
            p.and("only", id);
        });
        if (status != null) {
            where.add("status = :status");
            p.and("status", status);
        }
        if (holder != null) {
            where.add("holderId = :holder");
            p.and("holder", holder);
        }
        return new Query(String.join(" and ", where), p);
    }

    Uni<List<Parcel>> list(Query q, Page page) {
        return find(q.where(), Sort.by("code"), q.params()).page(page).list();
    }

    Uni<Long> count(Query q) {
        return count(q.where(), q.params());
    }

    Uni<Boolean> codeTaken(String park, String code) {
        return count("parkId = ?1 and code = ?2", park, code).map(n -> n > 0);
    }

    Uni<List<Parcel>> ofHolders(Collection<UUID> holders) {
        return holders.isEmpty() ? Uni.createFrom().item(List.of()) : list("holderId in ?1", Sort.by("code"), holders);
    }

    /** The parcels whose park is one of {@code parks} and whose code is one of {@code codes} (pairs are matched by the caller). */
    Uni<List<Parcel>> withCodes(Collection<String> parks, Collection<String> codes) {
        return parks.isEmpty() || codes.isEmpty() ? Uni.createFrom().item(List.of())
                : list("parkId in ?1 and code in ?2", Sort.by("code"), parks, codes);
    }

    /** Parcels of the park supplied and not built, in construction or idle: the ones 53号令 can apply to. */
    public Uni<List<Parcel>> underContract(String park) {
        return list("parkId = ?1 and status in ?2", Sort.by("code"), park,
                List.of(ParcelStatus.SUPPLIED_UNBUILT, ParcelStatus.UNDER_CONSTRUCTION, ParcelStatus.IDLE));
    }

    /** The parcels of the park that {@code holders} hold and use (supplied, building, built or idle), by code. */
    public Uni<List<Parcel>> inUseBy(String park, Collection<UUID> holders) {
        return holders.isEmpty() ? Uni.createFrom().item(List.of())
                : list("parkId = ?1 and holderId in ?2 and status in ?3", Sort.by("code"), park, holders,
                        List.of(ParcelStatus.SUPPLIED_UNBUILT, ParcelStatus.UNDER_CONSTRUCTION, ParcelStatus.BUILT,
                                ParcelStatus.IDLE));
    }

    Uni<Void> save(ParcelEvent e) {
        return Panache.getSession().flatMap(s -> s.persist(e));
    }

    Uni<List<ParcelEvent>> history(UUID parcelId) {
        return Panache.getSession().flatMap(s -> s.createSelectionQuery(
                "from ParcelEvent where parcelId = :id order by id", ParcelEvent.class).setParameter("id", parcelId)
                .getResultList());
    }
}
