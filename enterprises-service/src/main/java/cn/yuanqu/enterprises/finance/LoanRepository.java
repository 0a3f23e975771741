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

/** Loans; every query is bound to one park. */
@ApplicationScoped
@WithSession
public class LoanRepository implements PanacheRepositoryBase<Loan, UUID> {

    record Query(String where, Parameters params) {
    }

    static Query query(String park, Optional<UUID> onlyEnterprise, UUID enterprise, LoanScheme scheme, LoanStatus status,
            LocalDate issuedFrom, LocalDate issuedTo, boolean overdueOnly, LocalDate today) {
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
        if (scheme != null) {
            where.add("scheme = :scheme");
            params.and("scheme", scheme);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (issuedFrom != null) {
            where.add("issuedOn >= :issuedFrom");
            params.and("issuedFrom", issuedFrom);
        }
        if (issuedTo != null) {
            where.add("issuedOn <= :issuedTo");
            params.and("issuedTo", issuedTo);
        }
        if (overdueOnly) {
            where.add("status = :active and dueOn < :today");
            params.and("active", LoanStatus.ACTIVE).and("today", today);
        }
        return new Query(String.join(" and ", where), params);
    }

    Uni<List<Loan>> list(Query q, Sort sort, Page page) {
        return find(q.where(), sort, q.params()).page(page).list();
    }

    Uni<Long> count(Query q) {
        return count(q.where(), q.params());
    }

    Uni<Loan> findByContract(String park, String bank, String contractNo) {
        return find("parkId = ?1 and bank = ?2 and contractNo = ?3", park, bank, contractNo).firstResult();
    }

    /**
     * Loan figures for {@code from}…{@code to} as of {@code asOf}: issued in the period (count, amount,
     * enterprises); outstanding, overdue and non-performing at {@code asOf} (count, amount each).
     */
    public Uni<Object[]> figures(String park, LocalDate from, LocalDate to, LocalDate asOf) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select
                  count(*) filter (where issued_on between :from and :to),
                  coalesce(sum(amount) filter (where issued_on between :from and :to), 0),
                  count(distinct enterprise_id) filter (where issued_on between :from and :to),
                  count(*) filter (where issued_on <= :asOf and (repaid_on is null or repaid_on > :asOf)
                                   and (non_performing_on is null or non_performing_on > :asOf)),
                  coalesce(sum(amount) filter (where issued_on <= :asOf and (repaid_on is null or repaid_on > :asOf)
                                   and (non_performing_on is null or non_performing_on > :asOf)), 0),
                  count(*) filter (where issued_on <= :asOf and due_on < :asOf and (repaid_on is null or repaid_on > :asOf)
                                   and (non_performing_on is null or non_performing_on > :asOf)),
                  coalesce(sum(amount) filter (where issued_on <= :asOf and due_on < :asOf
                                   and (repaid_on is null or repaid_on > :asOf)
                                   and (non_performing_on is null or non_performing_on > :asOf)), 0),
                  count(*) filter (where non_performing_on <= :asOf and (settled_on is null or settled_on > :asOf)),
                  coalesce(sum(amount) filter (where non_performing_on <= :asOf
                                   and (settled_on is null or settled_on > :asOf)), 0)
                from loan where park_id = :park""", Object[].class)
                .setParameter("park", park).setParameter("from", from).setParameter("to", to)
                .setParameter("asOf", asOf).getSingleResult());
    }
}
