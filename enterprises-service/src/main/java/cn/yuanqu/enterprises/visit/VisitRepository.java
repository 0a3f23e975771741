package cn.yuanqu.enterprises.visit;

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

/** Visits; every query is bound to one park. */
@ApplicationScoped
@WithSession
public class VisitRepository implements PanacheRepositoryBase<Visit, UUID> {

    record Query(String where, Parameters params) {
    }

    static Query query(String park, Optional<UUID> onlyEnterprise, UUID enterprise, LocalDate from, LocalDate to,
            String visitor) {
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
        if (from != null) {
            where.add("visitedOn >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.add("visitedOn <= :to");
            params.and("to", to);
        }
        if (visitor != null && !visitor.isBlank()) {
            where.add("visitors like :visitor");
            params.and("visitor", "%" + visitor.strip().replace("%", "").replace("_", "") + "%");
        }
        return new Query(String.join(" and ", where), params);
    }

    Uni<List<Visit>> list(Query q, Page page) {
        return find(q.where(), Sort.by("visitedOn", Sort.Direction.Descending).and("id"), q.params()).page(page).list();
    }

    Uni<Long> count(Query q) {
        return count(q.where(), q.params());
    }

    /** Visits in the period and the distinct enterprises they reached. */
    public Uni<Object[]> figures(String park, LocalDate from, LocalDate to) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select count(*), count(distinct enterprise_id) from visit
                where park_id = :park and visited_on between :from and :to""", Object[].class)
                .setParameter("park", park).setParameter("from", from).setParameter("to", to).getSingleResult());
    }
}
