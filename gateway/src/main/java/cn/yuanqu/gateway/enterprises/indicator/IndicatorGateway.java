package cn.yuanqu.gateway.enterprises.indicator;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.enterprises.EnterpriseGateway;
import cn.yuanqu.gateway.support.CallerToken;
import cn.yuanqu.gateway.support.Downstream;

/**
 * The gateway's application layer for monthly reports (企业月报): forwards the caller's token and reports an unreachable
 * enterprises-service as {@code service-unavailable} for the fields that need it.
 */
@ApplicationScoped
public class IndicatorGateway {

    private final IndicatorClient client;
    private final CallerToken token;

    public IndicatorGateway(IndicatorClient client, CallerToken token) {
        this.client = client;
        this.token = token;
    }

    public Uni<List<MonthlyIndicator>> monthlyIndicators(String park, String enterpriseId, String from, String to) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.monthlyIndicators(auth, park, enterpriseId, from, to));
    }

    public Uni<MonthlyIndicator> submitMonthlyIndicator(String enterpriseId, String month, IndicatorValuesInput values, Long version) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.submitMonthlyIndicator(auth, enterpriseId, month, values, version));
    }
}
