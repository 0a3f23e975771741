package cn.yuanqu.enterprises.qualification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.enterprises.registry.Enterprise;
import cn.yuanqu.enterprises.registry.EnterpriseRepository;
import cn.yuanqu.enterprises.lookup.ByEnterprises;
import cn.yuanqu.platform.audit.AuditRecord;
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
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;

/**
 * The qualification ledger (资质荣誉): awards, corrections, revocations, the lists officers use
 * (valid on a date, awarded in a period, expiring soon) and counts by type and level. An enterprise
 * user reads only their own enterprise's qualifications; park rules as in the registry.
 */
@ApplicationScoped
public class QualificationService {

    static final String ENTITY = "qualification";
    static final Map<String, String> SORTABLE = Map.of("awardedOn", "awardedOn", "validUntil", "validUntil",
            "type", "type", "level", "level", "updatedAt", "updatedAt");

    private final QualificationRepository qualifications;
    private final EnterpriseRepository enterprises;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final Clock clock;

    public QualificationService(QualificationRepository qualifications, EnterpriseRepository enterprises,
            AuditTrail audit, ParkContext parks, Clock clock) {
        this.qualifications = qualifications;
        this.enterprises = enterprises;
        this.audit = audit;
        this.parks = parks;
        this.clock = clock;
    }

    @WithSession
    public Uni<Page<QualificationView>> list(String park, QualificationFilter filter, PageRequest pageRequest) {
        ParkScope scope = parks.scope();
        LocalDate today = LocalDate.now(clock);
        var query = QualificationRepository.query(scope.resolve(park), filter, scope.enterpriseId(), today);
        var sort = pageRequest.toSort(SORTABLE, "id");
        return qualifications.list(query, sort, pageRequest.toPanachePage())
                .flatMap(rows -> qualifications.count(query).map(total -> Page.of(
                        rows.stream().map(q -> QualificationView.of(q, today)).toList(), pageRequest, total)));
    }

    @WithSession
    public Uni<QualificationView> get(String id) {
        ParkScope scope = parks.scope();
        return visible(scope, parseId(id, "id")).map(q -> QualificationView.of(q, LocalDate.now(clock)));
    }

    /** Qualifications in force on {@code date} (default today), by type and level. */
    @WithSession
    public Uni<List<QualificationCount>> counts(String park, LocalDate date) {
        ParkScope scope = parks.scope();
        if (scope.isEnterpriseUser()) {
            throw new ForbiddenException("企业用户不能查看园区统计", "an enterprise user cannot see park figures");
        }
        String resolved = scope.resolve(park);
        return qualifications.countsValidOn(resolved, date == null ? LocalDate.now(clock) : date)
                .map(rows -> rows.stream().map(r -> {
                    QualificationType type = (QualificationType) r[0];
                    return new QualificationCount(type, type.label(), (QualificationLevel) r[1], (Long) r[2]);
                }).toList());
    }

    /** The qualifications of each enterprise, in the order asked; enterprises not visible get none. */
    @WithSession
    public Uni<List<List<QualificationView>>> ofEnterprises(List<String> enterpriseIds) {
        ParkScope scope = parks.scope();
        ByEnterprises.Ids ids = ByEnterprises.Ids.of(enterpriseIds);
        LocalDate today = LocalDate.now(clock);
        return qualifications.ofEnterprises(ids.distinct()).map(found -> ByEnterprises.lists(ids, scope, found,
                q -> new ByEnterprises.Owner(q.getParkId(), q.getEnterpriseId()), q -> QualificationView.of(q, today)));
    }

    /** Records an award for an enterprise of the park. */
    @WithTransaction
    public Uni<QualificationView> award(String park, @NotNull @Valid QualificationInput input) {
        ParkScope scope = parks.scope();
        if (scope.isEnterpriseUser()) {
            throw new ForbiddenException("企业用户不能登记资质", "an enterprise user cannot record qualifications");
        }
        return awardWithin(scope.resolve(park), input, scope.actor());
    }

    /**
     * Records an award inside the caller's transaction (a cultivation goal reached); the park is
     * already resolved and the input validated by the caller.
     */
    public Uni<QualificationView> awardWithin(String park, QualificationInput input, String actor) {
        UUID enterpriseId = parseId(input.enterpriseId(), "enterpriseId");
        requireValidityAfterAward(input);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return enterprise(park, enterpriseId)
                .flatMap(e -> qualifications.findAward(enterpriseId, input.type(), input.level(), input.awardedOn()))
                .flatMap(existing -> {
                    if (existing != null) {
                        throw duplicate(input);
                    }
                    Qualification q = Qualification.award(UUID.randomUUID(), park, enterpriseId, input, actor, now);
                    return qualifications.persistAndFlush(q)
                            .onFailure(DatabaseErrors::isUniqueViolation).transform(f -> duplicate(input))
                            .map(saved -> QualificationView.of(saved, LocalDate.now(clock)))
                            .call(view -> audit.record(park, ENTITY, view.id(), "award", actor, null, view, null));
                });
    }

