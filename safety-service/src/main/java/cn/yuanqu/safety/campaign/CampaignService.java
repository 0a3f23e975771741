package cn.yuanqu.safety.campaign;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.audit.AuditTrail;
import cn.yuanqu.platform.error.NotFoundException;
import cn.yuanqu.platform.error.RuleViolationException;
import cn.yuanqu.platform.error.StaleVersionException;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.rest.Ids;
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;

/** Campaigns (专项行动) and their results as counted items. */
@ApplicationScoped
public class CampaignService {

    static final String ENTITY = "campaign";

    private final CampaignRepository campaigns;
    private final CampaignItemRepository items;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final Clock clock;

    public CampaignService(CampaignRepository campaigns, CampaignItemRepository items, AuditTrail audit, ParkContext parks,
            Clock clock) {
        this.campaigns = campaigns;
        this.items = items;
        this.audit = audit;
        this.parks = parks;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<CampaignView>> list(String park) {
        return campaigns.ofPark(parks.scope().resolve(park)).flatMap(list -> items
                .of(list.stream().map(Campaign::getId).toList())
                .map(all -> list.stream().map(c -> CampaignView.of(c, all.stream()
                        .filter(i -> i.getCampaignId().equals(c.getId())).toList())).toList()));
    }

    @WithSession
    public Uni<CampaignView> get(String id) {
        return visible(parks.scope(), Ids.parse(id, "id")).flatMap(this::viewOf);
    }

    @WithTransaction
    public Uni<CampaignView> record(String park, @NotNull @Valid CampaignInput input) {
        ParkScope scope = parks.scope();
        String resolved = scope.resolve(park);
        checkDates(input);
        String actor = scope.actor();
        Campaign c = Campaign.of(UUID.randomUUID(), resolved, input, actor, OffsetDateTime.now(clock));
        return campaigns.persistAndFlush(c).flatMap(this::viewOf)
                .call(v -> audit.record(resolved, ENTITY, v.id(), "record", actor, null, v, null));
    }

    @WithTransaction
    public Uni<CampaignView> update(String id, long expectedVersion, @NotNull @Valid CampaignInput input) {
        ParkScope scope = parks.scope();
        checkDates(input);
        String actor = scope.actor();
        return visible(scope, Ids.parse(id, "id")).flatMap(c -> {
            checkVersion(c, expectedVersion);
            return viewOf(c).flatMap(before -> {
                c.update(input, actor, OffsetDateTime.now(clock));
                return campaigns.flush().chain(() -> viewOf(c))
                        .call(after -> audit.record(c.getParkId(), ENTITY, after.id(), "update", actor, before, after, null));
            });
        });
    }

    /** Replaces a campaign's counted results; optimistic locking on the campaign. */
    @WithTransaction
    public Uni<CampaignView> results(String id, long expectedVersion, @NotNull List<@NotNull @Valid ResultInput> results) {
        ParkScope scope = parks.scope();
        String actor = scope.actor();
        Set<String> seen = new HashSet<>();
        List<Violation> bad = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (!seen.add(results.get(i).item().strip())) {
                bad.add(new Violation("[" + i + "].item", "Unique", "事项重复", "the item is listed twice"));
            }
        }
        if (!bad.isEmpty()) {
            throw new RuleViolationException(bad);
        }
        return visible(scope, Ids.parse(id, "id")).flatMap(c -> {
            checkVersion(c, expectedVersion);
            return viewOf(c).flatMap(before -> items.deleteOf(c.getId())
                    .chain(() -> items.persist(IntStream.range(0, results.size())
                            .mapToObj(i -> CampaignItem.of(c.getId(), i, results.get(i))).toList()))
                    .invoke(() -> c.resultsChanged(actor, OffsetDateTime.now(clock)))
                    .chain(() -> campaigns.flush())
                    .chain(() -> viewOf(c))
                    .call(after -> audit.record(c.getParkId(), ENTITY, after.id(), "results", actor, before, after, null)));
        });
    }

    /** A campaign of the caller's park (for inspections, inside the caller's session). */
    public Uni<Campaign> visible(ParkScope scope, UUID id) {
        return campaigns.findById(id).map(c -> {
            if (c == null || !scope.allows(c.getParkId())) {
                throw new NotFoundException("专项行动", "campaign", id);
            }
            return c;
        });
    }

    private Uni<CampaignView> viewOf(Campaign c) {
        return items.of(List.of(c.getId())).map(list -> CampaignView.of(c, list));
    }

    private static void checkDates(CampaignInput input) {
        if (input.endOn() != null && input.endOn().isBefore(input.startOn())) {
            throw new RuleViolationException(List.of(new Violation("endOn", "NotBeforeStart", "结束日期不能早于开始日期",
                    "cannot be before the start")));
        }
    }

    private static void checkVersion(Campaign c, long expected) {
        if (c.getVersion() != expected) {
            throw new StaleVersionException(ENTITY, c.getId(), expected, c.getVersion());
        }
    }
}
