package cn.yuanqu.safety.duty;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Letters, trainings with their attendance, and drills. */
@ApplicationScoped
@WithSession
public class DutyRepository implements PanacheRepositoryBase<Letter, UUID> {

    Uni<List<Letter>> letters(String park, int year) {
        return list("parkId = ?1 and year = ?2", Sort.by("signedOn").and("enterpriseName"), park, year);
    }

    Uni<Boolean> letterExists(String park, UUID enterprise, int year) {
        return count("parkId = ?1 and enterpriseId = ?2 and year = ?3", park, enterprise, year).map(n -> n > 0);
    }

    Uni<List<Training>> trainings(String park, LocalDate from, LocalDate to) {
        return getSession().flatMap(s -> s.createQuery("from Training where parkId = :park and heldOn between :from and :to"
                + " order by heldOn desc, id", Training.class).setParameter("park", park).setParameter("from", from)
                .setParameter("to", to).getResultList());
    }

    Uni<List<Attendance>> attendance(Collection<UUID> trainingIds) {
        return trainingIds.isEmpty() ? Uni.createFrom().item(List.of())
                : getSession().flatMap(s -> s.createQuery("from Attendance where trainingId in :ids order by enterpriseName",
                        Attendance.class).setParameter("ids", trainingIds).getResultList());
    }

    /** Enterprise ids of the park with an attendance on or after {@code since}, with the date (for the list). */
    Uni<List<Object[]>> attendedSince(String park, LocalDate since) {
        return getSession().flatMap(s -> s.createQuery("select a.enterpriseId, t.heldOn from Attendance a, Training t"
                + " where a.trainingId = t.id and t.parkId = :park and t.heldOn >= :since", Object[].class)
                .setParameter("park", park).setParameter("since", since).getResultList());
    }

    Uni<List<Drill>> drills(String park, LocalDate from, LocalDate to) {
        return getSession().flatMap(s -> s.createQuery("from Drill where parkId = :park and heldOn between :from and :to"
                + " order by heldOn desc, id", Drill.class).setParameter("park", park).setParameter("from", from)
                .setParameter("to", to).getResultList());
    }

    Uni<Void> save(Object record) {
        return getSession().flatMap(s -> s.persist(record));
    }
}
