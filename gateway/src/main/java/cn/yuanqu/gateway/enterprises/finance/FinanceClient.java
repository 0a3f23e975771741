package cn.yuanqu.gateway.enterprises.finance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.support.Downstream;
import cn.yuanqu.gateway.support.DownstreamRejection;

/**
 * Loans under park schemes (财园信贷通 …) and policy payouts (惠企政策兑现) with fault tolerance: every call time-limited and behind a circuit breaker; reads are retried on
 * failures that are not the service's own refusal, writes never are. The service's GraphQL errors become
 * {@link DownstreamRejection}s with its code and message.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 100, abortOn = DownstreamRejection.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
        skipOn = DownstreamRejection.class)
public class FinanceClient {

    private final FinanceApi api;

    FinanceClient(FinanceApi api) {
        this.api = api;
    }

    public Uni<LoanPage> loans(String authorization, String park, String enterpriseId, LoanScheme scheme, LoanStatus status, LocalDate issuedFrom, LocalDate issuedTo, Boolean overdue, Integer page, Integer size, String sort) {
        return api.loans(authorization, park, enterpriseId, scheme, status, issuedFrom, issuedTo, overdue, page, size, sort).onFailure().transform(Downstream::rejection);
    }

    public Uni<Loan> loan(String authorization, String id) {
        return api.loan(authorization, id).onFailure().transform(Downstream::rejection);
    }

    public Uni<PayoutPage> policyPayouts(String authorization, String park, String enterpriseId, LocalDate from, LocalDate to, String policy, Integer page, Integer size) {
        return api.policyPayouts(authorization, park, enterpriseId, from, to, policy, page, size).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Loan> issueLoan(String authorization, String park, LoanInput input) {
        return api.issueLoan(authorization, park, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Loan> correctLoan(String authorization, String id, long version, LoanInput input) {
        return api.correctLoan(authorization, id, version, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Loan> moveLoan(String authorization, String id, long version, LoanTransitionInput step) {
        return api.moveLoan(authorization, id, version, step).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Loan> recoverLoan(String authorization, String id, RecoveryInput input) {
        return api.recoverLoan(authorization, id, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<PolicyPayout> payPolicy(String authorization, String park, PayoutInput input) {
        return api.payPolicy(authorization, park, input).onFailure().transform(Downstream::rejection);
    }
}
