package cn.yuanqu.safety.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.clients.enterprises.CallerToken;
import cn.yuanqu.clients.enterprises.EnterpriseDirectory;
import cn.yuanqu.platform.audit.AuditTrail;
import cn.yuanqu.platform.error.ConflictException;
import cn.yuanqu.platform.error.DatabaseErrors;
import cn.yuanqu.platform.error.ForbiddenException;
import cn.yuanqu.platform.error.NotFoundException;
import cn.yuanqu.platform.error.RuleViolationException;
import cn.yuanqu.platform.error.StaleVersionException;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.paging.Page;
import cn.yuanqu.platform.paging.PageRequest;
import cn.yuanqu.platform.rest.Ids;
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;
import cn.yuanqu.platform.time.ClockProducer;
import cn.yuanqu.safety.hazard.Exceedance;
import cn.yuanqu.safety.hazard.HazardService;

/**
 * Environmental monitoring (环境监测): points with their own limits, and samples pushed by departments or
 * recorded by officers. A sample is identified by its point and sampled time, so a retried push finds the
 * first one and changes nothing (the same values answer 200, different values 409). A measurement outside
 * its limit marks the sample and raises exactly one environmental hazard, in the same transaction.
 */
@ApplicationScoped
public class MonitoringService {

    static final String POINT = "monitoring-point";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What a push did: recorded the sample now, or found it recorded before. */
    public record Pushed(SampleView sample, boolean created) {
    }

    private final PointRepository points;
    private final LimitRepository limits;
    private final SampleRepository samples;
    private final HazardService hazards;
    private final EnterpriseDirectory enterprises;
    private final MonitoringConfig config;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final SecurityIdentity identity;
    private final Clock clock;

    public MonitoringService(PointRepository points, LimitRepository limits, SampleRepository samples, HazardService hazards,
            EnterpriseDirectory enterprises, MonitoringConfig config, AuditTrail audit, ParkContext parks,
            SecurityIdentity identity, Clock clock) {
        this.points = points;
        this.limits = limits;
        this.samples = samples;
        this.hazards = hazards;
        this.enterprises = enterprises;
        this.config = config;
        this.audit = audit;
        this.parks = parks;
        this.identity = identity;
        this.clock = clock;
    }

    // ---- points ---------------------------------------------------------------------------------

    /** The park's points (an enterprise user: its own), each with its limits, in two queries. */
    @WithSession
    public Uni<List<PointView>> points(String park, String enterpriseId, PointKind kind) {
        ParkScope scope = parks.scope();
        UUID enterprise = enterpriseId == null || enterpriseId.isBlank() ? null : Ids.parse(enterpriseId, "enterpriseId");
        return points.list(scope.resolve(park), scope.enterpriseId(), enterprise, kind).flatMap(list -> limits
                .ofPoints(list.stream().map(MonitoringPoint::getId).toList()).map(all -> {
                    Map<UUID, List<PointLimit>> by = all.stream().collect(Collectors.groupingBy(PointLimit::pointId));
                    return list.stream().map(p -> PointView.of(p, by.getOrDefault(p.getId(), List.of()))).toList();
                }));
    }

    @WithSession
    public Uni<PointView> point(String id) {
        return visible(parks.scope(), Ids.parse(id, "id")).flatMap(this::view);
    }

    /** A new point, its limits seeded from the chosen standard; an enterprise named is checked first. */
    public Uni<PointView> createPoint(String park, @NotNull @Valid PointInput input) {
        ParkScope scope = parks.scope();
        requireOfficer(scope);
        String resolved = scope.resolve(park);
        String actor = scope.actor();
        UUID enterpriseId = input.enterpriseId() == null || input.enterpriseId().isBlank() ? null
                : Ids.parse(input.enterpriseId(), "enterpriseId");
        Uni<String> name = enterpriseId == null ? Uni.createFrom().nullItem()
                : enterprises.require(CallerToken.bearer(identity), enterpriseId, resolved).map(e -> e.name());
        return name.flatMap(n -> Panache.withTransaction(() -> points.codeTaken(resolved, input.code().strip())
                .flatMap(taken -> {
                    if (taken) {
                        throw duplicateCode();
                    }
                    MonitoringPoint p = MonitoringPoint.of(resolved, input, enterpriseId, n, actor, OffsetDateTime.now(clock));
                    List<PointLimit> seeded = input.standard().limits().entrySet().stream()
                            .map(e -> PointLimit.of(p.getId(), e.getKey(), e.getValue())).toList();
                    return points.persist(p).chain(() -> limits.persist(seeded)).chain(() -> points.flush())
                            .map(v -> PointView.of(p, seeded))
                            .call(v -> audit.record(resolved, POINT, v.id(), "create", actor, null, v, null));
                }))).onFailure(DatabaseErrors::isUniqueViolation).transform(f -> duplicateCode());
    }

