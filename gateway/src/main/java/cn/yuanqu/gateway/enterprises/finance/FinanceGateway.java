package cn.yuanqu.gateway.enterprises.finance;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.enterprises.EnterpriseGateway;
import cn.yuanqu.gateway.support.CallerToken;
import cn.yuanqu.gateway.support.Downstream;

/**
 * The gateway's application layer for loans under park schemes (财园信贷通 …) and policy payouts (惠企政策兑现): forwards the caller's token and reports an unreachable
 * enterprises-service as {@code service-unavailable} for the fields that need it.
 */
@ApplicationScoped
public class FinanceGateway {

    private final FinanceClient client;
    private final CallerToken token;

    public FinanceGateway(FinanceClient client, CallerToken token) {
        this.client = client;
        this.token = token;
    }

    public Uni<LoanPage> loans(String park, String enterpriseId, LoanScheme scheme, LoanStatus status, LocalDate issuedFrom, LocalDate issuedTo, Boolean overdue, Integer page, Integer size, String sort) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.loans(auth, park, enterpriseId, scheme, status, issuedFrom, issuedTo, overdue, page, size, sort));
    }

    public Uni<Loan> loan(String id) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.loan(auth, id));
    }

    public Uni<PayoutPage> policyPayouts(String park, String enterpriseId, LocalDate from, LocalDate to, String policy, Integer page, Integer size) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.policyPayouts(auth, park, enterpriseId, from, to, policy, page, size));
    }

    public Uni<Loan> issueLoan(String park, LoanInput input) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.issueLoan(auth, park, input));
    }

    public Uni<Loan> correctLoan(String id, long version, LoanInput input) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.correctLoan(auth, id, version, input));
    }

    public Uni<Loan> moveLoan(String id, long version, LoanTransitionInput step) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.moveLoan(auth, id, version, step));
    }

    public Uni<Loan> recoverLoan(String id, RecoveryInput input) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.recoverLoan(auth, id, input));
    }

    public Uni<PolicyPayout> payPolicy(String park, PayoutInput input) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.payPolicy(auth, park, input));
    }
}
