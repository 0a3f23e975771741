package cn.yuanqu.enterprises.finance;

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

/** Policy payouts; every query is bound to one park. */
@ApplicationScoped
@WithSession
public class PayoutRepository implements PanacheRepositoryBase<PolicyPayout, UUID> {

    record Query(String where, Parameters params) {
    }

    static Query query(String park, Optional<UUID> onlyEnterprise, UUID enterprise, LocalDate from, LocalDate to,
            String policy) {
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
            where.add("paidOn >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.add("paidOn <= :to");
            params.and("to", to);
        }
        if (policy != null && !policy.isBlank()) {
            where.add("policy = :policy");
            params.and("policy", policy.strip());
        }
        return new Query(String.join(" and ", where), params);
    }

    Uni<List<PolicyPayout>> list(Query q, Page page) {
        return find(q.where(), Sort.by("paidOn", Sort.Direction.Descending).and("id"), q.params()).page(page).list();
    }

    Uni<Long> count(Query q) {
        return count(q.where(), q.params());
    }

    Uni<PolicyPayout> findByReference(String park, String reference) {
        return find("parkId = ?1 and reference = ?2", park, reference).firstResult();
    }

    /** Paid in the period: number, amount and distinct enterprises. */
    public Uni<Object[]> figures(String park, LocalDate from, LocalDate to) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select count(*), coalesce(sum(amount), 0), count(distinct enterprise_id)
                from policy_payout where park_id = :park and paid_on between :from and :to""", Object[].class)
                .setParameter("park", park).setParameter("from", from).setParameter("to", to).getSingleResult());
    }
}
