package cn.yuanqu.land.figures;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The queries behind the figures endpoint, over the dated records: parcel status events, case steps,
 * leases and the payment ledger. Flows count what happened between {@code from} and {@code to}; stocks
 * are taken as of {@code asOf} from each record's latest step on or before it.
 */
@ApplicationScoped
public class FiguresRepository {

    /** Parcels by status as of a day: idle, inefficient, in approval — count and 亩. */
    Uni<Object[]> parcelStocks(String park, LocalDate asOf) {
        return single("""
                with status_at as (
                  select distinct on (e.parcel_id) e.parcel_id, e.to_status
                  from parcel_event e where e.park_id = :park and e.on_date <= :asOf
                  order by e.parcel_id, e.on_date desc, e.id desc)
                select
                  count(*) filter (where s.to_status = 'IDLE'),
                  coalesce(sum(p.area_mu) filter (where s.to_status = 'IDLE'), 0),
                  count(*) filter (where s.to_status = 'INEFFICIENT'),
                  coalesce(sum(p.area_mu) filter (where s.to_status = 'INEFFICIENT'), 0),
                  count(*) filter (where s.to_status = 'IN_APPROVAL'),
                  coalesce(sum(p.area_mu) filter (where s.to_status = 'IN_APPROVAL'), 0)
                from status_at s join parcel p on p.id = s.parcel_id
                """, park, null, null, asOf);
    }

    /** Parcels recovered in the period (status steps to 已收回): count and 亩. */
    Uni<Object[]> recovered(String park, LocalDate from, LocalDate to) {
        return single("""
                select count(*), coalesce(sum(p.area_mu), 0)
                from parcel_event e join parcel p on p.id = e.parcel_id
                where e.park_id = :park and e.to_status = 'RECOVERED' and e.on_date between :from and :to
                """, park, from, to, null);
    }

    /**
     * Cases: opened in the period, open at its end, disposed in it with their area, the area brought back
     * into use, the idle fees decided in it.
     */
    Uni<Object[]> cases(String park, LocalDate from, LocalDate to, LocalDate asOf) {
        return single("""
                with status_at as (
                  select distinct on (e.case_id) e.case_id, e.to_status
                  from land_case_event e where e.park_id = :park and e.on_date <= :asOf
                  order by e.case_id, e.on_date desc, e.id desc)
                select
                  (select count(*) from land_case where park_id = :park and opened_on between :from and :to),
                  (select count(*) from status_at where to_status not in ('DISPOSED', 'WITHDRAWN')),
                  (select count(*) from land_case where park_id = :park and disposed_on between :from and :to),
                  (select coalesce(sum(area_disposed_mu), 0) from land_case where park_id = :park
                     and disposed_on between :from and :to),
                  (select coalesce(sum(area_disposed_mu), 0) from land_case where park_id = :park
                     and disposed_on between :from and :to
                     and method not in ('FREE_RECOVERY', 'AGREED_RECOVERY', 'LAND_SWAP', 'IDLE_FEE')),
                  (select coalesce(sum(c.idle_fee), 0) from land_case c join land_case_event e on e.case_id = c.id
                     where c.park_id = :park and e.to_status = 'DECIDED' and e.on_date between :from and :to)
                """, park, from, to, asOf);
    }

    /** Factory floor area, the area let on {@code asOf}, clearances in the period with their area. */
    Uni<Object[]> factories(String park, LocalDate from, LocalDate to, LocalDate asOf) {
        return single("""
                select
                  (select coalesce(sum(u.area_m2), 0) from factory_unit u join factory_building b on b.id = u.building_id
                     where u.park_id = :park and (b.built_on is null or b.built_on <= :asOf)),
                  (select coalesce(sum(l.area_m2), 0) from lease l where l.park_id = :park and l.start_on <= :asOf
                     and least(l.end_on, coalesce(l.ended_on, l.end_on)) >= :asOf),
                  (select count(*) from lease where park_id = :park and end_kind in ('CLEARED', 'VACATED')
                     and ended_on between :from and :to),
                  (select coalesce(sum(area_m2), 0) from lease where park_id = :park and end_kind in ('CLEARED', 'VACATED')
                     and ended_on between :from and :to)
                """, park, from, to, asOf);
    }

    /** Collected in the period by charge, and the arrears at {@code asOf} (dues due by then less paid by then). */
    Uni<Object[]> ledger(String park, LocalDate from, LocalDate to, LocalDate asOf) {
        return single("""
                select
                  coalesce(sum(amount) filter (where kind = 'RENT'), 0),
                  coalesce(sum(amount) filter (where kind = 'DEPOSIT'), 0),
                  coalesce(sum(amount) filter (where kind = 'PROPERTY_FEE'), 0),
                  (select coalesce(sum(greatest(d.amount - coalesce((select sum(p.amount) from lease_payment p
                       where p.lease_id = d.lease_id and p.kind = d.kind and p.period is not distinct from d.period
                         and p.paid_on <= :asOf), 0), 0)), 0)
                     from lease_due d where d.park_id = :park and d.kind <> 'DEPOSIT' and d.due_on <= :asOf)
                from lease_payment where park_id = :park and paid_on between :from and :to
                """, park, from, to, asOf);
    }

