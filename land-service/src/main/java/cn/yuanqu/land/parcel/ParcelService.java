package cn.yuanqu.land.parcel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.clients.enterprises.CallerToken;
import cn.yuanqu.clients.enterprises.EnterpriseDirectory;
import cn.yuanqu.land.idle.Assessment;
import cn.yuanqu.land.idle.IdleLandRules;
import cn.yuanqu.platform.audit.AuditTrail;
import cn.yuanqu.platform.error.ConflictException;
import cn.yuanqu.platform.error.DatabaseErrors;
import cn.yuanqu.platform.error.ForbiddenException;
import cn.yuanqu.platform.error.IllegalTransitionException;
import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.NotFoundException;
import cn.yuanqu.platform.error.RuleViolationException;
import cn.yuanqu.platform.error.StaleVersionException;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.paging.Page;
import cn.yuanqu.platform.paging.PageRequest;
import cn.yuanqu.platform.rest.Ids;
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;

/**
 * The parcel ledger (宗地台账): registered with their facts and current status, the holder checked in
 * enterprises-service, the boundary's area computed; dated status changes; corrections under optimistic
 * locking; the 53号令 assessment of a parcel as of any date. Land officers write; every park role reads,
 * an enterprise user only the parcels it holds.
 */
@ApplicationScoped
public class ParcelService {

    static final String ENTITY = "parcel";
    static final int MAX_LOOKUP = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ParcelRepository parcels;
    private final EnterpriseDirectory enterprises;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final SecurityIdentity identity;
    private final Clock clock;

    public ParcelService(ParcelRepository parcels, EnterpriseDirectory enterprises, AuditTrail audit, ParkContext parks,
            SecurityIdentity identity, Clock clock) {
        this.parcels = parcels;
        this.enterprises = enterprises;
        this.audit = audit;
        this.parks = parks;
        this.identity = identity;
        this.clock = clock;
    }

    @WithSession
    public Uni<Page<ParcelView>> list(String park, ParcelStatus status, String holderId, PageRequest page) {
        ParkScope scope = parks.scope();
        UUID holder = holderId == null || holderId.isBlank() ? null : Ids.parse(holderId, "holderId");
        var q = ParcelRepository.query(scope.resolve(park), scope.enterpriseId(), status, holder);
        return parcels.list(q, page.toPanachePage()).flatMap(rows -> parcels.count(q)
                .map(total -> Page.of(rows.stream().map(ParcelView::of).toList(), page, total)));
    }

    @WithSession
    public Uni<ParcelView> get(String id) {
        return visible(parks.scope(), Ids.parse(id, "id")).map(ParcelView::of);
    }

    @WithSession
    public Uni<List<ParcelEventView>> history(String id) {
        return visible(parks.scope(), Ids.parse(id, "id")).flatMap(p -> parcels.history(p.getId()))
                .map(l -> l.stream().map(ParcelEventView::of).toList());
    }

    /** 53号令 on the parcel's facts as of {@code asOf} (today by default). */
    @WithSession
    public Uni<Assessment> assessment(String id, LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        return visible(parks.scope(), Ids.parse(id, "id")).map(p -> IdleLandRules.assess(p.facts(), day));
    }

    /** The parcels each enterprise holds, in one query (batched joins). */
    @WithSession
    public Uni<List<List<ParcelView>>> ofEnterprises(List<String> enterpriseIds) {
        ParkScope scope = parks.scope();
        if (enterpriseIds.size() > MAX_LOOKUP) {
            throw new InvalidInputException(List.of(new Violation("enterpriseIds", "Size",
                    "一次最多查询" + MAX_LOOKUP + "个企业", "at most " + MAX_LOOKUP + " enterprises per look-up")));
        }
        List<UUID> parsed = enterpriseIds.stream().map(ParcelService::tryParse).toList();
        Set<UUID> wanted = new LinkedHashSet<>();
        parsed.stream().filter(Objects::nonNull).forEach(wanted::add);
        return parcels.ofHolders(wanted).map(found -> {
            Map<UUID, List<ParcelView>> by = new HashMap<>();
            for (Parcel p : found) {
                if (scope.allows(p.getParkId()) && scope.enterpriseId().map(p.getHolderId()::equals).orElse(true)) {
                    by.computeIfAbsent(p.getHolderId(), k -> new ArrayList<>()).add(ParcelView.of(p));
                }
            }
            return parsed.stream().map(id -> id == null ? List.<ParcelView> of() : by.getOrDefault(id, List.of())).toList();
        });
    }

