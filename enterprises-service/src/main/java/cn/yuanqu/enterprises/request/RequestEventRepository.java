package cn.yuanqu.enterprises.request;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The history of requests, oldest first. */
@ApplicationScoped
@WithSession
public class RequestEventRepository implements PanacheRepositoryBase<RequestEvent, Long> {

    Uni<List<RequestEvent>> history(UUID requestId) {
        return list("requestId", Sort.by("id"), requestId);
    }
}
