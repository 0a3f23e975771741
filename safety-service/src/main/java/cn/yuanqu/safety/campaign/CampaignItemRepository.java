package cn.yuanqu.safety.campaign;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Campaigns' counted results. */
@ApplicationScoped
@WithSession
public class CampaignItemRepository implements PanacheRepositoryBase<CampaignItem, Long> {

    Uni<List<CampaignItem>> of(Collection<UUID> campaignIds) {
        return campaignIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("campaignId in ?1", Sort.by("campaignId").and("position"), campaignIds);
    }

    Uni<Long> deleteOf(UUID campaignId) {
        return delete("campaignId", campaignId);
    }
}
