package cn.yuanqu.projects.project;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The recorded steps of projects. */
@ApplicationScoped
@WithSession
public class StageEventRepository implements PanacheRepositoryBase<StageEvent, Long> {

    Uni<List<StageEvent>> history(UUID projectId) {
        return list("projectId", Sort.by("id"), projectId);
    }
}
