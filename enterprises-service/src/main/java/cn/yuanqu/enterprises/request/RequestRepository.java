package cn.yuanqu.enterprises.request;

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

/** The request ledger; every query is bound to one park. */
@ApplicationScoped
@WithSession
public class RequestRepository implements PanacheRepositoryBase<ServiceRequest, UUID> {

    record Query(String where, Parameters params) {
    }

    static Query query(String park, RequestFilter filter, Optional<UUID> onlyEnterprise, UUID enterprise, LocalDate today) {
        List<String> where = new ArrayList<>();
        Parameters params = Parameters.with("park", park);
        where.add("parkId = :park");
        onlyEnterprise.ifPresent(id -> {
            where.add("enterpriseId = :only");
            params.and("only", id);
        });
        RequestFilter f = filter == null ? RequestFilter.NONE : filter;
        if (enterprise != null) {
            where.add("enterpriseId = :enterprise");
            params.and("enterprise", enterprise);
        }
        if (f.category() != null) {
            where.add("category = :category");
            params.and("category", f.category());
        }
        if (f.status() != null) {
            where.add("status = :status");
            params.and("status", f.status());
        }
        if (f.assignee() != null && !f.assignee().isBlank()) {
            where.add("assignee = :assignee");
            params.and("assignee", f.assignee().strip());
        }
        if (f.submittedFrom() != null) {
            where.add("submittedOn >= :submittedFrom");
            params.and("submittedFrom", f.submittedFrom());
        }
        if (f.submittedTo() != null) {
            where.add("submittedOn <= :submittedTo");
            params.and("submittedTo", f.submittedTo());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            where.add("status in :handling and deadline < :today");
            params.and("handling", List.of(RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS)).and("today", today);
        }
        return new Query(String.join(" and ", where), params);
    }

    Uni<List<ServiceRequest>> list(Query q, Sort sort, Page page) {
        return find(q.where(), sort, q.params()).page(page).list();
    }

    Uni<Long> count(Query q) {
        return count(q.where(), q.params());
    }

    Uni<List<ServiceRequest>> ofVisits(Collection<UUID> visitIds) {
        return visitIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("visitId in ?1", Sort.by("submittedOn").and("id"), visitIds);
    }

    /** Requests of several enterprises (batched look-up for the gateway's joins). */
    public Uni<List<ServiceRequest>> ofEnterprises(Collection<UUID> enterpriseIds) {
        return enterpriseIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("enterpriseId in ?1", Sort.by("submittedOn", Sort.Direction.Descending).and("id"), enterpriseIds);
    }

    /**
     * The park's request figures for {@code from}…{@code to}, as of {@code asOf} (the period's end, or
     * today when the period is not over): received, returned and closed among them, closed in the period,
     * overdue at {@code asOf}, total handling days of those closed and the ratings given.
     */
    public Uni<Object[]> figures(String park, LocalDate from, LocalDate to, LocalDate asOf) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select
                  count(*) filter (where submitted_on between :from and :to),
                  count(*) filter (where submitted_on between :from and :to and returned_on <= :asOf),
                  count(*) filter (where submitted_on between :from and :to and closed_on <= :asOf),
                  count(*) filter (where closed_on between :from and :to),
                  coalesce(sum(closed_on - submitted_on) filter (where closed_on between :from and :to), 0),
                  count(*) filter (where accepted_on <= :asOf and deadline < :asOf
                                   and (closed_on is null or closed_on > :asOf)),
                  count(*) filter (where rated_on between :from and :to),
                  coalesce(sum(satisfaction) filter (where rated_on between :from and :to), 0),
                  count(*) filter (where closed_on between :from and :to and closed_on > deadline)
                from service_request where park_id = :park
                """, Object[].class)
                .setParameter("park", park).setParameter("from", from).setParameter("to", to)
                .setParameter("asOf", asOf).getSingleResult());
    }
}