    /**
     * The parcels named by park and code, in the order asked, null where the park has no such parcel or the caller
     * may not see it (another park; an enterprise user: a parcel it does not hold); one query (batched joins such as
     * a project's parcel).
     */
    @WithSession
    public Uni<List<ParcelView>> byCodes(List<ParcelRef> refs) {
        ParkScope scope = parks.scope();
        if (refs.size() > MAX_LOOKUP) {
            throw new InvalidInputException(List.of(new Violation("refs", "Size",
                    "一次最多查询" + MAX_LOOKUP + "个宗地", "at most " + MAX_LOOKUP + " parcels per look-up")));
        }
        Set<String> parkIds = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        for (ParcelRef r : refs) {
            if (r != null && r.park() != null && r.code() != null && scope.allows(r.park())) {
                parkIds.add(r.park());
                codes.add(r.code());
            }
        }
        return parcels.withCodes(parkIds, codes).map(found -> {
            Map<String, ParcelView> by = new HashMap<>();
            for (Parcel p : found) {
                if (scope.allows(p.getParkId()) && scope.enterpriseId().map(e -> e.equals(p.getHolderId())).orElse(true)) {
                    by.put(key(p.getParkId(), p.getCode()), ParcelView.of(p));
                }
            }
            List<ParcelView> out = new ArrayList<>(refs.size());
            for (ParcelRef r : refs) {
                out.add(r == null ? null : by.get(key(r.park(), r.code())));
            }
            return out;
        });
    }

    private static String key(String park, String code) {
        return park + "\n" + code;
    }

    /** Registers a parcel in its current status; the holder is checked in enterprises-service first. */
    public Uni<ParcelView> register(String park, @NotNull @Valid ParcelInput input) {
        ParkScope scope = parks.scope();
        requireOfficer(scope);
        String resolved = scope.resolve(park);
        String actor = scope.actor();
        List<Violation> bad = ParcelRules.check(input.status(), input.facts(), "facts.");
        if (input.statusSince().isAfter(LocalDate.now(clock))) {
            bad.add(new Violation("statusSince", "NotFuture", "状态起始日期不能晚于今天", "cannot be in the future"));
        }
        if (!bad.isEmpty()) {
            throw new RuleViolationException(bad);
        }
        BigDecimal area = boundaryArea(input.facts().boundary(), "facts.boundary");
        return holderName(input.facts(), resolved, "facts.holderId").flatMap(name -> Panache.withTransaction(() -> parcels
                .codeTaken(resolved, input.code().strip()).flatMap(taken -> {
                    if (taken) {
                        throw duplicateCode();
                    }
                    OffsetDateTime now = OffsetDateTime.now(clock);
                    Parcel p = Parcel.register(resolved, input, name, area, actor, now);
                    return parcels.persistAndFlush(p)
                            .call(saved -> parcels.save(ParcelEvent.of(saved, null, saved.getStatusSince(), "登记", actor, now)))
                            .map(ParcelView::of)
                            .call(v -> audit.record(resolved, ENTITY, v.id(), "register", actor, null, v, null));
                }))).onFailure(DatabaseErrors::isUniqueViolation).transform(f -> duplicateCode());
    }

    /** Corrects a parcel's facts (optimistic locking); a changed holder is checked in enterprises-service. */
    public Uni<ParcelView> correct(String id, long expectedVersion, @NotNull @Valid ParcelFactsInput facts) {
        ParkScope scope = parks.scope();
        requireOfficer(scope);
        String actor = scope.actor();
        UUID uuid = Ids.parse(id, "id");
        BigDecimal area = boundaryArea(facts.boundary(), "boundary");
        return Panache.withSession(() -> visible(scope, uuid)).flatMap(found -> {
            checkVersion(found, expectedVersion);
            List<Violation> bad = ParcelRules.check(found.getStatus(), facts, "");
            if (!bad.isEmpty()) {
                throw new RuleViolationException(bad);
            }
            boolean sameHolder = facts.holderId() != null && found.getHolderId() != null
                    && found.getHolderId().toString().equals(facts.holderId().strip());
            Uni<String> name = sameHolder ? Uni.createFrom().item(found.getHolderName())
                    : holderName(facts, found.getParkId(), "holderId");
            return name.flatMap(n -> Panache.withTransaction(() -> parcels.findById(uuid).flatMap(p -> {
                checkVersion(p, expectedVersion);
                ParcelView before = ParcelView.of(p);
                p.correct(facts, n, area, actor, OffsetDateTime.now(clock));
                return parcels.flush().map(v -> ParcelView.of(p))
                        .call(after -> audit.record(p.getParkId(), ENTITY, after.id(), "correct", actor, before, after, null));
            })));
        });
    }

