package cn.yuanqu.gateway.enterprises.finance;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

/**
 * Loans under park schemes (财园信贷通 …) and policy payouts (惠企政策兑现) for the web and mobile front ends. Thin: delegates to {@link FinanceGateway}. Roles are checked
 * here as enterprises-service checks them; the service applies parks and the enterprise user's
 * own-enterprise rule to the forwarded token. Root fields are nullable so that an unavailable service leaves
 * the rest of a query's answer intact.
 */
@GraphQLApi
public class FinanceGraphQLApi {

    private final FinanceGateway gateway;

    public FinanceGraphQLApi(FinanceGateway gateway) {
        this.gateway = gateway;
    }

    @Query("loans")
    @Description("贷款台账（overdue 为今天逾期的） / the loan ledger")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<LoanPage> loans(@Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("企业ID / enterprise id") @Id String enterpriseId,
            @Description("贷款产品 / scheme") LoanScheme scheme,
            @Description("状态 / status") LoanStatus status,
            @Description("发放日期起 / issued from") LocalDate issuedFrom,
            @Description("发放日期止 / issued to") LocalDate issuedTo,
            @Description("仅今天逾期的 / only those overdue today") Boolean overdue,
            @Description("页码，从0开始 / page from 0") @DefaultValue("0") Integer page,
            @Description("每页条数 1–200 / page size 1–200") @DefaultValue("20") Integer size,
            @Description("排序，如 issuedOn,desc / sort") @DefaultValue("issuedOn,desc") String sort) {
        return gateway.loans(park, enterpriseId, scheme, status, issuedFrom, issuedTo, overdue, page, size, sort);
    }

    @Query("loan")
    @Description("贷款 / one loan")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<Loan> loan(@NonNull @Id String id) {
        return gateway.loan(id);
    }

    @Query("policyPayouts")
    @Description("政策兑现台账 / policy payouts")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<PayoutPage> policyPayouts(@Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("企业ID / enterprise id") @Id String enterpriseId,
            @Description("兑现日期起 / paid from") LocalDate from,
            @Description("兑现日期止 / paid to") LocalDate to,
            @Description("政策名称 / policy") String policy,
            @Description("页码，从0开始 / page from 0") @DefaultValue("0") Integer page,
            @Description("每页条数 1–200 / page size 1–200") @DefaultValue("20") Integer size) {
        return gateway.policyPayouts(park, enterpriseId, from, to, policy, page, size);
    }

    @Mutation("issueLoan")
    @Description("登记贷款发放（按银行+合同号幂等） / record a loan, idempotent by contract")
    @RolesAllowed({ "enterprise-officer", "admin", "department" })
    public Uni<@NonNull Loan> issueLoan(@Description("园区ID / park id") String park,
            @NonNull LoanInput input) {
        return gateway.issueLoan(park, input);
    }

    @Mutation("correctLoan")
    @Description("更正在贷贷款 / correct an outstanding loan")
    @RolesAllowed({ "enterprise-officer", "admin", "department" })
    public Uni<@NonNull Loan> correctLoan(@NonNull @Id String id,
            @Description("读取时的版本号 / the version read") @NonNull Long version,
            @NonNull LoanInput input) {
        return gateway.correctLoan(id, version, input);
    }

    @Mutation("moveLoan")
    @Description("结清、转不良、追偿终结（不允许的变更被拒绝） / repaid, non-performing, recovery settled; illegal steps are refused")
    @RolesAllowed({ "enterprise-officer", "admin", "department" })
    public Uni<@NonNull Loan> moveLoan(@NonNull @Id String id,
            @Description("读取时的版本号 / the version read") @NonNull Long version,
            @NonNull LoanTransitionInput step) {
        return gateway.moveLoan(id, version, step);
    }

    @Mutation("recoverLoan")
    @Description("登记追偿回款 / record an amount recovered")
    @RolesAllowed({ "enterprise-officer", "admin", "department" })
    public Uni<@NonNull Loan> recoverLoan(@NonNull @Id String id,
            @NonNull RecoveryInput input) {
        return gateway.recoverLoan(id, input);
    }

    @Mutation("payPolicy")
    @Description("登记政策兑现（按凭证号幂等） / record a payout, idempotent by reference")
    @RolesAllowed({ "enterprise-officer", "admin", "department" })
    public Uni<@NonNull PolicyPayout> payPolicy(@Description("园区ID / park id") String park,
            @NonNull PayoutInput input) {
        return gateway.payPolicy(park, input);
    }
}
