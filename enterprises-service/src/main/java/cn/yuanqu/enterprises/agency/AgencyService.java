package cn.yuanqu.enterprises.agency;

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
import cn.yuanqu.platform.audit.AuditTrail;
import cn.yuanqu.platform.error.ForbiddenException;
import cn.yuanqu.platform.error.IllegalTransitionException;
import cn.yuanqu.platform.error.NotFoundException;
import cn.yuanqu.platform.error.RuleViolationException;
import cn.yuanqu.platform.error.StaleVersionException;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.paging.Page;
import cn.yuanqu.platform.paging.PageRequest;
import cn.yuanqu.platform.rest.Ids;
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;

/** 帮代办 (园区事园区办): matters officers handle for enterprises, received and closed with dates. */
@ApplicationScoped
public class AgencyService {

    static final String ENTITY = "agency-matter";
    static final Map<String, String> SORTABLE = Map.of("receivedOn", "receivedOn", "promisedOn", "promisedOn",
            "status", "status", "kind", "kind", "handler", "handler");

    private final AgencyRepository matters;
    private final EnterpriseRepository enterprises;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final Clock clock;

    public AgencyService(AgencyRepository matters, EnterpriseRepository enterprises, AuditTrail audit, ParkContext parks,
            Clock clock) {
        this.matters = matters;
        this.enterprises = enterprises;
        this.audit = audit;
        this.parks = parks;
        this.clock = clock;
    }

    @WithSession
    public Uni<Page<AgencyView>> list(String park, String enterpriseId, AgencyKind kind, AgencyStatus status,
            String handler, LocalDate from, LocalDate to, PageRequest pageRequest) {
        ParkScope scope = parks.scope();
        UUID enterprise = enterpriseId == null || enterpriseId.isBlank() ? null : Ids.parse(enterpriseId, "enterpriseId");
        var query = AgencyRepository.query(scope.resolve(park), scope.enterpriseId(), enterprise, kind, status, handler,
                from, to);
        return matters.list(query, pageRequest.toSort(SORTABLE, "id"), pageRequest.toPanachePage())
                .flatMap(rows -> matters.count(query).map(total -> Page.of(rows.stream().map(AgencyView::of).toList(),
                        pageRequest, total)));
    }

    @WithSession
    public Uni<AgencyView> get(String id) {
        return visible(parks.scope(), Ids.parse(id, "id")).map(AgencyView::of);
    }

    @WithTransaction
    public Uni<AgencyView> receive(String park, @NotNull @Valid AgencyInput input) {
        ParkScope scope = parks.scope();
        requireOfficer(scope);
        String resolved = scope.resolve(park);
        LocalDate on = input.receivedOn() == null ? LocalDate.now(clock) : input.receivedOn();
        if (input.promisedOn() != null && input.promisedOn().isBefore(on)) {
            throw new RuleViolationException(List.of(new Violation("promisedOn", "NotBeforeReceived",
                    "承诺办结日期不能早于受理日期", "the promised date cannot be before the day received")));
        }
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Uni<Enterprise> enterprise;
        if (input.enterpriseId() == null || input.enterpriseId().isBlank()) {
            if (input.applicant() == null || input.applicant().isBlank()) {
                throw new RuleViolationException(List.of(new Violation("applicant", "RequiredWithoutEnterprise",
                        "未指定企业时须填写申请人", "an applicant is required without an enterprise id")));
            }
            enterprise = Uni.createFrom().nullItem();
        } else {
            UUID id = Ids.parse(input.enterpriseId(), "enterpriseId");
            enterprise = enterprises.findById(id).map(e -> {
                if (e == null || !e.getParkId().equals(resolved)) {
                    throw new RuleViolationException(List.of(new Violation("enterpriseId", "Exists",
                            "本园区没有该企业", "no such enterprise in this park")));
                }
                return e;
            });
        }
        return enterprise.flatMap(e -> {
            String applicant = input.applicant() != null && !input.applicant().isBlank() ? input.applicant().strip()
                    : e.getName();
            AgencyMatter m = AgencyMatter.receive(UUID.randomUUID(), resolved, e == null ? null : e.getId(), applicant,
                    input, on, actor, now);
            return matters.persistAndFlush(m).map(AgencyView::of)
                    .call(v -> audit.record(resolved, ENTITY, v.id(), "receive", actor, null, v, null));
        });
    }

    /** 办结 or 终止: a received matter ends once, dated, with its result. */
    @WithTransaction
    public Uni<AgencyView> finish(String id, long expectedVersion, @NotNull @Valid AgencyCloseInput step) {
        ParkScope scope = parks.scope();
        requireOfficer(scope);
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return visible(scope, Ids.parse(id, "id")).flatMap(m -> {
            if (m.getVersion() != expectedVersion) {
                throw new StaleVersionException(ENTITY, m.getId(), expectedVersion, m.getVersion());
            }
            if (m.getStatus() != AgencyStatus.RECEIVED || step.to() == AgencyStatus.RECEIVED) {
                throw new IllegalTransitionException("agency-matter", m.getStatus().name(), step.to().name(),
                        "不允许从「" + m.getStatus().label() + "」变更为「" + step.to().label() + "」",
                        "a matter being handled is closed or terminated once; " + m.getStatus() + " → " + step.to());
            }
            if (step.on().isBefore(m.getReceivedOn())) {
                throw new RuleViolationException(List.of(new Violation("on", "NotBeforeReceived",
                        "办结日期不能早于受理日期（" + m.getReceivedOn() + "）", "cannot be before the day received")));
            }
            AgencyView before = AgencyView.of(m);
            m.finish(step.to(), step.on(), step.result().strip(), actor, now);
            return matters.flush().map(v -> AgencyView.of(m))
                    .call(after -> audit.record(m.getParkId(), ENTITY, after.id(), step.to().name().toLowerCase(), actor,
                            before, after, step.result()));
        });
    }

    private Uni<AgencyMatter> visible(ParkScope scope, UUID id) {
        return matters.findById(id).map(m -> {
            if (m == null || !scope.allows(m.getParkId())) {
                throw new NotFoundException("帮代办事项", "agency matter", id);
            }
            if (scope.isEnterpriseUser() && (m.getEnterpriseId() == null || !scope.enterpriseId().get().equals(m.getEnterpriseId()))) {
                throw new NotFoundException("帮代办事项", "agency matter", id);
            }
            return m;
        });
    }

    private static void requireOfficer(ParkScope scope) {
        if (scope.isEnterpriseUser()) {
            throw new ForbiddenException("帮代办事项由干部登记", "matters are recorded by officers");
        }
    }
}
