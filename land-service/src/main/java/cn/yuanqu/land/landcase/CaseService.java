package cn.yuanqu.land.landcase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.clients.enterprises.CallerToken;
import cn.yuanqu.clients.enterprises.EnterpriseDirectory;
import cn.yuanqu.clients.enterprises.KnownEnterprise;
import cn.yuanqu.land.idle.Assessment;
import cn.yuanqu.land.idle.Cause;
import cn.yuanqu.land.idle.DisposalMethod;
import cn.yuanqu.land.idle.IdleLandRules;
import cn.yuanqu.land.idle.ParcelFacts;
import cn.yuanqu.land.parcel.Parcel;
import cn.yuanqu.land.parcel.ParcelRepository;
import cn.yuanqu.land.parcel.ParcelService;
import cn.yuanqu.land.parcel.ParcelStatus;
import cn.yuanqu.land.parcel.ParcelStepInput;
import cn.yuanqu.land.parcel.ParcelView;
import cn.yuanqu.platform.audit.AuditTrail;
import cn.yuanqu.platform.error.ConflictException;
import cn.yuanqu.platform.error.DatabaseErrors;
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

/**
 * Idle and inefficient land cases (闲置/低效用地处置): opened on a parcel with the 调查通知书, taken through
 * 认定 (an idle case records whose cause) → 告知 → 处置决定 → 执行 → 已处置, or 撤销, each step dated with
 * its numbered document. The 53号令 engine's suggestion is kept beside the officers' decision: an idle
 * case's decision must be one of the lawful options on its date, and the idle fee is computed, never
 * typed. Determining a case marks the parcel 闲置 or 低效; disposing of it by recovery marks it 已收回.
 * Land officers write; an enterprise user sees no cases.
 */
@ApplicationScoped
public class CaseService {

    static final String ENTITY = "land-case";

    private final CaseRepository cases;
    private final ParcelRepository parcelRepository;
    private final ParcelService parcels;
    private final EnterpriseDirectory enterprises;
    private final ObjectMapper json;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final SecurityIdentity identity;
    private final Clock clock;

