package cn.yuanqu.projects.figures;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The queries behind the figures endpoint, over the dated records: stage steps, progress reports,
 * leads and their log, activities, meeting issues. Flows count what happened between {@code from} and
 * {@code to}; stocks are taken as of {@code asOf}. Resuming from 停缓建 is not a new start or completion.
 */
@ApplicationScoped
public class FiguresRepository {

    /** Stage steps of the period: approved, started, completed, in production, delivered, and the investment started. */
    Uni<Object[]> steps(String park, LocalDate from, LocalDate to) {
        return single("""
                select
                  count(*) filter (where e.to_stage = 'APPROVED'),
                  count(*) filter (where e.to_stage = 'STARTED'),
                  coalesce(sum(p.total_investment) filter (where e.to_stage = 'STARTED'), 0),
                  count(*) filter (where e.to_stage = 'COMPLETED'),
                  count(*) filter (where e.to_stage = 'IN_PRODUCTION'),
                  count(*) filter (where e.to_stage = 'DELIVERED'),
                  count(*) filter (where e.to_stage = 'TERMINATED')
                from project_stage_event e join project p on p.id = e.project_id
                where e.park_id = :park and e.on_date between :from and :to
                  and coalesce(e.from_stage, '') <> 'SUSPENDED'
                """, park, from, to, null);
    }

    /** Industrial projects signed in the period and their total investment. */
    Uni<Object[]> signings(String park, LocalDate from, LocalDate to) {
        return single("""
                select count(*), coalesce(sum(total_investment), 0)
                from project where park_id = :park and category = 'INDUSTRIAL' and signed_on between :from and :to
                """, park, from, to, null);
    }

    /**
     * Stocks as of {@code asOf}, from each project's latest step on or before it: under construction (at
     * 开工), and industrial projects signed and not started (签约, 联审通过, 供地, or suspended before starting).
     */
    Uni<Object[]> stocks(String park, LocalDate asOf) {
        return single("""
                with stage_at as (
                  select distinct on (e.project_id) e.project_id, e.to_stage
                  from project_stage_event e where e.park_id = :park and e.on_date <= :asOf
                  order by e.project_id, e.on_date desc, e.id desc)
                select
                  count(*) filter (where s.to_stage = 'STARTED'),
                  count(*) filter (where p.category = 'INDUSTRIAL' and s.to_stage <> 'TERMINATED'
                    and not exists (select 1 from project_stage_event x where x.project_id = p.id
                                    and x.to_stage = 'STARTED' and x.on_date <= :asOf))
                from stage_at s join project p on p.id = s.project_id
                """, park, null, null, asOf);
    }

    /**
     * What the progress reports add up to in the period: for each project, its latest cumulative figures on
     * or before {@code asOf} less those of its latest report before {@code from} — investment completed, pipe
     * km, road km, 亩 levelled, m² of factory built.
     */
    Uni<Object[]> progress(String park, LocalDate from, LocalDate asOf) {
        return single("""
                with at_end as (
                  select distinct on (project_id) * from progress_report
                  where park_id = :park and report_date <= :asOf order by project_id, report_date desc),
                before as (
                  select distinct on (project_id) * from progress_report
                  where park_id = :park and report_date < :from order by project_id, report_date desc)
                select
                  coalesce(sum(e.cumulative_investment - coalesce(b.cumulative_investment, 0)), 0),
                  coalesce(sum(coalesce(e.pipe_km, 0) - coalesce(b.pipe_km, 0)), 0),
                  coalesce(sum(coalesce(e.road_km, 0) - coalesce(b.road_km, 0)), 0),
                  coalesce(sum(coalesce(e.levelled_mu, 0) - coalesce(b.levelled_mu, 0)), 0),
                  coalesce(sum(coalesce(e.factory_m2, 0) - coalesce(b.factory_m2, 0)), 0)
                from at_end e left join before b on b.project_id = e.project_id
                """, park, from, null, asOf);
    }

    /** Leads: new in the period, signed in the period, in talks as of {@code asOf}. */
    Uni<Object[]> leads(String park, LocalDate from, LocalDate to, LocalDate asOf) {
        return single("""
                with status_at as (
                  select distinct on (lead_id) lead_id, to_status from lead_event
                  where park_id = :park and kind = 'STATUS' and on_date <= :asOf
                  order by lead_id, on_date desc, id desc)
                select
                  (select count(*) from lead where park_id = :park and first_contact_on between :from and :to),
                  (select count(*) from lead_event where park_id = :park and kind = 'STATUS' and to_status = 'SIGNED'
                     and on_date between :from and :to),
                  (select count(*) from status_at where to_status = 'NEGOTIATING')
                """, park, from, to, asOf);
    }

