package cn.yuanqu.platform.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Audit entries, per record. */
@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    public Uni<List<AuditEntry>> history(String park, String entityType, String entityId) {
        return list("parkId = ?1 and entityType = ?2 and entityId = ?3", Sort.by("at").and("id"), park, entityType,
                entityId);
    }
}
