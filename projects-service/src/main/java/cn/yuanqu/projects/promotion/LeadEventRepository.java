package cn.yuanqu.projects.promotion;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The follow-up logs of leads. */
@ApplicationScoped
@WithSession
public class LeadEventRepository implements PanacheRepositoryBase<LeadEvent, Long> {

    Uni<List<LeadEvent>> log(UUID leadId) {
        return list("leadId", Sort.by("onDate").and("id"), leadId);
    }
}
