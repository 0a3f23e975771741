package cn.yuanqu.projects.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Meetings of a park. */
@ApplicationScoped
@WithSession
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    record Query(String where, Parameters params) {
    }

    static Query query(String park, MeetingKind kind, LocalDate from, LocalDate to) {
        List<String> where = new ArrayList<>(List.of("parkId = :park"));
        Parameters p = Parameters.with("park", park);
        if (kind != null) {
            where.add("kind = :kind");
            p.and("kind", kind);
        }
        if (from != null) {
            where.add("heldOn >= :from");
            p.and("from", from);
        }
        if (to != null) {
            where.add("heldOn <= :to");
            p.and("to", to);
        }
        return new Query(String.join(" and ", where), p);
    }

    Uni<List<Meeting>> list(Query q, Page page) {
        return find(q.where(), Sort.by("heldOn", Sort.Direction.Descending).and("id"), q.params()).page(page).list();
    }

    Uni<Long> count(Query q) {
        return count(q.where(), q.params());
    }
}
