package cn.yuanqu.enterprises.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.enterprises.registry.Enterprise;
import cn.yuanqu.enterprises.registry.EnterpriseRepository;
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
 * Financing support: loans under park schemes (财园信贷通, 财园通 …) with their end — repaid, or turned
 * non-performing and recovered (追偿) — and policy payouts (惠企政策兑现). Banks and departments push
 * loans and payouts by natural key (bank + contract number, payout reference): a repeated push changes
 * nothing; different figures under the same key are refused, a correction goes through PUT.
 */
@ApplicationScoped
public class FinanceService {

    static final String LOAN = "loan";
    static final String PAYOUT = "policy-payout";
    static final Map<String, String> SORTABLE = Map.of("issuedOn", "issuedOn", "dueOn", "dueOn", "amount", "amount",
            "status", "status", "bank", "bank");

    /** The outcome of a push: the record and whether it was new. */
    public record Pushed<T>(T view, boolean created) {
    }

    private final LoanRepository loans;
    private final LoanRecoveryRepository recoveries;
    private final PayoutRepository payouts;
    private final EnterpriseRepository enterprises;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final Clock clock;

    public FinanceService(LoanRepository loans, LoanRecoveryRepository recoveries, PayoutRepository payouts,
            EnterpriseRepository enterprises, AuditTrail audit, ParkContext parks, Clock clock) {
        this.loans = loans;
        this.recoveries = recoveries;
        this.payouts = payouts;
        this.enterprises = enterprises;
        this.audit = audit;
        this.parks = parks;
        this.clock = clock;
    }

    @WithSession
    public Uni<Page<LoanView>> loans(String park, String enterpriseId, LoanScheme scheme, LoanStatus status,
            LocalDate issuedFrom, LocalDate issuedTo, Boolean overdue, PageRequest pageRequest) {
        ParkScope scope = parks.scope();
        UUID enterprise = enterpriseId == null || enterpriseId.isBlank() ? null : Ids.parse(enterpriseId, "enterpriseId");
        LocalDate today = LocalDate.now(clock);
        var query = LoanRepository.query(scope.resolve(park), scope.enterpriseId(), enterprise, scheme, status, issuedFrom,
                issuedTo, Boolean.TRUE.equals(overdue), today);
        return loans.list(query, pageRequest.toSort(SORTABLE, "id"), pageRequest.toPanachePage())
                .flatMap(rows -> recoveries.ofLoans(rows.stream().map(Loan::getId).toList()).flatMap(found -> {
                    Map<UUID, List<LoanRecovery>> byLoan = new HashMap<>();
                    found.forEach(r -> byLoan.computeIfAbsent(r.getLoanId(), k -> new java.util.ArrayList<>()).add(r));
                    return loans.count(query).map(total -> Page.of(rows.stream()
                            .map(l -> LoanView.of(l, byLoan.getOrDefault(l.getId(), List.of()), today)).toList(),
                            pageRequest, total));
                }));
    }

    @WithSession
    public Uni<LoanView> loan(String id) {
        return visibleLoan(parks.scope(), Ids.parse(id, "id")).flatMap(this::view);
    }

    /** Records a loan; the same contract pushed again with the same figures changes nothing. */
    @WithTransaction
    public Uni<Pushed<LoanView>> issue(String park, @NotNull @Valid LoanInput input) {
        ParkScope scope = parks.scope();
        requireRecorder(scope);
        String resolved = scope.resolve(park);
        checkLoan(input);
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return enterpriseOf(resolved, input.enterpriseId(), input.creditCode()).flatMap(e -> loans
                .findByContract(resolved, input.bank().strip(), input.contractNo().strip()).flatMap(existing -> {
                    if (existing != null) {
                        if (!existing.sameAs(e.getId(), input)) {
                            throw duplicateContract();
                        }
                        return view(existing).map(v -> new Pushed<>(v, false));
                    }
                    Loan loan = Loan.issue(UUID.randomUUID(), resolved, e.getId(), input, actor, now);
                    return loans.persistAndFlush(loan)
                            .onFailure(DatabaseErrors::isUniqueViolation).transform(f -> duplicateContract())
                            .map(l -> LoanView.of(l, List.of(), LocalDate.now(clock)))
                            .call(v -> audit.record(resolved, LOAN, v.id(), "issue", actor, null, v, null))
                            .map(v -> new Pushed<>(v, true));
                }));
    }