    /** Area disposed in the period by method (highlights). */
    Uni<List<Object[]>> disposedByMethod(String park, LocalDate from, LocalDate to) {
        return list("""
                select method, count(*), coalesce(sum(area_disposed_mu), 0) from land_case
                where park_id = :park and disposed_on between :from and :to group by method order by 3 desc, 1
                """, park, from, to);
    }

    /** Cases that took a step into {@code status} in the period, with their parcel and holder (highlights). */
    Uni<List<Object[]>> stepped(String park, String status, LocalDate from, LocalDate to) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select cast(p.holder_id as text), coalesce(p.holder_name, p.name), e.on_date, c.kind, c.method, p.area_mu,
                       c.area_disposed_mu, p.code
                from land_case_event e join land_case c on c.id = e.case_id join parcel p on p.id = c.parcel_id
                where e.park_id = :park and e.to_status = :status and e.on_date between :from and :to
                order by e.on_date, p.code
                """, Object[].class).setParameter("park", park).setParameter("status", status).setParameter("from", from)
                .setParameter("to", to).getResultList());
    }

    /** Cases still under investigation at {@code asOf}, with their parcel and holder (highlights). */
    Uni<List<Object[]>> investigating(String park, LocalDate asOf) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                with status_at as (
                  select distinct on (e.case_id) e.case_id, e.to_status, e.on_date
                  from land_case_event e where e.park_id = :park and e.on_date <= :asOf
                  order by e.case_id, e.on_date desc, e.id desc)
                select cast(p.holder_id as text), coalesce(p.holder_name, p.name), c.opened_on, c.kind, p.code, p.area_mu
                from status_at s join land_case c on c.id = s.case_id join parcel p on p.id = c.parcel_id
                where s.to_status = 'INVESTIGATING' order by c.opened_on, p.code
                """, Object[].class).setParameter("park", park).setParameter("asOf", asOf).getResultList());
    }

    /** Leases cleared or vacated in the period (highlights). */
    Uni<List<Object[]>> clearances(String park, LocalDate from, LocalDate to) {
        return list("""
                select cast(enterprise_id as text), enterprise_name, ended_on, end_kind, end_reason, area_m2 from lease
                where park_id = :park and end_kind in ('CLEARED', 'VACATED') and ended_on between :from and :to
                order by ended_on, enterprise_name
                """, park, from, to);
    }

    private static Uni<List<Object[]>> list(String sql, String park, LocalDate from, LocalDate to) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(sql, Object[].class).setParameter("park", park)
                .setParameter("from", from).setParameter("to", to).getResultList());
    }

    /**
     * The 亩产效益 evaluation of the latest year evaluated up to {@code asOf}'s year: that year (null when
     * none), enterprises evaluated, in A, B, C and D, and the 亩 the D class holds.
     */
    Uni<Object[]> efficiency(String park, LocalDate asOf) {
        return single("""
                with y as (
                  select max(year) as year from efficiency_evaluation
                  where park_id = :park and year <= extract(year from cast(:asOf as date)))
                select y.year, count(r.id),
                  count(*) filter (where r.grade = 'A'), count(*) filter (where r.grade = 'B'),
                  count(*) filter (where r.grade = 'C'), count(*) filter (where r.grade = 'D'),
                  coalesce(sum(r.land_mu) filter (where r.grade = 'D'), 0)
                from y left join efficiency_result r on r.park_id = :park and r.year = y.year
                group by y.year
                """, park, null, null, asOf);
    }

    /** The park's disposal target for the year of {@code to} (a share; null when none is set), twice (one column is not a row). */
    Uni<Object[]> target(String park, LocalDate to) {
        return single("""
                select (select cleared_share from disposal_target
                        where park_id = :park and year = extract(year from cast(:to as date))), 0
                """, park, null, to, null);
    }

    private static Uni<Object[]> single(String sql, String park, LocalDate from, LocalDate to, LocalDate asOf) {
        return Panache.getSession().flatMap(s -> {
            var q = s.createNativeQuery(sql, Object[].class).setParameter("park", park);
            if (from != null) {
                q.setParameter("from", from);
            }
            if (to != null) {
                q.setParameter("to", to);
            }
            if (asOf != null) {
                q.setParameter("asOf", asOf);
            }
            return q.getSingleResult();
        });
    }
}
