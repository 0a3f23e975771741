package cn.yuanqu.gateway.enterprises.cultivation;

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
 * The cultivation pool (培育库, 一企一策) with fault tolerance: every call time-limited and behind a circuit breaker; reads are retried on
 * failures that are not the service's own refusal, writes never are. The service's GraphQL errors become
 * {@link DownstreamRejection}s with its code and message.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 100, abortOn = DownstreamRejection.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
        skipOn = DownstreamRejection.class)
public class CultivationClient {

    private final CultivationApi api;

    CultivationClient(CultivationApi api) {
        this.api = api;
    }

    public Uni<CultivationPage> cultivationEntries(String authorization, String park, CultivationFilterInput filter, Integer page, Integer size, String sort) {
        return api.cultivationEntries(authorization, park, filter, page, size, sort).onFailure().transform(Downstream::rejection);
    }

    public Uni<CultivationEntry> cultivationEntry(String authorization, String id) {
        return api.cultivationEntry(authorization, id).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<CultivationEvent>> cultivationHistory(String authorization, String id) {
        return api.cultivationHistory(authorization, id).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<CultivationEntry> openCultivation(String authorization, String park, CultivationInput input) {
        return api.openCultivation(authorization, park, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<CultivationEntry> replanCultivation(String authorization, String id, long version, CultivationPlanInput plan) {
        return api.replanCultivation(authorization, id, version, plan).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<CultivationEntry> moveCultivation(String authorization, String id, long version, CultivationTransitionInput step) {
        return api.moveCultivation(authorization, id, version, step).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<CultivationEvent> addCultivationMeasure(String authorization, String id, MeasureInput measure) {
        return api.addCultivationMeasure(authorization, id, measure).onFailure().transform(Downstream::rejection);
    }
}
