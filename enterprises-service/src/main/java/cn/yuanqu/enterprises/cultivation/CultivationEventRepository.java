package cn.yuanqu.enterprises.cultivation;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The history lines of cultivation entries. */
@ApplicationScoped
@WithSession
public class CultivationEventRepository implements PanacheRepositoryBase<CultivationEvent, Long> {

    Uni<List<CultivationEvent>> history(UUID entryId) {
        return list("entryId", Sort.by("onDate").and("id"), entryId);
    }
}
