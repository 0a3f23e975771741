package cn.yuanqu.enterprises.finance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Recoveries on non-performing loans. */
@ApplicationScoped
@WithSession
public class LoanRecoveryRepository implements PanacheRepositoryBase<LoanRecovery, Long> {

    Uni<List<LoanRecovery>> ofLoans(Collection<java.util.UUID> loanIds) {
        return loanIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("loanId in ?1", Sort.by("recoveredOn").and("id"), loanIds);
    }

    /** Recovered in the period: amount, number of recoveries and distinct enterprises. */
    public Uni<Object[]> figures(String park, LocalDate from, LocalDate to) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select coalesce(sum(r.amount), 0), count(*), count(distinct l.enterprise_id)
                from loan_recovery r join loan l on l.id = r.loan_id
                where r.park_id = :park and r.recovered_on between :from and :to""", Object[].class)
                .setParameter("park", park).setParameter("from", from).setParameter("to", to).getSingleResult());
    }
}
