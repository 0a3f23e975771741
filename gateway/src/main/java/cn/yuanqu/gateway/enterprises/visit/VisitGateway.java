package cn.yuanqu.gateway.enterprises.visit;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.enterprises.EnterpriseGateway;
import cn.yuanqu.gateway.support.CallerToken;
import cn.yuanqu.gateway.support.Downstream;

/**
 * The gateway's application layer for visits (包保走访): forwards the caller's token and reports an unreachable
 * enterprises-service as {@code service-unavailable} for the fields that need it.
 */
@ApplicationScoped
public class VisitGateway {

    private final VisitClient client;
    private final CallerToken token;

    public VisitGateway(VisitClient client, CallerToken token) {
        this.client = client;
        this.token = token;
    }

    public Uni<VisitPage> visits(String park, String enterpriseId, LocalDate from, LocalDate to, String visitor, Integer page, Integer size) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.visits(auth, park, enterpriseId, from, to, visitor, page, size));
    }

    public Uni<Visit> visit(String id) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.visit(auth, id));
    }

    public Uni<Visit> recordVisit(String park, VisitInput input) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.recordVisit(auth, park, input));
    }

    public Uni<Visit> correctVisit(String id, long version, VisitUpdateInput update) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.correctVisit(auth, id, version, update));
    }
}
