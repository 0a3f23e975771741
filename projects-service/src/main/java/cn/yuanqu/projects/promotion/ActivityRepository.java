package cn.yuanqu.projects.promotion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Promotion activities and the leads they touched. */
@ApplicationScoped
@WithSession
public class ActivityRepository implements PanacheRepositoryBase<Activity, UUID> {

    record Query(String where, Parameters params) {
    }

    static Query query(String park, ActivityKind kind, LocalDate from, LocalDate to) {
        List<String> where = new ArrayList<>(List.of("parkId = :park"));
        Parameters p = Parameters.with("park", park);
        if (kind != null) {
            where.add("kind = :kind");
            p.and("kind", kind);
        }
        if (from != null) {
            where.add("startOn >= :from");
            p.and("from", from);
        }
        if (to != null) {
            where.add("startOn <= :to");
            p.and("to", to);
        }
        return new Query(String.join(" and ", where), p);
    }

    Uni<List<Activity>> list(Query q, Page page) {
        return find(q.where(), Sort.by("startOn", Sort.Direction.Descending).and("id"), q.params()).page(page).list();
    }

    Uni<Long> count(Query q) {
        return count(q.where(), q.params());
    }

    /** The leads of each activity asked for (activity id → lead ids). */
    Uni<Map<UUID, List<String>>> leadsOf(Collection<UUID> activityIds) {
        if (activityIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                "select cast(activity_id as text), cast(lead_id as text) from activity_lead where activity_id in (:ids)"
                        + " order by lead_id", Object[].class)
                .setParameter("ids", activityIds).getResultList())
                .map(rows -> {
                    Map<UUID, List<String>> out = new HashMap<>();
                    rows.forEach(r -> out.computeIfAbsent(UUID.fromString((String) r[0]), k -> new ArrayList<>())
                            .add((String) r[1]));
                    return out;
                });
    }

    /** Replaces the leads an activity touched (inside the caller's transaction; at most 50). */
    Uni<Void> setLeads(UUID activityId, Collection<UUID> leadIds) {
        return Panache.getSession().flatMap(s -> {
            Uni<Integer> done = s.createNativeQuery("delete from activity_lead where activity_id = :a")
                    .setParameter("a", activityId).executeUpdate();
            for (UUID lead : leadIds) {
                done = done.chain(() -> s.createNativeQuery(
                        "insert into activity_lead (activity_id, lead_id) values (:a, :l)")
                        .setParameter("a", activityId).setParameter("l", lead).executeUpdate());
            }
            return done;
        }).replaceWithVoid();
    }
}
