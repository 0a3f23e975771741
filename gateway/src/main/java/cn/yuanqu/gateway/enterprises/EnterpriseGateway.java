package cn.yuanqu.gateway.enterprises;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.support.CallerToken;
import cn.yuanqu.gateway.support.Downstream;
import cn.yuanqu.gateway.support.GatewayConfig;

/**
 * The gateway's application layer for enterprises: forwards the caller's token, batches look-ups,
 * and reports an unreachable enterprises-service as {@code service-unavailable} for the fields that
 * need it (other fields of the same query still answer).
 */
@ApplicationScoped
public class EnterpriseGateway {

    public static final String SERVICE = "enterprises-service";
    public static final String SERVICE_ZH = "企业服务";

    private final EnterprisesClient client;
    private final CallerToken token;
    private final GatewayConfig config;

    public EnterpriseGateway(EnterprisesClient client, CallerToken token, GatewayConfig config) {
        this.client = client;
        this.token = token;
        this.config = config;
    }

    public Uni<EnterprisePage> list(String park, EnterpriseFilterInput filter, Integer page, Integer size, String sort) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.list(auth, park, filter, page, size, sort));
    }

    public Uni<Enterprise> get(String id) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.get(auth, id));
    }

    /** Enterprises by id in the order asked, null where not visible; one call per batch of ids. */
    public Uni<List<Enterprise>> byIds(List<String> ids) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH,
                () -> EnterpriseBatch.resolve(ids, config.batchSize(), chunk -> client.byIds(auth, chunk)));
    }

    public Uni<List<EnterpriseTransition>> transitions(String id) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.transitions(auth, id));
    }

    public Uni<Enterprise> register(String park, EnterpriseInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.register(auth, park, input));
    }

    public Uni<Enterprise> update(String id, long version, EnterpriseInput input) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.update(auth, id, version, input));
    }

    public Uni<Enterprise> changeStatus(String id, long version, StatusChangeInput change) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.changeStatus(auth, id, version, change));
    }

    public Uni<Enterprise> changeScale(String id, long version, ScaleChangeInput change) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> client.changeScale(auth, id, version, change));
    }
}