    /** A dated status change along the parcel's transition table. */
    @WithTransaction
    public Uni<ParcelView> move(String id, long expectedVersion, @NotNull @Valid ParcelStepInput step) {
        ParkScope scope = parks.scope();
        requireOfficer(scope);
        String actor = scope.actor();
        return visible(scope, Ids.parse(id, "id")).flatMap(p -> moveTo(p, expectedVersion, step, actor));
    }

    /** The same step for another package's workflow (a land case's disposal), inside its transaction. */
    public Uni<ParcelView> moveTo(Parcel p, long expectedVersion, ParcelStepInput step, String actor) {
        checkVersion(p, expectedVersion);
        ParcelStatus from = p.getStatus();
        if (!from.canMoveTo(step.to())) {
            throw new IllegalTransitionException("parcel", from.name(), step.to().name(),
                    "宗地不能从「" + from.label() + "」变为「" + step.to().label() + "」",
                    "a parcel at " + from + " cannot move to " + step.to() + "; allowed: " + from.next());
        }
        if (step.effectiveDate().isBefore(p.getStatusSince())) {
            throw new RuleViolationException(List.of(new Violation("effectiveDate", "NotBefore",
                    "日期不能早于当前状态起始日期（" + p.getStatusSince() + "）", "cannot be before the current status began")));
        }
        if (step.to().supplied() && (p.getHolderId() == null || p.getSupplyMethod() == null || p.getAgreedStartOn() == null)) {
            throw new RuleViolationException(List.of(new Violation("to", "SupplyFactsRequired",
                    "供地前须先登记使用权企业、供地方式和约定动工日期", "record the holder, supply method and agreed start first")));
        }
        ParcelView before = ParcelView.of(p);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String reason = step.reason() == null || step.reason().isBlank() ? null : step.reason().strip();
        p.moveTo(step.to(), step.effectiveDate(), actor, now);
        return parcels.flush().chain(() -> parcels.save(ParcelEvent.of(p, from, step.effectiveDate(), reason, actor, now)))
                .map(v -> ParcelView.of(p))
                .call(after -> audit.record(p.getParkId(), ENTITY, after.id(), "move", actor, before, after, reason));
    }

    /** A parcel the caller may see (an enterprise user: only its own), inside the caller's session. */
    public Uni<Parcel> visible(ParkScope scope, UUID id) {
        return parcels.findById(id).map(p -> {
            if (p == null || !scope.allows(p.getParkId())
                    || scope.enterpriseId().map(e -> !e.equals(p.getHolderId())).orElse(false)) {
                throw new NotFoundException("宗地", "parcel", id);
            }
            return p;
        });
    }

    private Uni<String> holderName(ParcelFactsInput facts, String park, String field) {
        if (facts.holderId() == null || facts.holderId().isBlank()) {
            return Uni.createFrom().nullItem();
        }
        UUID holder = Ids.parse(facts.holderId(), field);
        return enterprises.require(CallerToken.bearer(identity), holder, park, field).map(e -> e.name());
    }

    /** The boundary's area in m² (2 decimals), or null without a boundary; bad GeoJSON is a 400. */
    static BigDecimal boundaryArea(String geoJson, String field) {
        if (geoJson == null || geoJson.isBlank()) {
            return null;
        }
        try {
            double m2 = GeoArea.squareMetres(JSON.readTree(geoJson), field);
            return BigDecimal.valueOf(m2).setScale(2, RoundingMode.HALF_UP);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(List.of(new Violation(field, "GeoJson", "不是有效的 GeoJSON 文本", "not GeoJSON text")));
        }
    }

    private void requireOfficer(ParkScope scope) {
        if (scope.isEnterpriseUser() || !(identity.hasRole("land-officer") || identity.hasRole("admin"))) {
            throw new ForbiddenException("宗地由土地规划干部登记", "parcels are recorded by land officers");
        }
    }

    static void checkVersion(Parcel p, long expected) {
        if (p.getVersion() != expected) {
            throw new StaleVersionException(ENTITY, p.getId(), expected, p.getVersion());
        }
    }

    private static ConflictException duplicateCode() {
        return new ConflictException("duplicate-parcel", "宗地编号已存在", "the parcel code is already used",
                List.of(new Violation("code", "Unique", "本园区已有该编号的宗地", "the park already has a parcel of that code")));
    }

    private static UUID tryParse(String raw) {
        try {
            return raw == null ? null : UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
