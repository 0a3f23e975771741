package cn.yuanqu.gateway.land;

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

/** land-service's look-ups with fault tolerance: time-limited, retried (reads), behind a circuit breaker. */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 100, abortOn = DownstreamRejection.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
        skipOn = DownstreamRejection.class)
public class LandClient {

    private final LandApi api;

    LandClient(@RestClient LandApi api) {
        this.api = api;
    }

    public Uni<List<LandApi.Parcels>> parcels(String authorization, List<String> ids) {
        return api.parcels(authorization, ByEnterprise.body(ids)).onFailure().transform(Downstream::restRejection)
                .map(json -> ByEnterprise.rows(json, LandApi.Parcels.class));
    }

    public Uni<List<LandApi.Leases>> leases(String authorization, List<String> ids) {
        return api.leases(authorization, ByEnterprise.body(ids)).onFailure().transform(Downstream::restRejection)
                .map(json -> ByEnterprise.rows(json, LandApi.Leases.class));
    }

    public Uni<List<LandApi.Latest>> efficiency(String authorization, List<String> ids) {
        return api.efficiency(authorization, ByEnterprise.body(ids)).onFailure().transform(Downstream::restRejection)
                .map(json -> ByEnterprise.rows(json, LandApi.Latest.class));
    }
}
