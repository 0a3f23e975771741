package cn.yuanqu.enterprises.indicator;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Monthly reports; every query is bound to one park. */
@ApplicationScoped
@WithSession
public class IndicatorRepository implements PanacheRepositoryBase<MonthlyIndicator, Long> {

    /** CTE {@code scale(enterprise_id, above)}: each enterprise's 规上 status on {@code :asOf}, from the dated SCALE transitions. */
    private static final String SCALE_AS_OF = """
            with scale as (
              select distinct on (t.enterprise_id) t.enterprise_id, t.to_value = 'ABOVE_SCALE' as above
              from enterprise_transition t
              where t.park_id = :park and t.kind = 'SCALE' and t.effective_date <= :asOf
              order by t.enterprise_id, t.effective_date desc, t.id desc)
            """;

    Uni<MonthlyIndicator> find(UUID enterpriseId, String month) {
        return find("enterpriseId = ?1 and month = ?2", enterpriseId, month).firstResult();
    }

    Uni<List<MonthlyIndicator>> ofEnterprises(Collection<UUID> enterpriseIds, Collection<String> months) {
        return enterpriseIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("enterpriseId in ?1 and month in ?2", enterpriseIds, months);
    }

    /** The latest reported month of each enterprise (none for an enterprise that never reported). */
    Uni<List<MonthlyIndicator>> latestOf(Collection<UUID> enterpriseIds) {
        return enterpriseIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("from MonthlyIndicator m where m.enterpriseId in ?1 and m.month = (select max(l.month)"
                        + " from MonthlyIndicator l where l.enterpriseId = m.enterpriseId)", enterpriseIds);
    }

    Uni<List<MonthlyIndicator>> list(String park, UUID enterpriseId, String from, String to) {
        StringBuilder where = new StringBuilder("parkId = :park");
        Parameters p = Parameters.with("park", park);
        if (enterpriseId != null) {
            where.append(" and enterpriseId = :enterprise");
            p.and("enterprise", enterpriseId);
        }
        if (from != null) {
            where.append(" and month >= :from");
            p.and("from", from);
        }
        if (to != null) {
            where.append(" and month <= :to");
            p.and("to", to);
        }
        return list(where.toString(), Sort.by("month").and("enterpriseId"), p);
    }

    /**
     * Sums per industry chain and 规上 status (as of {@code asOf}, from the registry's dated SCALE
     * transitions): columns chain, above, reporting enterprises in the period, then the period's sums
     * of the 8 figures and the base period's sums.
     */
    Uni<List<Object[]>> sums(String park, String from, String to, String baseFrom, String baseTo, LocalDate asOf) {
        String[] cols = { "output_value", "operating_revenue", "main_business_revenue", "value_added", "profit",
                "tax_paid", "rd_spending", "energy_tce" };
        StringBuilder select = new StringBuilder();
        for (String c : cols) {
            select.append(", sum(case when m.month between :from and :to then m.").append(c).append(" end)");
        }
        for (String c : cols) {
            select.append(", sum(case when m.month between :baseFrom and :baseTo then m.").append(c).append(" end)");
        }
        String sql = SCALE_AS_OF + """
                select coalesce(e.industry_chain, '') as chain, coalesce(s.above, false) as above,
                  count(distinct case when m.month between :from and :to then m.enterprise_id end) as reporting"""
                + select + """

                from monthly_indicator m
                join enterprise e on e.id = m.enterprise_id
                left join scale s on s.enterprise_id = m.enterprise_id
                where m.park_id = :park and (m.month between :from and :to or m.month between :baseFrom and :baseTo)
                group by 1, 2""";
        return Panache.getSession().flatMap(s -> s.createNativeQuery(sql, Object[].class)
                .setParameter("park", park).setParameter("from", from).setParameter("to", to)
                .setParameter("baseFrom", baseFrom).setParameter("baseTo", baseTo).setParameter("asOf", asOf)
                .getResultList());
    }

    /**
     * One row per enterprise of the park among {@code ids}: id, name, credit code, 规上 on {@code asOf} (from
     * the dated SCALE transitions), months reported between {@code from} and {@code to}, then the sums of
     * operating revenue, tax paid, value added, energy and R&D (0 where nothing was reported) and the
     * average headcount reported (null where none was).
     */
    Uni<List<Object[]>> yearTotals(String park, Collection<UUID> ids, String from, String to, LocalDate asOf) {
        String sql = SCALE_AS_OF + """
                select e.id, e.name, e.credit_code, coalesce(s.above, false), count(m.id),
                  coalesce(sum(m.operating_revenue), 0), coalesce(sum(m.tax_paid), 0), coalesce(sum(m.value_added), 0),
                  coalesce(sum(m.energy_tce), 0), coalesce(sum(m.rd_spending), 0), avg(m.employees)
                from enterprise e
                left join scale s on s.enterprise_id = e.id
                left join monthly_indicator m on m.enterprise_id = e.id and m.month between :from and :to
                where e.park_id = :park and e.id in (:ids)
                group by e.id, e.name, e.credit_code, s.above""";
        return Panache.getSession().flatMap(s -> s.createNativeQuery(sql, Object[].class)
                .setParameter("park", park).setParameter("ids", ids).setParameter("from", from).setParameter("to", to)
                .setParameter("asOf", asOf).getResultList());
    }
}
