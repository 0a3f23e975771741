package cn.yuanqu.platform.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The audit trail (留痕). Services call {@link #record} inside their {@code @WithTransaction} write
 * methods, so the entry commits or rolls back with the change itself. The actor is a parameter (the
 * request's user, or a scheduled job's client) so the trail works outside requests too.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Shanghai"));

    private final AuditRepository repository;
    private final ObjectMapper json;

    public AuditTrail(AuditRepository repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    /** Records one change; {@code before}/{@code after} are API views (records), serialised as JSON. */
    public Uni<Void> record(String park, String entityType, String entityId, String action, String actor,
            Object before, Object after, String reason) {
        AuditEntry entry = new AuditEntry(park, entityType, entityId, action, actor, OffsetDateTime.now(CLOCK), reason,
                tree(before), tree(after));
        return repository.persist(entry).replaceWithVoid();
    }

    /** The trail of one record, oldest first. */
    @WithSession
    public Uni<List<AuditRecord>> history(String park, String entityType, String entityId) {
        return repository.history(park, entityType, entityId)
                .map(list -> list.stream().map(AuditRecord::of).toList());
    }

    private JsonNode tree(Object value) {
        return value == null ? null : json.valueToTree(value);
    }
}
