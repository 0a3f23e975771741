package cn.yuanqu.safety.figures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.time.ClockProducer;

/**
 * The queries behind the figures endpoint, over the dated records: inspections, hazards (found on,
 * closed on, deadline), notices, escalations, letters, trainings, drills, samples and feedback items.
 * Flows count what happened between {@code from} and {@code to}; stocks are taken as of {@code asOf}.
 */
@ApplicationScoped
public class FiguresRepository {

    Uni<Object[]> inspections(String park, LocalDate from, LocalDate to) {
        return single("""
                select count(*),
                  count(*) filter (where type = 'DAILY'),
                  count(*) filter (where type = 'SPECIAL_REMEDIATION'),
                  count(*) filter (where type = 'JOINT_ENFORCEMENT'),
                  count(*) filter (where type = 'NIGHT'),
                  count(*) filter (where type = 'FOLLOW_UP'),
                  count(*) filter (where type = 'THIRD_PARTY'),
                  count(distinct enterprise_id),
                  (select count(*) from campaign c where c.park_id = :park and c.start_on between :from and :to)
                from inspection where park_id = :park and inspected_on between :from and :to
                """, park, from, to, null);
    }

    /** Hazards found in the period (by level, origin, notice), closed in it, and the stocks at {@code asOf}. */
    Uni<Object[]> hazards(String park, LocalDate from, LocalDate to, LocalDate asOf) {
        return single("""
                select
                  count(*) filter (where found_on between :from and :to),
                  count(*) filter (where found_on between :from and :to and level = 'MAJOR'),
                  count(*) filter (where found_on between :from and :to and sample_id is not null),
                  count(*) filter (where closed_on between :from and :to),
                  count(*) filter (where found_on between :from and :to and closed_on <= :asOf),
                  count(*) filter (where found_on <= :asOf and (closed_on is null or closed_on > :asOf)),
                  count(*) filter (where found_on <= :asOf and deadline < :asOf and (closed_on is null or closed_on > :asOf)),
                  count(*) filter (where found_on <= :asOf and level = 'MAJOR' and (closed_on is null or closed_on > :asOf)),
                  count(*) filter (where found_on between :from and :to and notice_type is not null),
                  count(*) filter (where found_on between :from and :to and notice_type = 'RECTIFICATION_NOTICE'),
                  count(*) filter (where found_on between :from and :to and notice_type = 'SAFETY_DIRECTIVE'),
                  count(*) filter (where found_on between :from and :to and notice_type = 'SUPERVISION_ORDER')
                from hazard where park_id = :park
                """, park, from, to, asOf);
    }

    Uni<Object[]> escalations(String park, LocalDate from, LocalDate to) {
        return single("""
                select
                  count(*) filter (where kind = 'NOTIFY_DEPARTMENT'),
                  count(*) filter (where kind = 'INTERVIEW'),
                  count(*) filter (where kind = 'PENALTY'),
                  coalesce(sum(amount) filter (where kind = 'PENALTY'), 0)
                from escalation where park_id = :park and on_date between :from and :to
                """, park, from, to, null);
    }

    /** Letters of the year of {@code asOf} signed by then; trainings and drills of the period. */
    Uni<Object[]> duties(String park, LocalDate from, LocalDate to, LocalDate asOf) {
        return single("""
                select
                  (select count(distinct enterprise_id) from responsibility_letter
                     where park_id = :park and year = extract(year from cast(:asOf as date)) and signed_on <= :asOf),
                  (select count(*) from training where park_id = :park and held_on between :from and :to),
                  (select count(*) from training where park_id = :park and kind = 'WARNING_EDUCATION'
                     and held_on between :from and :to),
                  (select coalesce(sum(a.people), 0) from training_attendance a join training t on t.id = a.training_id
                     where t.park_id = :park and t.held_on between :from and :to),
                  (select count(distinct a.enterprise_id) from training_attendance a join training t on t.id = a.training_id
                     where t.park_id = :park and t.held_on between :from and :to),
                  (select count(*) from drill where park_id = :park and held_on between :from and :to),
                  (select coalesce(sum(participants), 0) from drill where park_id = :park and held_on between :from and :to),
                  (select count(*) from feedback_item where park_id = :park and closed_on between :from and :to)
                """, park, from, to, asOf);
    }

    /** Samples taken in the period (days in the zone's time): count, indicators, exceeded samples and measurements. */
    Uni<Object[]> samples(String park, LocalDate from, LocalDate to) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select count(distinct s.id), count(m.indicator), count(distinct s.id) filter (where s.exceeded),
                       count(*) filter (where m.exceeded)
                from sample s left join measurement m on m.sample_id = s.id
                where s.park_id = :park and s.sampled_at >= :start and s.sampled_at < :end
                """, Object[].class).setParameter("park", park).setParameter("start", start(from))
                .setParameter("end", start(to.plusDays(1))).getSingleResult());
    }

    /** The items counted by the campaigns begun in the period, in the campaign's order. */
    Uni<List<Object[]>> campaignResults(String park, LocalDate from, LocalDate to) {
        return list("""
                select r.item, c.start_on, r.unit, r.count, c.name, r.approximate
                from campaign_result r join campaign c on c.id = r.campaign_id
                where c.park_id = :park and c.start_on between :from and :to
                order by c.start_on, c.name, r.position
                """, park, from, to);
    }

    Uni<List<Object[]>> campaigns(String park, LocalDate from, LocalDate to) {
        return list("""
                select name, start_on, kind from campaign where park_id = :park and start_on between :from and :to
                order by start_on, name
                """, park, from, to);
    }

    Uni<List<Object[]>> majorHazards(String park, LocalDate from, LocalDate to) {
        return list("""
                select cast(enterprise_id as text), coalesce(enterprise_name, '园区'), found_on, description, status
                from hazard where park_id = :park and level = 'MAJOR' and found_on between :from and :to
                order by found_on, enterprise_name
                """, park, from, to);
    }

    Uni<List<Object[]>> penalties(String park, LocalDate from, LocalDate to) {
        return list("""
                select cast(h.enterprise_id as text), coalesce(h.enterprise_name, '园区'), e.on_date, e.authority, e.amount
                from escalation e join hazard h on h.id = e.hazard_id
                where e.park_id = :park and e.kind = 'PENALTY' and e.on_date between :from and :to
                order by e.on_date, h.enterprise_name
                """, park, from, to);
    }

    Uni<List<Object[]>> exceededSamples(String park, LocalDate from, LocalDate to) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select cast(p.enterprise_id as text), p.code || ' ' || p.name, s.sampled_at,
                       string_agg(m.indicator || ' ' || trim_scale(m.value), '，' order by m.indicator), count(m.indicator)
                from sample s join monitoring_point p on p.id = s.point_id
                     join measurement m on m.sample_id = s.id and m.exceeded
                where s.park_id = :park and s.sampled_at >= :start and s.sampled_at < :end
                group by s.id, p.enterprise_id, p.code, p.name, s.sampled_at
                order by s.sampled_at, p.code
                """, Object[].class).setParameter("park", park).setParameter("start", start(from))
                .setParameter("end", start(to.plusDays(1))).getResultList());
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(ClockProducer.ZONE).toOffsetDateTime();
    }

    private static Uni<List<Object[]>> list(String sql, String park, LocalDate from, LocalDate to) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(sql, Object[].class).setParameter("park", park)
                .setParameter("from", from).setParameter("to", to).getResultList());
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
