package cn.yuanqu.enterprises.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.enterprises.registry.EnterpriseRepository;
import cn.yuanqu.enterprises.lookup.ByEnterprises;
import cn.yuanqu.platform.audit.AuditTrail;
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
 * Enterprises' requests (诉求): submitted by the enterprise itself, by an officer or forwarded by a
 * department; accepted with an assignee and a deadline, handled, closed with a resolution and rated
 * by the enterprise — or returned. Every step is dated and kept (留痕); overdue is computed, never set.
 */
@ApplicationScoped
public class RequestService {

    static final String ENTITY = "service-request";
    static final Map<String, String> SORTABLE = Map.of("submittedOn", "submittedOn", "deadline", "deadline",
            "status", "status", "category", "category", "updatedAt", "updatedAt");

    private final RequestRepository requests;
    private final RequestEventRepository events;
    private final EnterpriseRepository enterprises;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final SecurityIdentity identity;
    private final Clock clock;

    public RequestService(RequestRepository requests, RequestEventRepository events, EnterpriseRepository enterprises,
            AuditTrail audit, ParkContext parks, SecurityIdentity identity, Clock clock) {
        this.requests = requests;
        this.events = events;
        this.enterprises = enterprises;
        this.audit = audit;
        this.parks = parks;
        this.identity = identity;
        this.clock = clock;
    }

    @WithSession
    public Uni<Page<RequestView>> list(String park, RequestFilter filter, PageRequest pageRequest) {
        ParkScope scope = parks.scope();
        RequestFilter f = filter == null ? RequestFilter.NONE : filter;
        UUID enterprise = f.enterpriseId() == null || f.enterpriseId().isBlank() ? null
                : Ids.parse(f.enterpriseId(), "enterpriseId");
        LocalDate today = LocalDate.now(clock);
        var query = RequestRepository.query(scope.resolve(park), f, scope.enterpriseId(), enterprise, today);
        return requests.list(query, pageRequest.toSort(SORTABLE, "id"), pageRequest.toPanachePage())
                .flatMap(rows -> requests.count(query).map(total -> Page.of(
                        rows.stream().map(r -> RequestView.of(r, today)).toList(), pageRequest, total)));
    }

    @WithSession
    public Uni<RequestView> get(String id) {
        return visible(parks.scope(), Ids.parse(id, "id")).map(r -> RequestView.of(r, LocalDate.now(clock)));
    }

    @WithSession
    public Uni<List<RequestEventView>> history(String id) {
        return visible(parks.scope(), Ids.parse(id, "id"))
                .flatMap(r -> events.history(r.getId()))
                .map(list -> list.stream().map(RequestEventView::of).toList());
    }

    /**
     * The requests of each enterprise asked for, in the order asked (newest first), in one query; an
     * enterprise the caller may not see, or a malformed id, gets an empty list.
     */
    @WithSession
    public Uni<List<List<RequestView>>> ofEnterprises(List<String> enterpriseIds) {
        ParkScope scope = parks.scope();
        ByEnterprises.Ids ids = ByEnterprises.Ids.of(enterpriseIds);
        LocalDate today = LocalDate.now(clock);
        return requests.ofEnterprises(ids.distinct()).map(found -> ByEnterprises.lists(ids, scope, found,
                r -> new ByEnterprises.Owner(r.getParkId(), r.getEnterpriseId()), r -> RequestView.of(r, today)));
    }

    /** The requests raised in each of the given visits (inside the caller's session). */
    public Uni<Map<UUID, List<RequestView>>> ofVisits(java.util.Collection<UUID> visitIds) {
        LocalDate today = LocalDate.now(clock);
        return requests.ofVisits(visitIds).map(found -> {
            Map<UUID, List<RequestView>> byVisit = new HashMap<>();
            found.forEach(r -> byVisit.computeIfAbsent(r.getVisitId(), k -> new ArrayList<>()).add(RequestView.of(r, today)));
            return byVisit;
        });
    }