    /** Corrects an award's details; the enterprise cannot change. */
    @WithTransaction
    public Uni<QualificationView> update(String id, long expectedVersion, @NotNull @Valid QualificationInput input) {
        ParkScope scope = parks.scope();
        requireValidityAfterAward(input);
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.now(clock);
        return visible(scope, parseId(id, "id")).flatMap(q -> {
            checkVersion(q, expectedVersion);
            if (!q.getEnterpriseId().toString().equals(input.enterpriseId())) {
                throw new RuleViolationException(List.of(new Violation("enterpriseId", "Immutable",
                        "不能把资质改到其他企业名下，请撤销后重新认定", "an award cannot move to another enterprise; revoke it and record a new one")));
            }
            QualificationView before = QualificationView.of(q, today);
            q.apply(input, actor, now);
            return qualifications.flush()
                    .onFailure(DatabaseErrors::isUniqueViolation).transform(f -> duplicate(input))
                    .map(v -> QualificationView.of(q, today))
                    .call(after -> audit.record(q.getParkId(), ENTITY, after.id(), "update", actor, before, after, null));
        });
    }

    /** Revokes an award from a date on; a revoked award cannot be revoked again. */
    @WithTransaction
    public Uni<QualificationView> revoke(String id, long expectedVersion, @NotNull @Valid RevocationInput revocation) {
        ParkScope scope = parks.scope();
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.now(clock);
        return visible(scope, parseId(id, "id")).flatMap(q -> {
            checkVersion(q, expectedVersion);
            if (q.getRevokedOn() != null) {
                throw new IllegalTransitionException("qualification", "REVOKED", "REVOKED",
                        "该资质已于 " + q.getRevokedOn() + " 撤销", "already revoked on " + q.getRevokedOn());
            }
            if (revocation.revokedOn().isBefore(q.getAwardedOn())) {
                throw new RuleViolationException(List.of(new Violation("revokedOn", "NotBefore",
                        "撤销日期不能早于认定日期（" + q.getAwardedOn() + "）",
                        "cannot be revoked before it was awarded (" + q.getAwardedOn() + ")")));
            }
            QualificationView before = QualificationView.of(q, today);
            q.revoke(revocation.revokedOn(), revocation.reason(), actor, now);
            return qualifications.flush()
                    .map(v -> QualificationView.of(q, today))
                    .call(after -> audit.record(q.getParkId(), ENTITY, after.id(), "revoke", actor, before, after,
                            revocation.reason()));
        });
    }

    @WithSession
    public Uni<List<AuditRecord>> audit(String id) {
        ParkScope scope = parks.scope();
        return visible(scope, parseId(id, "id")).flatMap(q -> audit.history(q.getParkId(), ENTITY, q.getId().toString()));
    }

    private Uni<Enterprise> enterprise(String park, UUID enterpriseId) {
        return enterprises.findById(enterpriseId).map(e -> {
            if (e == null || !e.getParkId().equals(park)) {
                throw new RuleViolationException(List.of(new Violation("enterpriseId", "Exists",
                        "本园区没有该企业", "no such enterprise in this park")));
            }
            return e;
        });
    }

    private Uni<Qualification> visible(ParkScope scope, UUID id) {
        return qualifications.findById(id).map(q -> {
            if (q == null || !scope.allows(q.getParkId())) {
                throw new NotFoundException("资质", "qualification", id);
            }
            scope.requireEnterprise(q.getEnterpriseId());
            return q;
        });
    }

    private static void requireValidityAfterAward(QualificationInput input) {
        if (input.validUntil() != null && input.validUntil().isBefore(input.awardedOn())) {
            throw new RuleViolationException(List.of(new Violation("validUntil", "NotBefore",
                    "有效期不能早于认定日期", "validity cannot end before the award")));
        }
    }

    private static void checkVersion(Qualification q, long expected) {
        if (q.getVersion() != expected) {
            throw new StaleVersionException(ENTITY, q.getId(), expected, q.getVersion());
        }
    }

    private static ConflictException duplicate(QualificationInput input) {
        return new ConflictException("duplicate-qualification",
                "该企业已于 " + input.awardedOn() + " 获得同类同级资质", "the enterprise already has this award on " + input.awardedOn(),
                List.of(new Violation("awardedOn", "Unique", "同一企业同类同级同日只能认定一次",
                        "one award per enterprise, type, level and date")));
    }

    static UUID parseId(String raw, String field) {
        UUID id = tryParse(raw);
        if (id == null) {
            throw new InvalidInputException(List.of(new Violation(field, "UUID", "ID格式无效", field + " is not a UUID")));
        }
        return id;
    }

    private static UUID tryParse(String raw) {
        try {
            return raw == null ? null : UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
