package cn.yuanqu.gateway.enterprises.visit;

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
 * Visits (包保走访) with fault tolerance: every call time-limited and behind a circuit breaker; reads are retried on
 * failures that are not the service's own refusal, writes never are. The service's GraphQL errors become
 * {@link DownstreamRejection}s with its code and message.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 100, abortOn = DownstreamRejection.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
        skipOn = DownstreamRejection.class)
public class VisitClient {

    private final VisitApi api;

    VisitClient(VisitApi api) {
        this.api = api;
    }

    public Uni<VisitPage> visits(String authorization, String park, String enterpriseId, LocalDate from, LocalDate to, String visitor, Integer page, Integer size) {
        return api.visits(authorization, park, enterpriseId, from, to, visitor, page, size).onFailure().transform(Downstream::rejection);
    }

    public Uni<Visit> visit(String authorization, String id) {
        return api.visit(authorization, id).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Visit> recordVisit(String authorization, String park, VisitInput input) {
        return api.recordVisit(authorization, park, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Visit> correctVisit(String authorization, String id, long version, VisitUpdateInput update) {
        return api.correctVisit(authorization, id, version, update).onFailure().transform(Downstream::rejection);
    }
}