    @WithTransaction
    public Uni<RequestView> submit(String park, @NotNull @Valid RequestInput input) {
        ParkScope scope = parks.scope();
        String resolved = scope.resolve(park);
        UUID enterpriseId = enterpriseOf(scope, input.enterpriseId());
        RequestChannel channel = input.channel() != null ? input.channel()
                : scope.isEnterpriseUser() ? RequestChannel.ONLINE
                        : identity.hasRole("department") ? RequestChannel.DEPARTMENT : RequestChannel.OTHER;
        if (channel == RequestChannel.VISIT) {
            throw new RuleViolationException(List.of(new Violation("channel", "ViaVisit",
                    "走访收集的诉求请随走访记录登记", "requests raised in a visit are recorded with the visit")));
        }
        LocalDate on = input.submittedOn() == null ? LocalDate.now(clock) : input.submittedOn();
        return enterprises.findById(enterpriseId).flatMap(e -> {
            if (e == null || !e.getParkId().equals(resolved)) {
                throw new RuleViolationException(List.of(new Violation("enterpriseId", "Exists",
                        "本园区没有该企业", "no such enterprise in this park")));
            }
            return submitWithin(resolved, enterpriseId, null, input, channel, on, scope.actor());
        });
    }

    /** Records a request inside the caller's transaction (a visit's requests); the enterprise is checked. */
    public Uni<RequestView> submitWithin(String park, UUID enterpriseId, UUID visitId, RequestInput input,
            RequestChannel channel, LocalDate on, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ServiceRequest r = ServiceRequest.submit(UUID.randomUUID(), park, enterpriseId, visitId, input, channel, on,
                actor, now);
        return requests.persistAndFlush(r)
                .call(saved -> events.persist(RequestEvent.of(saved, null, on, channel.label(), actor, now)))
                .map(saved -> RequestView.of(saved, LocalDate.now(clock)))
                .call(view -> audit.record(park, ENTITY, view.id(), "submit", actor, null, view, null));
    }

    /** An officer's step: accept, start, close or return. */
    @WithTransaction
    public Uni<RequestView> move(String id, long expectedVersion, @NotNull @Valid RequestTransitionInput step) {
        ParkScope scope = parks.scope();
        if (scope.isEnterpriseUser() || !identity.hasRole("enterprise-officer") && !identity.hasRole("admin")) {
            throw new ForbiddenException("诉求由企业服务干部办理", "requests are handled by enterprise-service officers");
        }
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return visible(scope, Ids.parse(id, "id")).flatMap(r -> {
            checkVersion(r, expectedVersion);
            RequestStatus from = r.getStatus();
            if (step.to() == RequestStatus.RATED) {
                throw new IllegalTransitionException("request", from.name(), step.to().name(),
                        "评价由企业通过满意度评价提交", "a rating is given through the rating, not a transition");
            }
            if (!from.canMoveTo(step.to())) {
                throw new IllegalTransitionException("request", from.name(), step.to().name(),
                        "不允许从「" + from.label() + "」变更为「" + step.to().label() + "」",
                        "request status " + from + " cannot move to " + step.to() + "; allowed: " + from.next());
            }
            List<Violation> bad = new ArrayList<>();
            if (step.effectiveDate().isBefore(r.getStatusSince())) {
                bad.add(new Violation("effectiveDate", "NotBefore", "日期不能早于当前状态起始日期（" + r.getStatusSince() + "）",
                        "cannot be before the current status began (" + r.getStatusSince() + ")"));
            }
            switch (step.to()) {
                case ACCEPTED -> {
                    if (blank(step.assignee())) {
                        bad.add(new Violation("assignee", "RequiredToAccept", "受理须指定承办人", "accepting needs an assignee"));
                    }
                    if (step.deadline() == null) {
                        bad.add(new Violation("deadline", "RequiredToAccept", "受理须确定办理时限", "accepting needs a deadline"));
                    } else if (step.deadline().isBefore(step.effectiveDate())) {
                        bad.add(new Violation("deadline", "NotBeforeAccepted", "办理时限不能早于受理日期",
                                "the deadline cannot be before the day it is accepted"));
                    }
                }
                case CLOSED -> {
                    if (blank(step.resolution())) {
                        bad.add(new Violation("resolution", "RequiredToClose", "办结须填写办理结果", "closing needs the resolution"));
                    }
                }
                case RETURNED -> {
                    if (blank(step.reason())) {
                        bad.add(new Violation("reason", "RequiredToReturn", "退回须说明原因", "returning needs a reason"));
                    }
                }
                default -> {
                }
            }
            if (!bad.isEmpty()) {
                throw new RuleViolationException(bad);
            }
            RequestView before = RequestView.of(r, LocalDate.now(clock));
            LocalDate on = step.effectiveDate();
            String text = switch (step.to()) {
                case ACCEPTED -> {
                    r.accept(on, step.assignee().strip(), step.deadline(), step.category(), actor, now);
                    yield "承办人：" + r.getAssignee() + "，时限：" + r.getDeadline();
                }
                case IN_PROGRESS -> {
                    r.start(on, actor, now);
                    yield step.reason();
                }
                case CLOSED -> {
                    r.close(on, step.resolution().strip(), actor, now);
                    yield r.getResolution();
                }
                case RETURNED -> {
                    r.giveBack(on, actor, now);
                    yield step.reason().strip();
                }
                default -> throw new IllegalStateException(step.to().name());
            };
            return requests.flush()
                    .chain(() -> events.persist(RequestEvent.of(r, from, on, text, actor, now)))
                    .map(v -> RequestView.of(r, LocalDate.now(clock)))
                    .call(after -> audit.record(r.getParkId(), ENTITY, after.id(), "move", actor, before, after, text));
        });
    }

