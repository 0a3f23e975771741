package cn.yuanqu.land.efficiency;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.LockMode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Schemes, evaluations and results of 亩产效益, and the land holders they start from. */
@ApplicationScoped
@WithSession
public class EfficiencyRepository implements PanacheRepositoryBase<EfficiencyResult, Long> {

    Uni<EfficiencyScheme> scheme(String park, int year) {
        return Panache.getSession().flatMap(s -> s.createSelectionQuery(
                "from EfficiencyScheme where parkId = :park and year = :year", EfficiencyScheme.class)
                .setParameter("park", park).setParameter("year", year).getSingleResultOrNull());
    }

    /** The park's scheme for {@code year}, or its latest earlier one; null when it never set one. */
    Uni<EfficiencyScheme> schemeInForce(String park, int year) {
        return Panache.getSession().flatMap(s -> s.createSelectionQuery(
                "from EfficiencyScheme where parkId = :park and year <= :year order by year desc", EfficiencyScheme.class)
                .setParameter("park", park).setParameter("year", year).setMaxResults(1).getSingleResultOrNull());
    }

    Uni<Void> save(EfficiencyScheme scheme) {
        return Panache.getSession().flatMap(s -> s.persist(scheme).chain(s::flush));
    }

    Uni<EfficiencyEvaluation> evaluation(String park, int year) {
        return Panache.getSession().flatMap(s -> s.createSelectionQuery(
                "from EfficiencyEvaluation where parkId = :park and year = :year", EfficiencyEvaluation.class)
                .setParameter("park", park).setParameter("year", year).getSingleResultOrNull());
    }

    /**
     * Writes a year's evaluation: creates it or, locking it first so concurrent runs take turns, replaces its
     * results — all in one transaction.
     */
    @WithTransaction
    Uni<EfficiencyEvaluation> replace(String park, int year, Integer schemeYear, Scheme scheme, List<Scored> scored,
            String actor, OffsetDateTime now) {
        return Panache.getSession().flatMap(s -> s.createSelectionQuery(
                "from EfficiencyEvaluation where parkId = :park and year = :year", EfficiencyEvaluation.class)
                .setParameter("park", park).setParameter("year", year).setLockMode(LockMode.PESSIMISTIC_WRITE)
                .getSingleResultOrNull()
                .flatMap(existing -> {
                    EfficiencyEvaluation e = existing != null ? existing : EfficiencyEvaluation.of(park, year);
                    e.evaluated(schemeYear, scheme, scored.size(), actor, now);
                    Uni<Void> ready = existing != null
                            ? s.createMutationQuery("delete from EfficiencyResult where evaluationId = :id")
                                    .setParameter("id", e.getId()).executeUpdate().replaceWithVoid()
                            : s.persist(e).chain(s::flush);
                    return ready.chain(() -> {
                        List<Object> rows = new ArrayList<>();
                        scored.forEach(r -> rows.add(EfficiencyResult.of(e, r)));
                        return s.persistAll(rows.toArray());
                    }).chain(s::flush).replaceWith(e);
                }));
    }

    /** Enterprises per population and class in a year: population, grade, count, 亩. */
    Uni<List<Object[]>> distribution(String park, int year) {
        return Panache.getSession().flatMap(s -> s.createSelectionQuery("""
                select population, grade, count(*), sum(landMu) from EfficiencyResult
                where parkId = :park and year = :year group by population, grade order by population, grade""", Object[].class)
                .setParameter("park", park).setParameter("year", year).getResultList());
    }

    Uni<List<EfficiencyResult>> results(String park, int year, Grade grade, Population population, UUID only,
            Page page) {
        Query q = query(park, year, grade, population, only);
        return find(q.where, Sort.by("population").and("rank").and("enterpriseName"), q.params).page(page).list();
    }

    /** Every result of a class in the year, by population and rank. */
    Uni<List<EfficiencyResult>> ofGrade(String park, int year, Grade grade) {
        return list("parkId = ?1 and year = ?2 and grade = ?3", Sort.by("population").and("rank").and("enterpriseName"),
                park, year, grade);
    }

    Uni<Long> countResults(String park, int year, Grade grade, Population population, UUID only) {
        Query q = query(park, year, grade, population, only);
        return count(q.where, q.params);
    }

    private record Query(String where, Parameters params) {
    }

    private static Query query(String park, int year, Grade grade, Population population, UUID only) {
        StringBuilder where = new StringBuilder("parkId = :park and year = :year");
        Parameters p = Parameters.with("park", park).and("year", year);
        if (grade != null) {
            where.append(" and grade = :grade");
            p.and("grade", grade);
        }
        if (population != null) {
            where.append(" and population = :population");
            p.and("population", population);
        }
        if (only != null) {
            where.append(" and enterpriseId = :only");
            p.and("only", only);
        }
        return new Query(where.toString(), p);
    }

    /** The latest result of each enterprise among {@code ids}. */
    Uni<List<EfficiencyResult>> latestOf(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of())
                : Panache.getSession().flatMap(s -> s.createSelectionQuery("""
                        from EfficiencyResult o where o.enterpriseId in :ids and o.year = (select max(r.year)
                        from EfficiencyResult r where r.enterpriseId = o.enterpriseId and r.parkId = o.parkId)""",
                        EfficiencyResult.class).setParameter("ids", ids).getResultList());
    }

    /**
     * The land holders of the park on {@code day}: each enterprise holding parcels whose status on that day
     * (from the dated transitions) is supplied, building, built, idle or inefficient — holder, holder name,
     * 亩, parcels.
     */
    Uni<List<Object[]>> holders(String park, LocalDate day) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select p.holder_id, max(p.holder_name), sum(p.area_mu), count(*)
                from parcel p
                where p.park_id = :park and p.holder_id is not null
                  and (select e.to_status from parcel_event e where e.parcel_id = p.id and e.on_date <= :day
                       order by e.on_date desc, e.id desc limit 1)
                      in ('SUPPLIED_UNBUILT', 'UNDER_CONSTRUCTION', 'BUILT', 'IDLE', 'INEFFICIENT')
                group by p.holder_id
                order by p.holder_id""", Object[].class)
                .setParameter("park", park).setParameter("day", day).getResultList());
    }

    /** The parks where anyone holds land (the scheduled run evaluates these). */
    Uni<List<String>> parksWithHolders() {
        return Panache.getSession().flatMap(s -> s.createSelectionQuery(
                "select distinct parkId from Parcel where holderId is not null order by parkId", String.class).getResultList());
    }
}
