package cn.yuanqu.safety.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.clients.enterprises.CallerToken;
import cn.yuanqu.clients.enterprises.EnterpriseDirectory;
import cn.yuanqu.platform.audit.AuditTrail;
import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.NotFoundException;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.paging.Page;
import cn.yuanqu.platform.paging.PageRequest;
import cn.yuanqu.platform.rest.Ids;
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;
import cn.yuanqu.safety.campaign.CampaignService;

/**
 * Inspections (检查): of an enterprise of the park (checked in enterprises-service before the transaction
 * opens), possibly within a campaign. An enterprise's own user sees only its own inspections.
 */
@ApplicationScoped
public class InspectionService {

    static final String ENTITY = "inspection";
    static final int MAX_LOOKUP = 500;

    private final InspectionRepository inspections;
    private final CampaignService campaigns;
    private final EnterpriseDirectory enterprises;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final SecurityIdentity identity;
    private final Clock clock;

    public InspectionService(InspectionRepository inspections, CampaignService campaigns, EnterpriseDirectory enterprises,
            AuditTrail audit, ParkContext parks, SecurityIdentity identity, Clock clock) {
        this.inspections = inspections;
        this.campaigns = campaigns;
        this.enterprises = enterprises;
        this.audit = audit;
        this.parks = parks;
        this.identity = identity;
        this.clock = clock;
    }

    @WithSession
    public Uni<Page<InspectionView>> list(String park, InspectionType type, SafetyDomain domain, String enterpriseId,
            String campaignId, LocalDate from, LocalDate to, PageRequest pageRequest) {
        ParkScope scope = parks.scope();
        UUID enterprise = scope.enterpriseId().orElse(enterpriseId == null || enterpriseId.isBlank() ? null
                : Ids.parse(enterpriseId, "enterpriseId"));
        UUID campaign = campaignId == null || campaignId.isBlank() ? null : Ids.parse(campaignId, "campaignId");
        var q = InspectionRepository.query(scope.resolve(park), type, domain, enterprise, campaign, from, to);
        return inspections.list(q, pageRequest.toPanachePage()).flatMap(rows -> inspections.count(q)
                .map(total -> Page.of(rows.stream().map(InspectionView::of).toList(), pageRequest, total)));
    }

    @WithSession
    public Uni<InspectionView> get(String id) {
        return visible(parks.scope(), Ids.parse(id, "id")).map(InspectionView::of);
    }

    /** Records an inspection; the enterprise is checked in enterprises-service first. */
    public Uni<InspectionView> record(String park, @NotNull @Valid InspectionInput input) {
        ParkScope scope = parks.scope();
        String resolved = scope.resolve(park);
        UUID enterpriseId = Ids.parse(input.enterpriseId(), "enterpriseId");
        UUID campaignId = input.campaignId() == null || input.campaignId().isBlank() ? null
                : Ids.parse(input.campaignId(), "campaignId");
        String actor = scope.actor();
        return enterprises.require(CallerToken.bearer(identity), enterpriseId, resolved).flatMap(e -> Panache.withTransaction(() -> {
            Uni<Void> campaignOk = campaignId == null ? Uni.createFrom().voidItem()
                    : campaigns.visible(scope, campaignId).map(c -> {
                        if (!c.getParkId().equals(resolved)) {
                            throw new NotFoundException("专项行动", "campaign", campaignId);
                        }
                        return null;
                    }).replaceWithVoid();
            return campaignOk.chain(() -> {
                Inspection i = Inspection.of(UUID.randomUUID(), resolved, enterpriseId, e.name(), campaignId, input, actor,
                        OffsetDateTime.now(clock));
                return inspections.persistAndFlush(i);
            }).map(InspectionView::of)
                    .call(v -> audit.record(resolved, ENTITY, v.id(), "record", actor, null, v, null));
        }));
    }

    /** The inspections of each enterprise asked for, newest first, in one query (batched joins). */
    @WithSession
    public Uni<List<List<InspectionView>>> ofEnterprises(List<String> enterpriseIds) {
        ParkScope scope = parks.scope();
        if (enterpriseIds.size() > MAX_LOOKUP) {
            throw new InvalidInputException(List.of(new Violation("enterpriseIds", "Size",
                    "一次最多查询" + MAX_LOOKUP + "个企业", "at most " + MAX_LOOKUP + " enterprises per look-up")));
        }
        List<UUID> parsed = enterpriseIds.stream().map(InspectionService::tryParse).toList();
        Set<UUID> wanted = new LinkedHashSet<>();
        parsed.forEach(id -> {
            if (id != null) {
                wanted.add(id);
            }
        });
        return inspections.ofEnterprises(wanted).map(found -> {
            Map<UUID, List<InspectionView>> by = new HashMap<>();
            for (Inspection i : found) {
                if (scope.allows(i.getParkId()) && scope.enterpriseId().map(i.getEnterpriseId()::equals).orElse(true)) {
                    by.computeIfAbsent(i.getEnterpriseId(), k -> new ArrayList<>()).add(InspectionView.of(i));
                }
            }
            return parsed.stream().map(id -> id == null ? List.<InspectionView> of() : by.getOrDefault(id, List.of()))
                    .toList();
        });
    }

    /** An inspection the caller may see (inside the caller's session). */
    public Uni<Inspection> visible(ParkScope scope, UUID id) {
        return inspections.findById(id).map(i -> {
            if (i == null || !scope.allows(i.getParkId())) {
                throw new NotFoundException("检查记录", "inspection", id);
            }
            scope.requireEnterprise(i.getEnterpriseId());
            return i;
        });
    }


    static UUID tryParse(String raw) {
        try {
            return raw == null ? null : UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
