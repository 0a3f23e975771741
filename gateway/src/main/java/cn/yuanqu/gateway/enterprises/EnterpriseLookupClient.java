package cn.yuanqu.gateway.enterprises;

import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.support.ByEnterprise;
import cn.yuanqu.gateway.support.Downstream;
import cn.yuanqu.gateway.support.DownstreamRejection;

/** enterprises-service's look-ups by enterprise with fault tolerance: time-limited, retried (reads), behind a circuit breaker. */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 100, abortOn = DownstreamRejection.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
        skipOn = DownstreamRejection.class)
public class EnterpriseLookupClient {

    private final EnterpriseLookupApi api;

    EnterpriseLookupClient(@RestClient EnterpriseLookupApi api) {
        this.api = api;
    }

    public Uni<List<EnterpriseLookupApi.Qualifications>> qualifications(String authorization, List<String> ids) {
        return api.qualifications(authorization, ByEnterprise.body(ids)).onFailure().transform(Downstream::restRejection)
                .map(json -> ByEnterprise.rows(json, EnterpriseLookupApi.Qualifications.class));
    }

    public Uni<List<EnterpriseLookupApi.Cultivation>> cultivation(String authorization, List<String> ids) {
        return api.cultivation(authorization, ByEnterprise.body(ids)).onFailure().transform(Downstream::restRejection)
                .map(json -> ByEnterprise.rows(json, EnterpriseLookupApi.Cultivation.class));
    }

    public Uni<List<EnterpriseLookupApi.Latest>> latestIndicators(String authorization, List<String> ids) {
        return api.latestIndicators(authorization, ByEnterprise.body(ids)).onFailure().transform(Downstream::restRejection)
                .map(json -> ByEnterprise.rows(json, EnterpriseLookupApi.Latest.class));
    }

    public Uni<List<EnterpriseLookupApi.Requests>> requests(String authorization, List<String> ids) {
        return api.requests(authorization, ByEnterprise.body(ids)).onFailure().transform(Downstream::restRejection)
                .map(json -> ByEnterprise.rows(json, EnterpriseLookupApi.Requests.class));
    }
}
