package cn.yuanqu.projects.scheduling;

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

/** Issues raised in meetings. */
@ApplicationScoped
@WithSession
public class IssueRepository implements PanacheRepositoryBase<MeetingIssue, UUID> {

    Uni<List<MeetingIssue>> list(String park, UUID projectId, UUID meetingId, IssueStatus status, IssueCategory category,
            boolean overdueOnly, LocalDate today) {
        List<String> where = new ArrayList<>(List.of("parkId = :park"));
        Parameters p = Parameters.with("park", park);
        if (projectId != null) {
            where.add("projectId = :project");
            p.and("project", projectId);
        }
        if (meetingId != null) {
            where.add("meetingId = :meeting");
            p.and("meeting", meetingId);
        }
        if (status != null) {
            where.add("status = :status");
            p.and("status", status);
        }
        if (category != null) {
            where.add("category = :category");
            p.and("category", category);
        }
        if (overdueOnly) {
            where.add("status = :open and deadline < :today");
            p.and("open", IssueStatus.OPEN).and("today", today);
        }
        return list(String.join(" and ", where), Sort.by("deadline").and("id"), p);
    }
}
