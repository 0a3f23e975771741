package cn.yuanqu.enterprises.finance;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.graphql.OneQueryAtATime;
import cn.yuanqu.platform.paging.PageRequest;

/** Loans and payouts in the subgraph. Thin: delegates to {@link FinanceService}. */
@GraphQLApi
@OneQueryAtATime
public class FinanceGraphQLApi {

    private final FinanceService service;

    public FinanceGraphQLApi(FinanceService service) {
        this.service = service;
    }

    @Query("loans")
    @Description("贷款台账（overdue 为今天逾期的） / the loan ledger")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull LoanPage> loans(String park, @Id String enterpriseId, LoanScheme scheme, LoanStatus status,
            @Description("发放日期起 / issued from") LocalDate issuedFrom, @Description("发放日期止 / issued to") LocalDate issuedTo,
            Boolean overdue, @DefaultValue("0") Integer page, @DefaultValue("20") Integer size,
            @DefaultValue("issuedOn,desc") String sort) {
        return service.loans(park, enterpriseId, scheme, status, issuedFrom, issuedTo, overdue,
                PageRequest.of(page, size, sort)).map(LoanPage::of);
    }

    @Query("loan")
    @Description("贷款 / one loan")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull LoanView> loan(@NonNull @Id String id) {
        return service.loan(id);
    }

    @Query("policyPayouts")
    @Description("政策兑现台账 / policy payouts")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull PayoutPage> policyPayouts(String park, @Id String enterpriseId, LocalDate from, LocalDate to,
            String policy, @DefaultValue("0") Integer page, @DefaultValue("20") Integer size) {
        return service.payouts(park, enterpriseId, from, to, policy, PageRequest.of(page, size, null)).map(PayoutPage::of);
    }

    @Mutation("issueLoan")
    @Description("登记贷款发放（按银行+合同号幂等） / record a loan, idempotent by contract")
    @RolesAllowed({ "enterprise-officer", "admin", "department" })
    public Uni<@NonNull LoanView> issueLoan(String park, @NonNull @Valid LoanInput input) {
        return service.issue(park, input).map(FinanceService.Pushed::view);
    }

    @Mutation("correctLoan")
    @Description("更正在贷贷款 / correct an outstanding loan")
    @RolesAllowed({ "enterprise-officer", "admin", "department" })
    public Uni<@NonNull LoanView> correctLoan(@NonNull @Id String id, @NonNull Long version, @NonNull @Valid LoanInput input) {
        return service.correct(id, version, input);
    }

    @Mutation("moveLoan")
    @Description("结清、转不良、追偿终结 / repaid, non-performing, recovery settled")
    @RolesAllowed({ "enterprise-officer", "admin", "department" })
    public Uni<@NonNull LoanView> moveLoan(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid LoanTransitionInput step) {
        return service.move(id, version, step);
    }

    @Mutation("recoverLoan")
    @Description("登记追偿回款 / record an amount recovered")
    @RolesAllowed({ "enterprise-officer", "admin", "department" })
    public Uni<@NonNull LoanView> recoverLoan(@NonNull @Id String id, @NonNull @Valid RecoveryInput input) {
        return service.recover(id, input);
    }

    @Mutation("payPolicy")
    @Description("登记政策兑现（按凭证号幂等） / record a payout, idempotent by reference")
    @RolesAllowed({ "enterprise-officer", "admin", "department" })
    public Uni<@NonNull PayoutView> payPolicy(String park, @NonNull @Valid PayoutInput input) {
        return service.pay(park, input).map(FinanceService.Pushed::view);
    }
}
