package cn.yuanqu.land.factory;

import java.time.LocalDate;
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

/** Leases of a park, the units they let, their dues and payments. */
@ApplicationScoped
@WithSession
public class LeaseRepository implements PanacheRepositoryBase<Lease, UUID> {

    record Query(String where, Parameters params) {
    }

    static Query query(String park, Optional<UUID> onlyEnterprise, UUID enterprise, Boolean active, LocalDate today) {
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
        if (active != null) {
            where.add(active ? "startOn <= :today and endOn >= :today and (endedOn is null or endedOn >= :today)"
                    : "not (startOn <= :today and endOn >= :today and (endedOn is null or endedOn >= :today))");
            p.and("today", today);
        }
        return new Query(String.join(" and ", where), p);
    }

    Uni<List<Lease>> list(Query q, Page page) {
        return find(q.where(), Sort.by("startOn", Sort.Direction.Descending).and("id"), q.params()).page(page).list();
    }

    Uni<Long> count(Query q) {
        return count(q.where(), q.params());
    }

    Uni<Boolean> contractTaken(String park, String contractNo) {
        return count("parkId = ?1 and contractNo = ?2", park, contractNo).map(n -> n > 0);
    }

    Uni<List<Lease>> ofEnterprises(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of())
                : list("enterpriseId in ?1", Sort.by("startOn", Sort.Direction.Descending), ids);
    }

    /** [lease id, unit id] pairs of the leases asked. */
    Uni<List<Object[]>> unitsOf(Collection<UUID> leaseIds) {
        return leaseIds.isEmpty() ? Uni.createFrom().item(List.of())
                : Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "select lease_id, unit_id from lease_unit where lease_id in (:ids)", Object[].class)
                        .setParameter("ids", leaseIds).getResultList());
    }

    /** The leases letting any of the units at some day of [from, to]. */
    Uni<List<Object[]>> overlapping(Collection<UUID> unitIds, LocalDate from, LocalDate to) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select lu.unit_id, l.contract_no from lease_unit lu join lease l on l.id = lu.lease_id
                where lu.unit_id in (:units) and l.start_on <= :to
                  and least(l.end_on, coalesce(l.ended_on, l.end_on)) >= :from
                """, Object[].class).setParameter("units", unitIds).setParameter("from", from).setParameter("to", to)
                .getResultList());
    }

    /** The leases letting units of these buildings on {@code day}: [unit id, lease id, enterprise id, enterprise name]. */
    Uni<List<Object[]>> occupancy(Collection<UUID> unitIds, LocalDate day) {
        return unitIds.isEmpty() ? Uni.createFrom().item(List.of()) : Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select cast(lu.unit_id as text), cast(l.id as text), cast(l.enterprise_id as text), l.enterprise_name
                from lease_unit lu join lease l on l.id = lu.lease_id
                where lu.unit_id in (:units) and l.start_on <= :day and least(l.end_on, coalesce(l.ended_on, l.end_on)) >= :day
                """, Object[].class).setParameter("units", unitIds).setParameter("day", day).getResultList());
    }

    Uni<Integer> letUnit(UUID leaseId, UUID unitId) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("insert into lease_unit (lease_id, unit_id) values (:l, :u)")
                .setParameter("l", leaseId).setParameter("u", unitId).executeUpdate());
    }

    Uni<Void> save(Object entity) {
        return Panache.getSession().flatMap(s -> s.persist(entity));
    }

    Uni<List<LeaseDue>> dues(Collection<UUID> leaseIds) {
        return leaseIds.isEmpty() ? Uni.createFrom().item(List.of()) : Panache.getSession().flatMap(s -> s.createSelectionQuery(
                "from LeaseDue where leaseId in :ids order by dueOn, kind", LeaseDue.class).setParameter("ids", leaseIds)
                .getResultList());
    }

    Uni<List<LeasePayment>> payments(Collection<UUID> leaseIds) {
        return leaseIds.isEmpty() ? Uni.createFrom().item(List.of()) : Panache.getSession().flatMap(s -> s.createSelectionQuery(
                "from LeasePayment where leaseId in :ids order by paidOn, receiptNo", LeasePayment.class)
                .setParameter("ids", leaseIds).getResultList());
    }

    Uni<Boolean> receiptTaken(String park, String receiptNo) {
        return Panache.getSession().flatMap(s -> s.createSelectionQuery(
                "select count(*) from LeasePayment where parkId = :park and receiptNo = :no", Long.class)
                .setParameter("park", park).setParameter("no", receiptNo).getSingleResult()).map(n -> n > 0);
    }

    /** Removes the unpaid dues of a lease after {@code period} (YYYY-MM) and, re-prorated, in it. */
    Uni<Integer> dropDuesFrom(UUID leaseId, String period) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                delete from lease_due d where d.lease_id = :l and d.period >= :p
                  and not exists (select 1 from lease_payment p where p.lease_id = d.lease_id and p.kind = d.kind
                                  and p.period = d.period)
                """).setParameter("l", leaseId).setParameter("p", period).executeUpdate());
    }
}
