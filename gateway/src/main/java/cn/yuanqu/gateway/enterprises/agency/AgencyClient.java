package cn.yuanqu.gateway.enterprises.agency;

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
 * Matters handled on enterprises' behalf (帮代办, 园区事园区办) with fault tolerance: every call time-limited and behind a circuit breaker; reads are retried on
 * failures that are not the service's own refusal, writes never are. The service's GraphQL errors become
 * {@link DownstreamRejection}s with its code and message.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 100, abortOn = DownstreamRejection.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
        skipOn = DownstreamRejection.class)
public class AgencyClient {

    private final AgencyApi api;

    AgencyClient(AgencyApi api) {
        this.api = api;
    }

    public Uni<AgencyPage> agencyMatters(String authorization, String park, String enterpriseId, AgencyKind kind, AgencyStatus status, String handler, LocalDate from, LocalDate to, Integer page, Integer size, String sort) {
        return api.agencyMatters(authorization, park, enterpriseId, kind, status, handler, from, to, page, size, sort).onFailure().transform(Downstream::rejection);
    }

    public Uni<AgencyMatter> agencyMatter(String authorization, String id) {
        return api.agencyMatter(authorization, id).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<AgencyMatter> receiveAgencyMatter(String authorization, String park, AgencyMatterInput input) {
        return api.receiveAgencyMatter(authorization, park, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<AgencyMatter> finishAgencyMatter(String authorization, String id, long version, AgencyCloseInput step) {
        return api.finishAgencyMatter(authorization, id, version, step).onFailure().transform(Downstream::rejection);
    }
}