    public CaseService(CaseRepository cases, ParcelRepository parcelRepository, ParcelService parcels,
            EnterpriseDirectory enterprises, ObjectMapper json, AuditTrail audit, ParkContext parks, SecurityIdentity identity,
            Clock clock) {
        this.cases = cases;
        this.parcelRepository = parcelRepository;
        this.parcels = parcels;
        this.enterprises = enterprises;
        this.json = json;
        this.audit = audit;
        this.parks = parks;
        this.identity = identity;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------

    @WithSession
    public Uni<Page<CaseView>> list(String park, CaseStatus status, CaseKind kind, String parcelId, PageRequest page) {
        ParkScope scope = readable();
        UUID parcel = parcelId == null || parcelId.isBlank() ? null : Ids.parse(parcelId, "parcelId");
        var q = CaseRepository.query(scope.resolve(park), status, kind, parcel);
        return cases.list(q, page.toPanachePage()).flatMap(this::views)
                .flatMap(views -> cases.count(q).map(total -> Page.of(views, page, total)));
    }

    @WithSession
    public Uni<CaseView> get(String id) {
        return visible(readable(), Ids.parse(id, "id")).flatMap(c -> views(List.of(c))).map(l -> l.get(0));
    }

    @WithSession
    public Uni<List<CaseEventView>> history(String id) {
        return visible(readable(), Ids.parse(id, "id")).flatMap(c -> cases.history(c.getId()))
                .map(l -> l.stream().map(CaseEventView::of).toList());
    }

    /** Parcels idle under 53号令 on {@code asOf} (today by default) without an open case: investigate them now. */
    @WithSession
    public Uni<List<Candidate>> toInvestigate(String park, LocalDate asOf) {
        ParkScope scope = readable();
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        return parcelRepository.underContract(scope.resolve(park)).flatMap(list -> {
            List<Parcel> idle = new ArrayList<>();
            Map<UUID, Assessment> assessed = new HashMap<>();
            for (Parcel p : list) {
                Assessment a = IdleLandRules.assess(p.facts(), day);
                if (a.idle()) {
                    idle.add(p);
                    assessed.put(p.getId(), a);
                }
            }
            return cases.parcelsWithOpenCases(idle.stream().map(Parcel::getId).toList()).map(open -> {
                Set<UUID> busy = new HashSet<>(open);
                return idle.stream().filter(p -> !busy.contains(p.getId()))
                        .map(p -> new Candidate(ParcelView.of(p), assessed.get(p.getId()))).toList();
            });
        });
    }

    // ---- the procedure --------------------------------------------------------------------------

    /** Opens a case on a parcel of the park with the 调查通知书; the engine's reading on that day is kept. */
    public Uni<CaseView> open(String park, @NotNull @Valid OpenCaseInput input) {
        ParkScope scope = parks.scope();
        requireOfficer(scope);
        String resolved = scope.resolve(park);
        String actor = scope.actor();
        UUID parcelId = Ids.parse(input.parcelId(), "parcelId");
        String documentNo = input.documentNo().strip();
        return Panache.withTransaction(() -> parcels.visible(scope, parcelId).flatMap(p -> {
            if (!p.getParkId().equals(resolved)) {
                throw new NotFoundException("宗地", "parcel", parcelId);
            }
            return cases.openOn(parcelId).flatMap(busy -> {
                if (busy) {
                    throw new ConflictException("case-open", "该宗地已有在办案件", "the parcel already has an open case",
                            List.of(new Violation("parcelId", "OneOpenCase", "一宗地同时只能有一个在办案件", "one open case per parcel")));
                }
                return cases.documentTaken(resolved, documentNo);
            }).flatMap(taken -> {
                if (taken) {
                    throw duplicateDocument();
                }
                OffsetDateTime now = OffsetDateTime.now(clock);
                LandCase c = LandCase.open(resolved, parcelId, input.kind(), input.openedOn(),
                        write(IdleLandRules.assess(p.facts(), input.openedOn())), actor, now);
                String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
                return cases.persistAndFlush(c)
                        .call(saved -> cases.save(CaseEvent.of(saved, null, input.openedOn(), documentNo, note, actor, now)))
                        .flatMap(saved -> views(List.of(saved))).map(l -> l.get(0))
                        .call(v -> audit.record(resolved, ENTITY, v.id(), "open", actor, null, v, note));
            });
        })).onFailure(DatabaseErrors::isUniqueViolation).transform(f -> duplicateDocument());
    }

    /** A step of the procedure; see {@link CaseStepInput} for what each step needs. */
    public Uni<CaseView> move(String id, long expectedVersion, @NotNull @Valid CaseStepInput step) {
        ParkScope scope = parks.scope();
        requireOfficer(scope);
        String actor = scope.actor();
        UUID uuid = Ids.parse(id, "id");
        Uni<KnownEnterprise> takeover = Uni.createFrom().nullItem();
        if (step.to() == CaseStatus.DISPOSED && step.takeoverId() != null && !step.takeoverId().isBlank()) {
            UUID t = Ids.parse(step.takeoverId(), "takeoverId");
            takeover = Panache.withSession(() -> visible(scope, uuid)).flatMap(c -> enterprises.require(
                    CallerToken.bearer(identity), t, c.getParkId(), "takeoverId"));
        }
        return takeover.flatMap(taker -> Panache.withTransaction(() -> visible(scope, uuid)
                .flatMap(c -> parcelRepository.findById(c.getParcelId()).flatMap(p -> step(c, p, expectedVersion, step, taker, actor)))))
                .onFailure(DatabaseErrors::isUniqueViolation).transform(f -> duplicateDocument());
    }

    private Uni<CaseView> step(LandCase c, Parcel p, long expectedVersion, CaseStepInput step, KnownEnterprise taker,
            String actor) {
        if (c.getVersion() != expectedVersion) {
            throw new StaleVersionException(ENTITY, c.getId(), expectedVersion, c.getVersion());
        }
        CaseStatus from = c.getStatus();
        CaseStatus to = step.to();
        if (!from.canMoveTo(to)) {
            throw new IllegalTransitionException("land-case", from.name(), to.name(),
                    "案件不能从「" + from.label() + "」变为「" + to.label() + "」",
                    "a case at " + from + " cannot move to " + to + "; allowed: " + from.next());
        }
        LocalDate on = step.effectiveDate();
        List<Violation> bad = new ArrayList<>();
        if (on.isBefore(c.getStatusSince())) {
            bad.add(new Violation("effectiveDate", "NotBefore", "日期不能早于当前状态起始日期（" + c.getStatusSince() + "）",
                    "cannot be before the current status began"));
        }
        String documentNo = step.documentNo() == null || step.documentNo().isBlank() ? null : step.documentNo().strip();
        if (to.document() != null && documentNo == null) {
            bad.add(new Violation("documentNo", "DocumentRequired", "须填写" + to.document().label() + "编号",
                    "the number of the " + to.document().name().toLowerCase().replace('_', ' ') + " is required"));
        }
        String text = step.text() == null || step.text().isBlank() ? null : step.text().strip();
        Assessment assessment = null;
        switch (to) {
            case DETERMINED -> {
                if (c.getKind() == CaseKind.IDLE && step.cause() == null) {
                    bad.add(new Violation("cause", "CauseRequired", "闲置土地认定须明确企业原因或政府原因", "an idle case records whose cause"));
                }
                if (step.cause() == Cause.GOVERNMENT && step.governmentCause() == null) {
                    bad.add(new Violation("governmentCause", "ReasonRequired", "政府原因须说明类别", "name the government-caused reason"));
                }
            }
            case DECIDED -> {
                if (step.method() == null) {
                    bad.add(new Violation("method", "MethodRequired", "处置决定须明确处置方式", "a decision names its method"));
                } else if (c.getKind() == CaseKind.IDLE) {
                    assessment = IdleLandRules.assess(facts(c, p), on);
                    if (!IdleLandRules.lawful(assessment, step.method())) {
                        bad.add(new Violation("method", "NotLawful", "按53号令，" + on + "可选的处置方式为："
                                + assessment.options().stream().map(DisposalMethod::label).toList(),
                                "under Order No. 53 the lawful options on " + on + " are " + assessment.options()));
                    }
                } else if (step.method() == DisposalMethod.IDLE_FEE || step.method() == DisposalMethod.FREE_RECOVERY) {
                    bad.add(new Violation("method", "IdleLandOnly", "征缴闲置费、无偿收回仅适用于闲置土地",
                            "the idle fee and recovery without compensation apply to idle land only"));
                }
            }
            case DISPOSED -> {
                if (step.areaDisposedMu() == null) {
                    bad.add(new Violation("areaDisposedMu", "AreaRequired", "须填写处置面积", "the area disposed is required"));
                } else if (step.areaDisposedMu().compareTo(p.getAreaMu()) > 0) {
                    bad.add(new Violation("areaDisposedMu", "NotAboveParcel", "处置面积不能大于宗地面积（" + p.getAreaMu() + "亩）",
                            "cannot exceed the parcel's area"));
                }
            }
            case WITHDRAWN -> {
                if (text == null) {
                    bad.add(new Violation("text", "ReasonRequired", "撤销须说明原因", "withdrawing needs the reason"));
                }
            }
            default -> {
                // 告知, 执行: the date (and the document for 告知)
            }
        }
        if (!bad.isEmpty()) {
            throw new RuleViolationException(bad);
        }
        Uni<Boolean> taken = documentNo == null ? Uni.createFrom().item(false) : cases.documentTaken(c.getParkId(), documentNo);
        Assessment decided = assessment;
        return taken.flatMap(t -> {
            if (t) {
                throw duplicateDocument();
            }
            return views(List.of(c));
        }).flatMap(beforeList -> {
            CaseView before = beforeList.get(0);
            OffsetDateTime now = OffsetDateTime.now(clock);
            Uni<?> parcelStep = Uni.createFrom().voidItem();
            switch (to) {
                case DETERMINED -> {
                    c.determined(step.cause(), step.governmentCause());
                    c.suggested(write(IdleLandRules.assess(facts(c, p), on)), on);
                    ParcelStatus mark = c.getKind() == CaseKind.IDLE ? ParcelStatus.IDLE : ParcelStatus.INEFFICIENT;
                    if (p.getStatus() != mark && p.getStatus().canMoveTo(mark) && !on.isBefore(p.getStatusSince())) {
                        parcelStep = parcels.moveTo(p, p.getVersion(), new ParcelStepInput(mark, on,
                                c.getKind().label() + "认定（" + documentNo + "）"), actor);
                    }
                }
                case DECIDED -> {
                    if (decided != null) {
                        c.suggested(write(decided), on);
                    }
                    c.decided(step.method(), text, step.method() == DisposalMethod.IDLE_FEE && decided != null ? decided.idleFee() : null);
                }
                case DISPOSED -> {
                    c.disposed(on, step.areaDisposedMu(), taker == null ? null : UUID.fromString(taker.id()),
                            taker == null ? null : taker.name(), step.amountRecovered(), step.amountPaid());
                    if (c.getMethod() != null && c.getMethod().recovers() && p.getStatus().canMoveTo(ParcelStatus.RECOVERED)
                            && !on.isBefore(p.getStatusSince())) {
                        parcelStep = parcels.moveTo(p, p.getVersion(), new ParcelStepInput(ParcelStatus.RECOVERED, on,
                                c.getMethod().label()), actor);
                    }
                }
                default -> {
                    // the status and the event are all
                }
            }
            c.moveTo(to, on, actor, now);
            return parcelStep.chain(() -> cases.flush())
                    .chain(() -> cases.save(CaseEvent.of(c, from, on, documentNo, text, actor, now)))
                    .chain(() -> views(List.of(c))).map(l -> l.get(0))
                    .call(after -> audit.record(c.getParkId(), ENTITY, after.id(), "move", actor, before, after, text));
        });
    }

    /** The parcel's facts with the cause the case determined (the case, not the ledger, decides it). */
    private static ParcelFacts facts(LandCase c, Parcel p) {
        ParcelFacts f = p.facts();
        if (c.getCause() == null) {
            return f;
        }
        return new ParcelFacts(f.agreedStartOn(), f.startedOn(), f.developedShare(), f.investedShare(), f.suspendedSince(),
                c.getCause() == Cause.GOVERNMENT ? c.getGovernmentCause() : null, f.landPrice());
    }

    // ---- views and access -------------------------------------------------------------------------

    /** Views of cases with their parcels: one query for the parcels whatever the count. */
    private Uni<List<CaseView>> views(List<LandCase> rows) {
        List<UUID> ids = rows.stream().map(LandCase::getParcelId).distinct().toList();
        Uni<List<Parcel>> found = ids.isEmpty() ? Uni.createFrom().item(List.of()) : parcelRepository.list("id in ?1", ids);
        return found.map(ps -> {
            Map<UUID, Parcel> by = new HashMap<>();
            ps.forEach(x -> by.put(x.getId(), x));
            return rows.stream().map(c -> view(c, by.get(c.getParcelId()))).toList();
        });
    }

    private CaseView view(LandCase c, Parcel p) {
        return new CaseView(c.getId().toString(), c.getParkId(), p.getId().toString(), p.getCode(), p.getName(),
                p.getHolderId() == null ? null : p.getHolderId().toString(), p.getHolderName(), p.getAreaMu(), c.getKind(),
                c.getKind().label(), c.getStatus(), c.getStatus().label(), c.getStatusSince(), c.getOpenedOn(), c.getCause(),
                c.getGovernmentCause(), read(c.getSuggestion()), c.getMethod(), c.getMethod() == null ? null : c.getMethod().label(),
                c.getDecision(), c.getIdleFee(), c.getAreaDisposedMu(),
                c.getTakeoverId() == null ? null : c.getTakeoverId().toString(), c.getTakeoverName(), c.getAmountRecovered(),
                c.getAmountPaid(), c.getDisposedOn(), c.getVersion(), c.getUpdatedAt());
    }

    private String write(Assessment a) {
        try {
            return json.writeValueAsString(a);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("assessment not serialisable", e);
        }
    }

    private Assessment read(String s) {
        try {
            return s == null ? null : json.readValue(s, Assessment.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored assessment unreadable", e);
        }
    }

    private Uni<LandCase> visible(ParkScope scope, UUID id) {
        return cases.findById(id).map(c -> {
            if (c == null || !scope.allows(c.getParkId())) {
                throw new NotFoundException("处置案件", "land case", id);
            }
            return c;
        });
    }

    private ParkScope readable() {
        ParkScope scope = parks.scope();
        if (scope.isEnterpriseUser()) {
            throw new ForbiddenException("企业用户不能查看处置案件", "an enterprise user cannot see land cases");
        }
        return scope;
    }

    private void requireOfficer(ParkScope scope) {
        if (scope.isEnterpriseUser() || !(identity.hasRole("land-officer") || identity.hasRole("admin"))) {
            throw new ForbiddenException("处置案件由土地规划干部办理", "land cases are handled by land officers");
        }
    }

    private static ConflictException duplicateDocument() {
        return new ConflictException("duplicate-document", "文书编号已使用", "the document number is already used",
                List.of(new Violation("documentNo", "Unique", "本园区已有该编号的文书", "the park already issued that number")));
    }
}
