package cn.yuanqu.safety.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Feedback items of a park. */
@ApplicationScoped
@WithSession
public class FeedbackRepository implements PanacheRepositoryBase<FeedbackItem, UUID> {

    Uni<List<FeedbackItem>> list(String park, FeedbackStatus status, FeedbackSource source, boolean overdueOnly,
            LocalDate today) {
        List<String> where = new ArrayList<>(List.of("parkId = :park"));
        Parameters p = Parameters.with("park", park);
        if (status != null) {
            where.add("status = :status");
            p.and("status", status);
        }
        if (source != null) {
            where.add("source = :source");
            p.and("source", source);
        }
        if (overdueOnly) {
            where.add("status <> :closed and deadline < :today");
            p.and("closed", FeedbackStatus.CLOSED).and("today", today);
        }
        return list(String.join(" and ", where), Sort.by("deadline").and("code"), p);
    }

    Uni<Boolean> codeTaken(String park, String code) {
        return count("parkId = ?1 and code = ?2", park, code).map(n -> n > 0);
    }
}
