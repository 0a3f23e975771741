package cn.yuanqu.gateway.enterprises;

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
 * Calls to enterprises-service with fault tolerance: every call is time-limited and behind a circuit
 * breaker; reads are retried on failures that are not the service's own refusal; writes never are.
 * A service's GraphQL errors become {@link DownstreamRejection}s (same code and message).
 * Limits can be tuned per method through MicroProfile config
 * ({@code cn.yuanqu.gateway.enterprises.EnterprisesClient/list/Timeout/value=…}).
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 100, abortOn = DownstreamRejection.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
        skipOn = DownstreamRejection.class)
public class EnterprisesClient {

    private final EnterprisesApi api;

    EnterprisesClient(EnterprisesApi api) {
        this.api = api;
    }

    public Uni<EnterprisePage> list(String authorization, String park, EnterpriseFilterInput filter, Integer page,
            Integer size, String sort) {
        return api.enterprises(authorization, park, filter, page, size, sort).onFailure().transform(Downstream::rejection);
    }

    public Uni<Enterprise> get(String authorization, String id) {
        return api.enterprise(authorization, id).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<Enterprise>> byIds(String authorization, List<String> ids) {
        return api.enterprisesByIds(authorization, ids).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<EnterpriseTransition>> transitions(String authorization, String id) {
        return api.enterpriseTransitions(authorization, id).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Enterprise> register(String authorization, String park, EnterpriseInput input) {
        return api.registerEnterprise(authorization, park, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Enterprise> update(String authorization, String id, long version, EnterpriseInput input) {
        return api.updateEnterprise(authorization, id, version, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Enterprise> changeStatus(String authorization, String id, long version, StatusChangeInput change) {
        return api.changeEnterpriseStatus(authorization, id, version, change).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Enterprise> changeScale(String authorization, String id, long version, ScaleChangeInput change) {
        return api.changeEnterpriseScale(authorization, id, version, change).onFailure().transform(Downstream::rejection);
    }
}