    /** Corrects an outstanding loan's scheme, amount or dates (bank and contract number are its key). */
    @WithTransaction
    public Uni<LoanView> correct(String id, long expectedVersion, @NotNull @Valid LoanInput input) {
        ParkScope scope = parks.scope();
        requireRecorder(scope);
        checkLoan(input);
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return visibleLoan(scope, Ids.parse(id, "id")).flatMap(l -> {
            checkVersion(l, expectedVersion);
            if (l.getStatus() != LoanStatus.ACTIVE) {
                throw new IllegalTransitionException("loan", l.getStatus().name(), l.getStatus().name(),
                        "只能更正在贷的贷款", "only an outstanding loan can be corrected");
            }
            if (!l.getBank().equals(input.bank().strip()) || !l.getContractNo().equals(input.contractNo().strip())) {
                throw new RuleViolationException(List.of(new Violation("contractNo", "Immutable",
                        "银行和合同号不能更改", "bank and contract number identify the loan and cannot change")));
            }
            return view(l).flatMap(before -> {
                l.correct(input, actor, now);
                return loans.flush().chain(() -> view(l))
                        .call(after -> audit.record(l.getParkId(), LOAN, after.id(), "correct", actor, before, after, null));
            });
        });
    }

    /** 结清, 转不良 or 追偿终结. */
    @WithTransaction
    public Uni<LoanView> move(String id, long expectedVersion, @NotNull @Valid LoanTransitionInput step) {
        ParkScope scope = parks.scope();
        requireRecorder(scope);
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return visibleLoan(scope, Ids.parse(id, "id")).flatMap(l -> {
            checkVersion(l, expectedVersion);
            LoanStatus from = l.getStatus();
            if (!from.canMoveTo(step.to())) {
                throw new IllegalTransitionException("loan", from.name(), step.to().name(),
                        "不允许从「" + from.label() + "」变更为「" + step.to().label() + "」",
                        "loan status " + from + " cannot move to " + step.to() + "; allowed: " + from.next());
            }
            if (step.on().isBefore(l.statusSince())) {
                throw new RuleViolationException(List.of(new Violation("on", "NotBefore",
                        "日期不能早于当前状态起始日期（" + l.statusSince() + "）",
                        "cannot be before the current status began (" + l.statusSince() + ")")));
            }
            return view(l).flatMap(before -> {
                l.moveTo(step.to(), step.on(), actor, now);
                return loans.flush().chain(() -> view(l))
                        .call(after -> audit.record(l.getParkId(), LOAN, after.id(), "move", actor, before, after,
                                step.reason()));
            });
        });
    }