    /** Replaces a point's limits (optimistic locking on the point); later samples are judged by the new ones. */
    @WithTransaction
    public Uni<PointView> setLimits(String id, long expectedVersion, @NotNull List<@NotNull @Valid LimitInput> input) {
        ParkScope scope = parks.scope();
        requireOfficer(scope);
        String actor = scope.actor();
        List<Violation> bad = new ArrayList<>();
        Set<Indicator> seen = new HashSet<>();
        for (int k = 0; k < input.size(); k++) {
            LimitInput l = input.get(k);
            if (!seen.add(l.indicator())) {
                bad.add(new Violation("limits[" + k + "].indicator", "Unique", "指标重复", "the indicator appears twice"));
            }
            if (l.min() == null && l.max() == null) {
                bad.add(new Violation("limits[" + k + "]", "MinOrMax", "须填写上限或下限", "a limit needs a minimum or a maximum"));
            } else if (l.min() != null && l.max() != null && l.min().compareTo(l.max()) > 0) {
                bad.add(new Violation("limits[" + k + "].min", "NotAboveMax", "下限不能高于上限", "the minimum cannot exceed the maximum"));
            }
        }
        if (!bad.isEmpty()) {
            throw new RuleViolationException(bad);
        }
        return visible(scope, Ids.parse(id, "id")).flatMap(p -> {
            if (p.getVersion() != expectedVersion) {
                throw new StaleVersionException(POINT, p.getId(), expectedVersion, p.getVersion());
            }
            return limits.ofPoints(List.of(p.getId())).flatMap(current -> {
                PointView before = PointView.of(p, current);
                Map<Indicator, LimitInput> wanted = new EnumMap<>(Indicator.class);
                input.forEach(l -> wanted.put(l.indicator(), l));
                List<PointLimit> kept = new ArrayList<>();
                Uni<Void> steps = Uni.createFrom().voidItem();
                for (PointLimit l : current) {
                    LimitInput w = wanted.remove(l.indicator());
                    if (w == null) {
                        steps = steps.chain(() -> limits.delete(l));
                    } else {
                        l.set(new Limit(w.min(), w.max()));
                        kept.add(l);
                    }
                }
                for (LimitInput w : wanted.values()) {
                    PointLimit added = PointLimit.of(p.getId(), w.indicator(), new Limit(w.min(), w.max()));
                    kept.add(added);
                    steps = steps.chain(() -> limits.persist(added)).replaceWithVoid();
                }
                p.limitsChanged(actor, OffsetDateTime.now(clock));
                return steps.chain(() -> points.flush()).map(v -> PointView.of(p, kept))
                        .call(after -> audit.record(p.getParkId(), POINT, after.id(), "set-limits", actor, before, after, null));
            });
        });
    }

    // ---- samples --------------------------------------------------------------------------------

    @WithSession
    public Uni<Page<SampleView>> samples(String park, String pointId, Boolean exceeded, LocalDate from, LocalDate to,
            PageRequest pageRequest) {
        ParkScope scope = parks.scope();
        UUID point = pointId == null || pointId.isBlank() ? null : Ids.parse(pointId, "pointId");
        var q = SampleRepository.query(scope.resolve(park), scope.enterpriseId(), point, exceeded,
                from == null ? null : from.atStartOfDay(ClockProducer.ZONE).toOffsetDateTime(),
                to == null ? null : to.plusDays(1).atStartOfDay(ClockProducer.ZONE).toOffsetDateTime());
        return samples.list(q, pageRequest.toPanachePage())
                .flatMap(rows -> views(rows).flatMap(views -> samples.count(q).map(total -> Page.of(views, pageRequest, total))));
    }

