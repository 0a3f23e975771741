package cn.yuanqu.enterprises.agency;

import java.time.LocalDate;
import java.util.ArrayList;
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

/** Matters handled on enterprises' behalf; every query is bound to one park. */
@ApplicationScoped
@WithSession
public class AgencyRepository implements PanacheRepositoryBase<AgencyMatter, UUID> {

    record Query(String where, Parameters params) {
    }

    static Query query(String park, Optional<UUID> onlyEnterprise, UUID enterprise, AgencyKind kind, AgencyStatus status,
            String handler, LocalDate from, LocalDate to) {
        List<String> where = new ArrayList<>();
        Parameters params = Parameters.with("park", park);
        where.add("parkId = :park");
        onlyEnterprise.ifPresent(id -> {
            where.add("enterpriseId = :only");
            params.and("only", id);
        });
        if (enterprise != null) {
            where.add("enterpriseId = :enterprise");
            params.and("enterprise", enterprise);
        }
        if (kind != null) {
            where.add("kind = :kind");
            params.and("kind", kind);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (handler != null && !handler.isBlank()) {
            where.add("handler = :handler");
            params.and("handler", handler.strip());
        }
        if (from != null) {
            where.add("receivedOn >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.add("receivedOn <= :to");
            params.and("to", to);
        }
        return new Query(String.join(" and ", where), params);
    }

    Uni<List<AgencyMatter>> list(Query q, Sort sort, Page page) {
        return find(q.where(), sort, q.params()).page(page).list();
    }

    Uni<Long> count(Query q) {
        return count(q.where(), q.params());
    }

    /**
     * Figures for {@code from}…{@code to} as of {@code asOf}: received in the period, of those closed by
     * {@code asOf}, closed in the period, terminated in the period, and those past their promise at {@code asOf}.
     */
    public Uni<Object[]> figures(String park, LocalDate from, LocalDate to, LocalDate asOf) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select
                  count(*) filter (where received_on between :from and :to),
                  count(*) filter (where received_on between :from and :to and status = 'CLOSED' and closed_on <= :asOf),
                  count(*) filter (where status = 'CLOSED' and closed_on between :from and :to),
                  count(*) filter (where status = 'TERMINATED' and closed_on between :from and :to),
                  count(*) filter (where received_on <= :asOf and promised_on < :asOf
                                   and (closed_on is null or closed_on > :asOf))
                from agency_matter where park_id = :park""", Object[].class)
                .setParameter("park", park).setParameter("from", from).setParameter("to", to)
                .setParameter("asOf", asOf).getSingleResult());
    }
}
