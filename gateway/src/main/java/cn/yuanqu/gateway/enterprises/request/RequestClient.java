package cn.yuanqu.gateway.enterprises.request;

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
 * The request ledger (诉求台账) with fault tolerance: every call time-limited and behind a circuit breaker; reads are retried on
 * failures that are not the service's own refusal, writes never are. The service's GraphQL errors become
 * {@link DownstreamRejection}s with its code and message.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 100, abortOn = DownstreamRejection.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
        skipOn = DownstreamRejection.class)
public class RequestClient {

    private final RequestApi api;

    RequestClient(RequestApi api) {
        this.api = api;
    }

    public Uni<RequestPage> serviceRequests(String authorization, String park, RequestFilterInput filter, Integer page, Integer size, String sort) {
        return api.serviceRequests(authorization, park, filter, page, size, sort).onFailure().transform(Downstream::rejection);
    }

    public Uni<ServiceRequest> serviceRequest(String authorization, String id) {
        return api.serviceRequest(authorization, id).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<RequestEvent>> serviceRequestHistory(String authorization, String id) {
        return api.serviceRequestHistory(authorization, id).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<ServiceRequest> submitServiceRequest(String authorization, String park, RequestInput input) {
        return api.submitServiceRequest(authorization, park, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<ServiceRequest> moveServiceRequest(String authorization, String id, long version, RequestTransitionInput step) {
        return api.moveServiceRequest(authorization, id, version, step).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<ServiceRequest> rateServiceRequest(String authorization, String id, long version, RatingInput rating) {
        return api.rateServiceRequest(authorization, id, version, rating).onFailure().transform(Downstream::rejection);
    }
}