    @WithSession
    public Uni<SampleView> sample(String id) {
        ParkScope scope = parks.scope();
        UUID uuid = Ids.parse(id, "id");
        return samples.findById(uuid).flatMap(s -> {
            if (s == null || !scope.allows(s.getParkId())) {
                throw new NotFoundException("监测样品", "sample", uuid);
            }
            return visible(scope, s.getPointId()).onFailure(NotFoundException.class)
                    .transform(f -> new NotFoundException("监测样品", "sample", uuid))
                    .flatMap(p -> views(List.of(s)).map(l -> l.get(0)));
        });
    }

    /**
     * Records a pushed sample once. A retry (same point and time) finds it: the same values answer the
     * recorded sample, different values a 409. A concurrent retry that loses the race on the unique key is
     * answered the same way.
     */
    public Uni<Pushed> push(@NotNull @Valid SampleInput input) {
        ParkScope scope = parks.scope();
        if (scope.isEnterpriseUser() || !(identity.hasRole("safety-officer") || identity.hasRole("department")
                || identity.hasRole("admin"))) {
            throw new ForbiddenException("监测数据由县直部门推送或安全环保干部登记", "samples are pushed by departments or recorded by safety officers");
        }
        UUID pointId = Ids.parse(input.pointId(), "pointId");
        OffsetDateTime sampledAt = input.sampledAt().truncatedTo(ChronoUnit.SECONDS);
        List<Violation> bad = new ArrayList<>();
        Set<Indicator> seen = new HashSet<>();
        for (int k = 0; k < input.measurements().size(); k++) {
            if (!seen.add(input.measurements().get(k).indicator())) {
                bad.add(new Violation("measurements[" + k + "].indicator", "Unique", "同一样品中指标重复", "the indicator appears twice in the sample"));
            }
        }
        if (sampledAt.isAfter(OffsetDateTime.now(clock).plusHours(1))) {
            bad.add(new Violation("sampledAt", "NotFuture", "采样时间不能晚于现在", "cannot be in the future"));
        }
        if (!bad.isEmpty()) {
            throw new RuleViolationException(bad);
        }
        String actor = scope.actor();
        return Panache.withTransaction(() -> visible(scope, pointId).flatMap(p -> samples.at(pointId, sampledAt)
                .flatMap(existing -> existing != null ? replay(existing, p, input)
                        : record(p, sampledAt, input, actor).map(v -> new Pushed(v, true)))))
                .onFailure(DatabaseErrors::isUniqueViolation)
                .recoverWithUni(() -> Panache.withSession(() -> visible(scope, pointId)
                        .flatMap(p -> samples.at(pointId, sampledAt).flatMap(existing -> replay(existing, p, input)))));
    }

    private Uni<SampleView> record(MonitoringPoint p, OffsetDateTime sampledAt, SampleInput input, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return limits.ofPoints(List.of(p.getId())).flatMap(pointLimits -> {
            Map<Indicator, Limit> limitOf = new EnumMap<>(Indicator.class);
            pointLimits.forEach(l -> limitOf.put(l.indicator(), l.limit()));
            UUID sampleId = UUID.randomUUID();
            List<Measurement> ms = input.measurements().stream()
                    .map(m -> Measurement.of(sampleId, m.indicator(), m.value(), limitOf.get(m.indicator()))).toList();
            boolean exceeded = ms.stream().anyMatch(Measurement::exceeded);
            Sample s = Sample.of(sampleId, p, sampledAt, input.laboratory(), exceeded, actor, now);
            Uni<Void> saved = samples.persist(s).chain(() -> samples.flush());
            for (Measurement m : ms) {
                saved = saved.chain(() -> samples.save(m));
            }
            Uni<String> hazard = saved.chain(() -> samples.flush()).replaceWith((String) null);
            if (exceeded) {
                hazard = hazard.chain(() -> hazards.raiseForExceedance(exceedance(p, s, ms, actor)).map(h -> h.id()));
            }
            return hazard.map(h -> SampleView.of(s, p, ms, h))
                    .call(v -> audit.record(p.getParkId(), "sample", v.id(), "push", actor, null, v, null));
        });
    }