    /** Promotion activities by kind, by their first day. */
    Uni<Object[]> activities(String park, LocalDate from, LocalDate to) {
        return single("""
                select
                  count(*) filter (where kind = 'TRIP'),
                  count(*) filter (where kind = 'RECEPTION'),
                  count(*) filter (where kind = 'PROMOTION_EVENT')
                from promotion_activity where park_id = :park and start_on between :from and :to
                """, park, from, to, null);
    }

    /** Issues raised in meetings of the period, resolved in it, and overdue as of {@code asOf}. */
    Uni<Object[]> issues(String park, LocalDate from, LocalDate to, LocalDate asOf) {
        return single("""
                select
                  count(*) filter (where m.held_on between :from and :to),
                  count(*) filter (where i.resolved_on between :from and :to),
                  count(*) filter (where m.held_on <= :asOf and i.deadline < :asOf
                                   and (i.resolved_on is null or i.resolved_on > :asOf))
                from meeting_issue i join meeting m on m.id = i.meeting_id where i.park_id = :park
                """, park, from, to, asOf);
    }

    /** Industrial projects first started in the period: signing date and start date (for working days). */
    Uni<List<Object[]>> signedToStarted(String park, LocalDate from, LocalDate to) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select p.signed_on, e.on_date
                from project_stage_event e join project p on p.id = e.project_id
                where e.park_id = :park and p.category = 'INDUSTRIAL' and e.to_stage = 'STARTED'
                  and coalesce(e.from_stage, '') <> 'SUSPENDED' and e.on_date between :from and :to
                """, Object[].class).setParameter("park", park).setParameter("from", from).setParameter("to", to)
                .getResultList());
    }

    /** The projects that took a step of {@code stage} in the period, with the date (highlights). */
    Uni<List<Object[]>> steppedTo(String park, String stage, LocalDate from, LocalDate to) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select cast(p.id as text), p.name, e.on_date, p.category, p.key_level, p.total_investment,
                       p.investor_name, cast(p.investor_id as text)
                from project_stage_event e join project p on p.id = e.project_id
                where e.park_id = :park and e.to_stage = :stage and coalesce(e.from_stage, '') <> 'SUSPENDED'
                  and e.on_date between :from and :to
                order by e.on_date, p.name
                """, Object[].class).setParameter("park", park).setParameter("stage", stage)
                .setParameter("from", from).setParameter("to", to).getResultList());
    }

    /** Industrial projects signed in the period (highlights). */
    Uni<List<Object[]>> signed(String park, LocalDate from, LocalDate to) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select cast(id as text), name, signed_on, investor_name, cast(investor_id as text), total_investment
                from project where park_id = :park and category = 'INDUSTRIAL' and signed_on between :from and :to
                order by signed_on, name
                """, Object[].class).setParameter("park", park).setParameter("from", from).setParameter("to", to)
                .getResultList());
    }

    /** Leads in talks as of {@code asOf} (highlights). */
    Uni<List<Object[]>> negotiating(String park, LocalDate asOf) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                with status_at as (
                  select distinct on (lead_id) lead_id, to_status, on_date from lead_event
                  where park_id = :park and kind = 'STATUS' and on_date <= :asOf
                  order by lead_id, on_date desc, id desc)
                select l.company, s.on_date, l.source_region, l.intended_investment
                from status_at s join lead l on l.id = s.lead_id where s.to_status = 'NEGOTIATING'
                order by s.on_date, l.company
                """, Object[].class).setParameter("park", park).setParameter("asOf", asOf).getResultList());
    }

    /**
     * Public and standard-factory projects under construction or finished in the period, with their latest
     * progress report on or before {@code asOf} (highlights: 形象进度 and quantities, total investment, start day).
     */
    Uni<List<Object[]>> publicWorks(String park, LocalDate from, LocalDate asOf) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select distinct on (p.id) cast(p.id as text), p.name, r.report_date, r.image_progress, r.milestone,
                       r.cumulative_investment, r.pipe_km, r.road_km, r.levelled_mu, r.factory_m2, p.total_investment,
                       p.started_on
                from project p join progress_report r on r.project_id = p.id
                where p.park_id = :park and p.category in ('INFRASTRUCTURE', 'SUPPORTING', 'STANDARD_FACTORY')
                  and r.report_date <= :asOf and (p.completed_on is null or p.completed_on >= :from)
                order by p.id, r.report_date desc
                """, Object[].class).setParameter("park", park).setParameter("from", from).setParameter("asOf", asOf)
                .getResultList());
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
