package cn.yuanqu.gateway.enterprises.cultivation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.enterprises.EnterpriseGateway;
import cn.yuanqu.gateway.support.CallerToken;
import cn.yuanqu.gateway.support.Downstream;

/**
 * The gateway's application layer for the cultivation pool (培育库, 一企一策): forwards the caller's token and reports an unreachable
 * enterprises-service as {@code service-unavailable} for the fields that need it.
 */
@ApplicationScoped
public class CultivationGateway {

    private final CultivationClient client;
    private final CallerToken token;

    public CultivationGateway(CultivationClient client, CallerToken token) {
        this.client = client;
        this.token = token;
    }

    public Uni<CultivationPage> cultivationEntries(String park, CultivationFilterInput filter, Integer page, Integer size, String sort) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.cultivationEntries(auth, park, filter, page, size, sort));
    }

    public Uni<CultivationEntry> cultivationEntry(String id) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.cultivationEntry(auth, id));
    }

    public Uni<List<CultivationEvent>> cultivationHistory(String id) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.cultivationHistory(auth, id));
    }

    public Uni<CultivationEntry> openCultivation(String park, CultivationInput input) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.openCultivation(auth, park, input));
    }

    public Uni<CultivationEntry> replanCultivation(String id, long version, CultivationPlanInput plan) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.replanCultivation(auth, id, version, plan));
    }

    public Uni<CultivationEntry> moveCultivation(String id, long version, CultivationTransitionInput step) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.moveCultivation(auth, id, version, step));
    }

    public Uni<CultivationEvent> addCultivationMeasure(String id, MeasureInput measure) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.addCultivationMeasure(auth, id, measure));
    }
}
