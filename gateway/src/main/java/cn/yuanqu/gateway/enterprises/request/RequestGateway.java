package cn.yuanqu.gateway.enterprises.request;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.enterprises.EnterpriseGateway;
import cn.yuanqu.gateway.support.CallerToken;
import cn.yuanqu.gateway.support.Downstream;

/**
 * The gateway's application layer for the request ledger (诉求台账): forwards the caller's token and reports an unreachable
 * enterprises-service as {@code service-unavailable} for the fields that need it.
 */
@ApplicationScoped
public class RequestGateway {

    private final RequestClient client;
    private final CallerToken token;

    public RequestGateway(RequestClient client, CallerToken token) {
        this.client = client;
        this.token = token;
    }

    public Uni<RequestPage> serviceRequests(String park, RequestFilterInput filter, Integer page, Integer size, String sort) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.serviceRequests(auth, park, filter, page, size, sort));
    }

    public Uni<ServiceRequest> serviceRequest(String id) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.serviceRequest(auth, id));
    }

    public Uni<List<RequestEvent>> serviceRequestHistory(String id) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.serviceRequestHistory(auth, id));
    }

    public Uni<ServiceRequest> submitServiceRequest(String park, RequestInput input) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.submitServiceRequest(auth, park, input));
    }

    public Uni<ServiceRequest> moveServiceRequest(String id, long version, RequestTransitionInput step) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.moveServiceRequest(auth, id, version, step));
    }

    public Uni<ServiceRequest> rateServiceRequest(String id, long version, RatingInput rating) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.rateServiceRequest(auth, id, version, rating));
    }
}
