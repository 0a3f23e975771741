package cn.yuanqu.projects.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Progress reports. */
@ApplicationScoped
@WithSession
public class ProgressRepository implements PanacheRepositoryBase<ProgressReport, UUID> {

    Uni<List<ProgressReport>> ofProject(UUID projectId) {
        return list("projectId", Sort.by("reportDate"), projectId);
    }

    /** The latest report before {@code date} and the earliest after it (either may be null). */
    Uni<ProgressReport> before(UUID projectId, LocalDate date) {
        return find("projectId = ?1 and reportDate < ?2", Sort.by("reportDate", Sort.Direction.Descending), projectId, date)
                .firstResult();
    }

    Uni<ProgressReport> after(UUID projectId, LocalDate date) {
        return find("projectId = ?1 and reportDate > ?2", Sort.by("reportDate"), projectId, date).firstResult();
    }

    Uni<Boolean> exists(UUID projectId, LocalDate date) {
        return count("projectId = ?1 and reportDate = ?2", projectId, date).map(n -> n > 0);
    }

    /** The latest report of each project (batched). */
    Uni<List<ProgressReport>> latestOf(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("projectId in ?1 and reportDate = (select max(r.reportDate) from ProgressReport r"
                        + " where r.projectId = projectId)", projectIds);
    }
}
