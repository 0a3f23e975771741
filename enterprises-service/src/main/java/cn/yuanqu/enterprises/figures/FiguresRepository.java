package cn.yuanqu.enterprises.figures;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Read-only queries behind the figures of the registry, the qualifications and the cultivation pool.
 * Stocks are computed as of a date from the dated transitions, so a past period says what was true then.
 */
@ApplicationScoped
public class FiguresRepository {

    /**
     * Enterprises in the park (not exited) and above scale at {@code asOf}; new 入规 and settled in the period; the
     * service grids (网格) the enterprises in the park at {@code asOf} belong to. The grid is a current attribute
     * without a dated history, so a past period counts today's grids of the enterprises in the park then.
     */
    Uni<Object[]> registry(String park, LocalDate from, LocalDate to, LocalDate asOf) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                with st as (
                  select distinct on (enterprise_id) enterprise_id, to_value from enterprise_transition
                  where park_id = :park and kind = 'STATUS' and effective_date <= :asOf
                  order by enterprise_id, effective_date desc, id desc),
                sc as (
                  select distinct on (enterprise_id) enterprise_id, to_value from enterprise_transition
                  where park_id = :park and kind = 'SCALE' and effective_date <= :asOf
                  order by enterprise_id, effective_date desc, id desc)
                select
                  (select count(*) from st where to_value <> 'EXITED'),
                  (select count(*) from sc where to_value = 'ABOVE_SCALE'),
                  (select count(distinct enterprise_id) from enterprise_transition
                   where park_id = :park and kind = 'SCALE' and to_value = 'ABOVE_SCALE'
                     and effective_date between :from and :to),
                  (select count(*) from enterprise where park_id = :park and settled_on between :from and :to),
                  (select count(distinct e.grid) from enterprise e join st on st.enterprise_id = e.id
                   where e.park_id = :park and st.to_value <> 'EXITED' and e.grid is not null and e.grid <> '')""",
                Object[].class)
                .setParameter("park", park).setParameter("from", from).setParameter("to", to).setParameter("asOf", asOf)
                .getSingleResult());
    }

    /** Enterprises that entered 规上 in the period: id, name, date. */
    Uni<List<Object[]>> newAboveScale(String park, LocalDate from, LocalDate to) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select e.id, e.name, min(t.effective_date) as since from enterprise_transition t
                join enterprise e on e.id = t.enterprise_id
                where t.park_id = :park and t.kind = 'SCALE' and t.to_value = 'ABOVE_SCALE'
                  and t.effective_date between :from and :to
                group by e.id, e.name order by since, e.name""", Object[].class)
                .setParameter("park", park).setParameter("from", from).setParameter("to", to).getResultList());
    }

    /** Qualifications in force at {@code asOf} and awarded in the period, by type and level. */
    Uni<List<Object[]>> qualifications(String park, LocalDate from, LocalDate to, LocalDate asOf) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select type, level,
                  count(*) filter (where awarded_on <= :asOf and (valid_until is null or valid_until >= :asOf)
                                   and (revoked_on is null or revoked_on > :asOf)),
                  count(*) filter (where awarded_on between :from and :to)
                from qualification where park_id = :park
                group by type, level order by type, level""", Object[].class)
                .setParameter("park", park).setParameter("from", from).setParameter("to", to).setParameter("asOf", asOf)
                .getResultList());
    }

    /** Awards of the period: enterprise id, name, type, level, date. */
    Uni<List<Object[]>> awards(String park, LocalDate from, LocalDate to) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select e.id, e.name, q.type, q.level, q.awarded_on from qualification q
                join enterprise e on e.id = q.enterprise_id
                where q.park_id = :park and q.awarded_on between :from and :to
                order by q.awarded_on, e.name""", Object[].class)
                .setParameter("park", park).setParameter("from", from).setParameter("to", to).getResultList());
    }

    /** Cultivation pool: entries open at {@code asOf}, entered and achieved in the period. */
    Uni<Object[]> cultivation(String park, LocalDate from, LocalDate to, LocalDate asOf) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select
                  count(*) filter (where entered <= :asOf and (ended is null or ended > :asOf)),
                  count(*) filter (where entered between :from and :to),
                  count(*) filter (where achieved between :from and :to)
                from (select entry_id, min(on_date) as entered,
                        min(on_date) filter (where to_status in ('ACHIEVED', 'WITHDRAWN')) as ended,
                        min(on_date) filter (where to_status = 'ACHIEVED') as achieved
                      from cultivation_event where park_id = :park and kind = 'TRANSITION'
                      group by entry_id) x""", Object[].class)
                .setParameter("park", park).setParameter("from", from).setParameter("to", to).setParameter("asOf", asOf)
                .getSingleResult());
    }

    /** Recoveries of the period per enterprise: id, name, amount. */
    /** Loans issued in the period by scheme: scheme, its name when OTHER, count, amount, enterprises; the largest first. */
    Uni<List<Object[]>> issuedBySchemes(String park, LocalDate from, LocalDate to) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select scheme, scheme_name, count(*), sum(amount) as issued, count(distinct enterprise_id) from loan
                where park_id = :park and issued_on between :from and :to
                group by scheme, scheme_name order by issued desc, scheme, scheme_name""", Object[].class)
                .setParameter("park", park).setParameter("from", from).setParameter("to", to).getResultList());
    }

    Uni<List<Object[]>> recoveriesByEnterprise(String park, LocalDate from, LocalDate to) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select e.id, e.name, sum(r.amount) as recovered from loan_recovery r
                join loan l on l.id = r.loan_id join enterprise e on e.id = l.enterprise_id
                where r.park_id = :park and r.recovered_on between :from and :to
                group by e.id, e.name order by recovered desc, e.name""", Object[].class)
                .setParameter("park", park).setParameter("from", from).setParameter("to", to).getResultList());
    }
}
