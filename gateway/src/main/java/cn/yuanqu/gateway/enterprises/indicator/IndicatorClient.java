package cn.yuanqu.gateway.enterprises.indicator;

import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.support.Downstream;
import cn.yuanqu.gateway.support.DownstreamRejection;

/**
 * Monthly reports (企业月报) with fault tolerance: every call time-limited and behind a circuit breaker; reads are retried on
 * failures that are not the service's own refusal, writes never are. The service's GraphQL errors become
 * {@link DownstreamRejection}s with its code and message.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 100, abortOn = DownstreamRejection.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
        skipOn = DownstreamRejection.class)
public class IndicatorClient {

    private final IndicatorApi api;

    IndicatorClient(IndicatorApi api) {
        this.api = api;
    }

    public Uni<List<MonthlyIndicator>> monthlyIndicators(String authorization, String park, String enterpriseId, String from, String to) {
        return api.monthlyIndicators(authorization, park, enterpriseId, from, to).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<MonthlyIndicator> submitMonthlyIndicator(String authorization, String enterpriseId, String month, IndicatorValuesInput values, Long version) {
        return api.submitMonthlyIndicator(authorization, enterpriseId, month, values, version).onFailure().transform(Downstream::rejection);
    }
}
