package cn.yuanqu.gateway.enterprises.agency;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.enterprises.EnterpriseGateway;
import cn.yuanqu.gateway.support.CallerToken;
import cn.yuanqu.gateway.support.Downstream;

/**
 * The gateway's application layer for matters handled on enterprises' behalf (帮代办, 园区事园区办): forwards the caller's token and reports an unreachable
 * enterprises-service as {@code service-unavailable} for the fields that need it.
 */
@ApplicationScoped
public class AgencyGateway {

    private final AgencyClient client;
    private final CallerToken token;

    public AgencyGateway(AgencyClient client, CallerToken token) {
        this.client = client;
        this.token = token;
    }

    public Uni<AgencyPage> agencyMatters(String park, String enterpriseId, AgencyKind kind, AgencyStatus status, String handler, LocalDate from, LocalDate to, Integer page, Integer size, String sort) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.agencyMatters(auth, park, enterpriseId, kind, status, handler, from, to, page, size, sort));
    }

    public Uni<AgencyMatter> agencyMatter(String id) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.agencyMatter(auth, id));
    }

    public Uni<AgencyMatter> receiveAgencyMatter(String park, AgencyMatterInput input) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.receiveAgencyMatter(auth, park, input));
    }

    public Uni<AgencyMatter> finishAgencyMatter(String id, long version, AgencyCloseInput step) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.finishAgencyMatter(auth, id, version, step));
    }
}
