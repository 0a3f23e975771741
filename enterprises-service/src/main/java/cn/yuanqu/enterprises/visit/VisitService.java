package cn.yuanqu.enterprises.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.enterprises.registry.EnterpriseRepository;
import cn.yuanqu.enterprises.request.RequestChannel;
import cn.yuanqu.enterprises.request.RequestInput;
import cn.yuanqu.enterprises.request.RequestService;
import cn.yuanqu.enterprises.request.RequestView;
import cn.yuanqu.platform.audit.AuditTrail;
import cn.yuanqu.platform.error.ForbiddenException;
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
 * Cadre visits (包保走访): who went where and when, what they found, and the requests the enterprise
 * raised — recorded with the visit in one transaction, each then handled as a request of its own.
 */
@ApplicationScoped
public class VisitService {

    static final String ENTITY = "visit";

    private final VisitRepository visits;
    private final EnterpriseRepository enterprises;
    private final RequestService requests;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final Clock clock;

    public VisitService(VisitRepository visits, EnterpriseRepository enterprises, RequestService requests,
            AuditTrail audit, ParkContext parks, Clock clock) {
        this.visits = visits;
        this.enterprises = enterprises;
        this.requests = requests;
        this.audit = audit;
        this.parks = parks;
        this.clock = clock;
    }

    @WithSession
    public Uni<Page<VisitView>> list(String park, String enterpriseId, LocalDate from, LocalDate to, String visitor,
            PageRequest pageRequest) {
        ParkScope scope = parks.scope();
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException(List.of(new Violation("to", "NotBeforeFrom", "截止日期不能早于起始日期",
                    "to cannot be before from")));
        }
        UUID enterprise = enterpriseId == null || enterpriseId.isBlank() ? null : Ids.parse(enterpriseId, "enterpriseId");
        var query = VisitRepository.query(scope.resolve(park), scope.enterpriseId(), enterprise, from, to, visitor);
        return visits.list(query, pageRequest.toPanachePage()).flatMap(rows -> requests
                .ofVisits(rows.stream().map(Visit::getId).toList())
                .flatMap(raised -> visits.count(query).map(total -> Page.of(rows.stream()
                        .map(v -> VisitView.of(v, raised.getOrDefault(v.getId(), List.of()))).toList(), pageRequest, total))));
    }

    @WithSession
    public Uni<VisitView> get(String id) {
        return visible(parks.scope(), Ids.parse(id, "id")).flatMap(this::withRequests);
    }

    /** Records a visit and the requests raised in it, all or nothing. */
    @WithTransaction
    public Uni<VisitView> record(String park, @NotNull @Valid VisitInput input) {
        ParkScope scope = parks.scope();
        requireOfficer(scope);
        String resolved = scope.resolve(park);
        UUID enterpriseId = Ids.parse(input.enterpriseId(), "enterpriseId");
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return enterprises.findById(enterpriseId).flatMap(e -> {
            if (e == null || !e.getParkId().equals(resolved)) {
                throw new RuleViolationException(List.of(new Violation("enterpriseId", "Exists",
                        "本园区没有该企业", "no such enterprise in this park")));
            }
            Visit visit = Visit.record(UUID.randomUUID(), resolved, enterpriseId, input, actor, now);
            return visits.persistAndFlush(visit);
        }).flatMap(visit -> {
            var raised = input.requests() == null ? List.<cn.yuanqu.enterprises.visit.RaisedRequestInput> of() : input.requests();
            return Multi.createFrom().iterable(raised)
                    .onItem().transformToUniAndConcatenate(r -> requests.submitWithin(resolved, enterpriseId, visit.getId(),
                            new RequestInput(enterpriseId.toString(), r.category(), RequestChannel.VISIT, r.title(),
                                    r.description(), input.visitedOn()),
                            RequestChannel.VISIT, input.visitedOn(), actor))
                    .collect().asList()
                    .map(list -> VisitView.of(visit, list));
        }).call(view -> audit.record(resolved, ENTITY, view.id(), "record", actor, null, view, null));
    }

    @WithTransaction
    public Uni<VisitView> correct(String id, long expectedVersion, @NotNull @Valid VisitUpdate update) {
        ParkScope scope = parks.scope();
        requireOfficer(scope);
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return visible(scope, Ids.parse(id, "id")).flatMap(v -> {
            if (v.getVersion() != expectedVersion) {
                throw new StaleVersionException(ENTITY, v.getId(), expectedVersion, v.getVersion());
            }
            return withRequests(v).flatMap(before -> {
                v.correct(update.visitedOn(), update.visitors(), update.kind(), update.notes(), actor, now);
                return visits.flush().map(x -> VisitView.of(v, before.requests()))
                        .call(after -> audit.record(v.getParkId(), ENTITY, after.id(), "correct", actor, before, after, null));
            });
        });
    }

    private Uni<VisitView> withRequests(Visit v) {
        return requests.ofVisits(List.of(v.getId()))
                .map(raised -> VisitView.of(v, raised.getOrDefault(v.getId(), List.<RequestView> of())));
    }

    private Uni<Visit> visible(ParkScope scope, UUID id) {
        return visits.findById(id).map(v -> {
            if (v == null || !scope.allows(v.getParkId())) {
                throw new NotFoundException("走访记录", "visit", id);
            }
            scope.requireEnterprise(v.getEnterpriseId());
            return v;
        });
    }

    private static void requireOfficer(ParkScope scope) {
        if (scope.isEnterpriseUser()) {
            throw new ForbiddenException("走访记录由干部登记", "visits are recorded by cadres");
        }
    }
}