    /** Records an amount recovered on a non-performing loan; the total never exceeds the loan. */
    @WithTransaction
    public Uni<LoanView> recover(String id, @NotNull @Valid RecoveryInput input) {
        ParkScope scope = parks.scope();
        requireRecorder(scope);
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID loanId = Ids.parse(id, "id");
        // the loan row is locked first, so two concurrent recoveries cannot both pass the total check
        return loans.findById(loanId, LockModeType.PESSIMISTIC_WRITE).map(l -> {
            if (l == null || !scope.allows(l.getParkId())) {
                throw new NotFoundException("贷款", "loan", loanId);
            }
            scope.requireEnterprise(l.getEnterpriseId());
            if (l.getStatus() != LoanStatus.NON_PERFORMING) {
                throw new IllegalTransitionException("loan", l.getStatus().name(), l.getStatus().name(),
                        "只有不良贷款可以登记追偿", "recoveries are recorded on non-performing loans only");
            }
            if (input.recoveredOn().isBefore(l.getNonPerformingOn())) {
                throw new RuleViolationException(List.of(new Violation("recoveredOn", "NotBeforeNonPerforming",
                        "回款日期不能早于转不良日期（" + l.getNonPerformingOn() + "）", "cannot be before the loan turned non-performing")));
            }
            return l;
        }).flatMap(l -> recoveries.ofLoans(List.of(l.getId())).flatMap(done -> {
            BigDecimal total = done.stream().map(LoanRecovery::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .add(input.amount());
            if (total.compareTo(l.getAmount()) > 0) {
                throw new RuleViolationException(List.of(new Violation("amount", "NotAboveLoan",
                        "追偿累计金额不能超过贷款金额", "recoveries cannot exceed the loan amount")));
            }
            LoanRecovery r = LoanRecovery.of(l, input, actor, now);
            return recoveries.persist(r)
                    .chain(() -> view(l))
                    .call(v -> audit.record(l.getParkId(), LOAN, v.id(), "recover", actor, null, RecoveryView.of(r),
                            input.note()));
        }));
    }

    @WithSession
    public Uni<Page<PayoutView>> payouts(String park, String enterpriseId, LocalDate from, LocalDate to, String policy,
            PageRequest pageRequest) {
        ParkScope scope = parks.scope();
        UUID enterprise = enterpriseId == null || enterpriseId.isBlank() ? null : Ids.parse(enterpriseId, "enterpriseId");
        var query = PayoutRepository.query(scope.resolve(park), scope.enterpriseId(), enterprise, from, to, policy);
        return payouts.list(query, pageRequest.toPanachePage()).flatMap(rows -> payouts.count(query)
                .map(total -> Page.of(rows.stream().map(PayoutView::of).toList(), pageRequest, total)));
    }

    /** Records a payout; the same reference again with the same figures changes nothing. */
    @WithTransaction
    public Uni<Pushed<PayoutView>> pay(String park, @NotNull @Valid PayoutInput input) {
        ParkScope scope = parks.scope();
        requireRecorder(scope);
        String resolved = scope.resolve(park);
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return enterpriseOf(resolved, input.enterpriseId(), input.creditCode()).flatMap(e -> payouts
                .findByReference(resolved, input.reference().strip()).flatMap(existing -> {
                    if (existing != null) {
                        if (!existing.sameAs(e.getId(), input)) {
                            throw duplicateReference();
                        }
                        return Uni.createFrom().item(new Pushed<>(PayoutView.of(existing), false));
                    }
                    PolicyPayout p = PolicyPayout.pay(UUID.randomUUID(), resolved, e.getId(), input, actor, now);
                    return payouts.persistAndFlush(p)
                            .onFailure(DatabaseErrors::isUniqueViolation).transform(f -> duplicateReference())
                            .map(PayoutView::of)
                            .call(v -> audit.record(resolved, PAYOUT, v.id(), "pay", actor, null, v, null))
                            .map(v -> new Pushed<>(v, true));
                }));
    }

    private Uni<LoanView> view(Loan l) {
        return recoveries.ofLoans(List.of(l.getId())).map(rs -> LoanView.of(l, rs, LocalDate.now(clock)));
    }

    private Uni<Enterprise> enterpriseOf(String park, String enterpriseId, String creditCode) {
        Uni<Enterprise> found;
        String field;
        if (enterpriseId != null && !enterpriseId.isBlank()) {
            field = "enterpriseId";
            found = enterprises.findById(Ids.parse(enterpriseId, "enterpriseId"));
        } else if (creditCode != null && !creditCode.isBlank()) {
            field = "creditCode";
            found = enterprises.findByCreditCodes(park, Set.of(creditCode.strip()))
                    .map(list -> list.isEmpty() ? null : list.get(0));
        } else {
            throw new RuleViolationException(List.of(new Violation("enterpriseId", "EnterpriseOrCreditCode",
                    "请填写企业ID或统一社会信用代码", "give the enterprise id or the credit code")));
        }
        return found.map(e -> {
            if (e == null || !e.getParkId().equals(park)) {
                throw new RuleViolationException(List.of(new Violation(field, "Exists",
                        "本园区没有该企业", "no such enterprise in this park")));
            }
            if (creditCode != null && !creditCode.isBlank() && !e.getCreditCode().equals(creditCode.strip())) {
                throw new RuleViolationException(List.of(new Violation("creditCode", "MatchesEnterprise",
                        "统一社会信用代码与企业ID不符", "the credit code is not the enterprise's")));
            }
            return e;
        });
    }

    private static void checkLoan(LoanInput input) {
        if (!input.dueOn().isAfter(input.issuedOn())) {
            throw new RuleViolationException(List.of(new Violation("dueOn", "AfterIssued", "到期日期须晚于发放日期",
                    "the due date must be after the issue date")));
        }
        if (input.scheme() == LoanScheme.OTHER && (input.schemeName() == null || input.schemeName().isBlank())) {
            throw new RuleViolationException(List.of(new Violation("schemeName", "RequiredForOther",
                    "其他贷款产品须填写名称", "an OTHER scheme needs its name")));
        }
    }

    private Uni<Loan> visibleLoan(ParkScope scope, UUID id) {
        return loans.findById(id).map(l -> {
            if (l == null || !scope.allows(l.getParkId())) {
                throw new NotFoundException("贷款", "loan", id);
            }
            scope.requireEnterprise(l.getEnterpriseId());
            return l;
        });
    }

    private static void requireRecorder(ParkScope scope) {
        if (scope.isEnterpriseUser()) {
            throw new ForbiddenException("贷款与兑现由干部或部门登记", "loans and payouts are recorded by officers or departments");
        }
    }

    private static void checkVersion(Loan l, long expected) {
        if (l.getVersion() != expected) {
            throw new StaleVersionException(LOAN, l.getId(), expected, l.getVersion());
        }
    }

    private static ConflictException duplicateContract() {
        return new ConflictException("duplicate-loan", "该银行合同号已登记且内容不同", "this contract is recorded with other figures",
                List.of(new Violation("contractNo", "Unique", "更正请使用 PUT /api/loans/{id}",
                        "correct it with PUT /api/loans/{id}")));
    }

    private static ConflictException duplicateReference() {
        return new ConflictException("duplicate-payout", "该兑现凭证号已登记且内容不同", "this reference is recorded with other figures",
                List.of(new Violation("reference", "Unique", "同一园区凭证号唯一", "a reference is unique in the park")));
    }
}
