package cn.yuanqu.enterprises.eligibility;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Reads what the pre-screen needs for a whole park in three queries. */
@ApplicationScoped
public class EligibilityRepository {

    /**
     * One row per enterprise of the park that has not exited by {@code asOf}'s end: id, name, chain,
     * above scale then; trailing 12 months (count, main revenue); and for years Y, Y−1, Y−2 the months
     * reported, revenue, main revenue, R&D and average employees.
     */
    Uni<List<Object[]>> profiles(String park, UUID only, YearMonth asOf, int year) {
        LocalDate end = asOf.atEndOfMonth();
        StringBuilder years = new StringBuilder();
        for (int y = year; y >= year - 2; y--) {
            String cond = "month between '" + y + "-01' and '" + y + "-12'";
            years.append(", count(*) filter (where ").append(cond).append(")")
                    .append(", sum(operating_revenue) filter (where ").append(cond).append(")")
                    .append(", sum(main_business_revenue) filter (where ").append(cond).append(")")
                    .append(", sum(rd_spending) filter (where ").append(cond).append(")")
                    .append(", round(avg(employees) filter (where ").append(cond).append("))");
        }
        String sql = """
                with scale as (
                  select distinct on (enterprise_id) enterprise_id, to_value = 'ABOVE_SCALE' as above
                  from enterprise_transition where park_id = :park and kind = 'SCALE' and effective_date <= :end
                  order by enterprise_id, effective_date desc, id desc),
                status as (
                  select distinct on (enterprise_id) enterprise_id, to_value
                  from enterprise_transition where park_id = :park and kind = 'STATUS' and effective_date <= :end
                  order by enterprise_id, effective_date desc, id desc),
                m as (
                  select enterprise_id,
                    count(*) filter (where month between :t0 and :t1) as tm,
                    sum(main_business_revenue) filter (where month between :t0 and :t1) as tmr"""
                + years + """

                  from monthly_indicator where park_id = :park and month between :from and :t1
                  group by enterprise_id)
                select e.id, e.name, e.industry_chain, coalesce(s.above, false), m.*
                from enterprise e
                join status st on st.enterprise_id = e.id and st.to_value <> 'EXITED'
                left join scale s on s.enterprise_id = e.id
                left join m on m.enterprise_id = e.id
                where e.park_id = :park and e.settled_on <= :end""" + (only == null ? "" : " and e.id = :only") + """

                order by e.name, e.id""";
        String from = (year - 2) + "-01";
        String t0 = asOf.minusMonths(11).toString();
        String min = t0.compareTo(from) < 0 ? t0 : from;
        return Panache.getSession().flatMap(s -> {
            var q = s.createNativeQuery(sql, Object[].class).setParameter("park", park).setParameter("end", end)
                    .setParameter("t0", t0).setParameter("t1", asOf.toString()).setParameter("from", min);
            if (only != null) {
                q.setParameter("only", only);
            }
            return q.getResultList();
        });
    }

    /** Qualification types in force at {@code date}, per enterprise of the park. */
    Uni<List<Object[]>> validTypes(String park, LocalDate date) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select distinct enterprise_id, type from qualification
                where park_id = :park and awarded_on <= :date and (valid_until is null or valid_until >= :date)
                  and (revoked_on is null or revoked_on > :date)""", Object[].class)
                .setParameter("park", park).setParameter("date", date).getResultList());
    }

    Uni<List<EligibilityFact>> facts(String park, int year) {
        return Panache.getSession().flatMap(s -> s.createSelectionQuery(
                "from EligibilityFact where parkId = :park and year = :year", EligibilityFact.class)
                .setParameter("park", park).setParameter("year", year).getResultList());
    }

    Uni<EligibilityFact> fact(UUID enterpriseId, int year) {
        return Panache.getSession().flatMap(s -> s.createSelectionQuery(
                "from EligibilityFact where enterpriseId = :e and year = :year", EligibilityFact.class)
                .setParameter("e", enterpriseId).setParameter("year", year).getSingleResultOrNull());
    }

    Uni<EligibilitySettings> settings(String park) {
        return Panache.getSession().flatMap(s -> s.find(EligibilitySettings.class, park));
    }

    <T> Uni<T> persist(T entity) {
        return Panache.getSession().flatMap(s -> s.persist(entity).chain(s::flush).replaceWith(entity));
    }

    Uni<Void> flush() {
        return Panache.getSession().flatMap(s -> s.flush());
    }
}