    /** The enterprise rates its own closed request (an officer may record a rating given by phone). */
    @WithTransaction
    public Uni<RequestView> rate(String id, long expectedVersion, @NotNull @Valid RatingInput rating) {
        ParkScope scope = parks.scope();
        if (!scope.isEnterpriseUser() && !identity.hasRole("enterprise-officer") && !identity.hasRole("admin")) {
            throw new ForbiddenException("评价由企业本身或代为记录的干部提交", "a rating comes from the enterprise or an officer recording it");
        }
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate on = rating.ratedOn() == null ? LocalDate.now(clock) : rating.ratedOn();
        return visible(scope, Ids.parse(id, "id")).flatMap(r -> {
            checkVersion(r, expectedVersion);
            if (!r.getStatus().canMoveTo(RequestStatus.RATED)) {
                throw new IllegalTransitionException("request", r.getStatus().name(), RequestStatus.RATED.name(),
                        "只有已办结的诉求可以评价", "only a closed request can be rated");
            }
            if (on.isBefore(r.getClosedOn())) {
                throw new RuleViolationException(List.of(new Violation("ratedOn", "NotBeforeClosed",
                        "评价日期不能早于办结日期（" + r.getClosedOn() + "）", "cannot be before the request was closed")));
            }
            RequestView before = RequestView.of(r, LocalDate.now(clock));
            RequestStatus from = r.getStatus();
            r.rate(on, rating.satisfaction(), rating.comment(), actor, now);
            String text = "满意度 " + rating.satisfaction() + (rating.comment() == null ? "" : "：" + rating.comment());
            return requests.flush()
                    .chain(() -> events.persist(RequestEvent.of(r, from, on, text, actor, now)))
                    .map(v -> RequestView.of(r, LocalDate.now(clock)))
                    .call(after -> audit.record(r.getParkId(), ENTITY, after.id(), "rate", actor, before, after, null));
        });
    }

    private static UUID enterpriseOf(ParkScope scope, String raw) {
        if (scope.isEnterpriseUser()) {
            UUID own = scope.enterpriseId().get();
            if (raw != null && !raw.isBlank()) {
                scope.requireEnterprise(Ids.parse(raw, "enterpriseId"));
            }
            return own;
        }
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(List.of(new Violation("enterpriseId", "NotBlank", "请指定企业",
                    "enterpriseId is required")));
        }
        return Ids.parse(raw, "enterpriseId");
    }

    private Uni<ServiceRequest> visible(ParkScope scope, UUID id) {
        return requests.findById(id).map(r -> {
            if (r == null || !scope.allows(r.getParkId())) {
                throw new NotFoundException("诉求", "request", id);
            }
            scope.requireEnterprise(r.getEnterpriseId());
            return r;
        });
    }

    private static void checkVersion(ServiceRequest r, long expected) {
        if (r.getVersion() != expected) {
            throw new StaleVersionException(ENTITY, r.getId(), expected, r.getVersion());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
