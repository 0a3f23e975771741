package cn.yuanqu.safety.campaign;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Campaigns of a park. */
@ApplicationScoped
@WithSession
public class CampaignRepository implements PanacheRepositoryBase<Campaign, UUID> {

    Uni<List<Campaign>> ofPark(String park) {
        return list("parkId", Sort.by("startOn", Sort.Direction.Descending).and("id"), park);
    }
}