    /** A retried push: the recorded sample if the values are the same, 409 otherwise. Nothing is written. */
    private Uni<Pushed> replay(Sample existing, MonitoringPoint p, SampleInput input) {
        return samples.measurements(List.of(existing.getId())).flatMap(recorded -> {
            Map<Indicator, BigDecimal> was = new EnumMap<>(Indicator.class);
            recorded.forEach(m -> was.put(m.indicator(), m.value()));
            Map<Indicator, BigDecimal> now = new EnumMap<>(Indicator.class);
            input.measurements().forEach(m -> now.put(m.indicator(), m.value()));
            boolean same = was.size() == now.size() && was.entrySet().stream()
                    .allMatch(e -> now.get(e.getKey()) != null && now.get(e.getKey()).compareTo(e.getValue()) == 0);
            if (!same) {
                throw new ConflictException("sample-conflict", "该监测点该时间的样品已登记，数值不同",
                        "a sample of this point at this time is recorded with different values",
                        List.of(new Violation("sampledAt", "Unique", "同一监测点同一采样时间只登记一次，更正请联系安全环保部",
                                "one sample per point and time; corrections go through the safety office")));
            }
            return views(List.of(existing)).map(l -> new Pushed(l.get(0), false));
        });
    }

    private Exceedance exceedance(MonitoringPoint p, Sample s, List<Measurement> ms, String actor) {
        LocalDate day = s.getSampledAt().atZoneSameInstant(ClockProducer.ZONE).toLocalDate();
        String over = ms.stream().filter(Measurement::exceeded)
                .map(m -> m.indicator().label() + " " + m.value().stripTrailingZeros().toPlainString()
                        + ("无量纲".equals(m.indicator().unit()) ? "" : " " + m.indicator().unit())
                        + "（限值" + m.limit().text() + "）")
                .collect(Collectors.joining("，"));
        String when = s.getSampledAt().atZoneSameInstant(ClockProducer.ZONE).format(MINUTE);
        return new Exceedance(p.getParkId(), s.getId(), p.getEnterpriseId(), p.getEnterpriseName(), p.title(),
                p.title() + " " + when + " 采样超标：" + over, day, day.plusDays(config.exceedanceDeadlineDays()),
                p.getResponsiblePerson(), actor);
    }

    /** Views of samples with their points, measurements and hazards: three queries whatever the count. */
    private Uni<List<SampleView>> views(List<Sample> rows) {
        List<UUID> ids = rows.stream().map(Sample::getId).toList();
        return points.byIds(rows.stream().map(Sample::getPointId).distinct().toList()).flatMap(ps -> samples.measurements(ids)
                .flatMap(ms -> samples.hazards(ids).map(hs -> {
                    Map<UUID, MonitoringPoint> pointOf = new HashMap<>();
                    ps.forEach(p -> pointOf.put(p.getId(), p));
                    Map<UUID, List<Measurement>> msOf = ms.stream().collect(Collectors.groupingBy(Measurement::sampleId));
                    Map<UUID, String> hazardOf = new HashMap<>();
                    hs.forEach(r -> hazardOf.put((UUID) r[0], r[1].toString()));
                    return rows.stream().map(s -> SampleView.of(s, pointOf.get(s.getPointId()),
                            msOf.getOrDefault(s.getId(), List.of()), hazardOf.get(s.getId()))).toList();
                })));
    }

    // ---- rules of access ------------------------------------------------------------------------

    /** A point the caller may see (an enterprise user: only its own). */
    Uni<MonitoringPoint> visible(ParkScope scope, UUID id) {
        return points.findById(id).map(p -> {
            if (p == null || !scope.allows(p.getParkId())
                    || scope.enterpriseId().map(e -> !e.equals(p.getEnterpriseId())).orElse(false)) {
                throw new NotFoundException("监测点", "monitoring point", id);
            }
            return p;
        });
    }

    private Uni<PointView> view(MonitoringPoint p) {
        return limits.ofPoints(List.of(p.getId())).map(l -> PointView.of(p, l));
    }

    private void requireOfficer(ParkScope scope) {
        if (scope.isEnterpriseUser() || !(identity.hasRole("safety-officer") || identity.hasRole("admin"))) {
            throw new ForbiddenException("监测点由安全环保干部维护", "monitoring points are kept by safety officers");
        }
    }


    private static ConflictException duplicateCode() {
        return new ConflictException("duplicate-point", "监测点编号已存在", "the point code is already used",
                List.of(new Violation("code", "Unique", "本园区已有该编号的监测点", "the park already has a point of that code")));
    }
}
