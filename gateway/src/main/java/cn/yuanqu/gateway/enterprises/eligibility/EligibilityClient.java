package cn.yuanqu.gateway.enterprises.eligibility;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.support.Downstream;
import cn.yuanqu.gateway.support.DownstreamRejection;

/**
 * The pre-screen for 规上 entry and qualifications (入规与资质预评) with fault tolerance: every call time-limited and behind a circuit breaker; reads are retried on
 * failures that are not the service's own refusal, writes never are. The service's GraphQL errors become
 * {@link DownstreamRejection}s with its code and message.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 100, abortOn = DownstreamRejection.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
        skipOn = DownstreamRejection.class)
public class EligibilityClient {

    private final EligibilityApi api;

    EligibilityClient(EligibilityApi api) {
        this.api = api;
    }

    public Uni<EligibilityPage> eligibility(String authorization, String park, String asOf, Program program, Outcome outcome, Integer page, Integer size) {
        return api.eligibility(authorization, park, asOf, program, outcome, page, size).onFailure().transform(Downstream::rejection);
    }

    public Uni<EligibilityResult> enterpriseEligibility(String authorization, String enterpriseId, String asOf) {
        return api.enterpriseEligibility(authorization, enterpriseId, asOf).onFailure().transform(Downstream::rejection);
    }

    public Uni<EligibilitySettings> eligibilitySettings(String authorization, String park) {
        return api.eligibilitySettings(authorization, park).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<EligibilitySettings> setEligibilityThresholds(String authorization, String park, Long version, EligibilityThresholds thresholds) {
        return api.setEligibilityThresholds(authorization, park, version, thresholds).onFailure().transform(Downstream::rejection);
    }

    public Uni<EnterpriseYearFacts> enterpriseYearFacts(String authorization, String enterpriseId, int year) {
        return api.enterpriseYearFacts(authorization, enterpriseId, year).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<EnterpriseYearFacts> recordEnterpriseYearFacts(String authorization, String enterpriseId, int year, Long version, EligibilityFacts facts) {
        return api.recordEnterpriseYearFacts(authorization, enterpriseId, year, version, facts).onFailure().transform(Downstream::rejection);
    }
}
