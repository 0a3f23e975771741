package cn.yuanqu.gateway.safety;

import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.enterprises.Enterprise;
import cn.yuanqu.gateway.support.ByEnterprise;
import cn.yuanqu.gateway.support.CallerToken;
import cn.yuanqu.gateway.support.Downstream;
import cn.yuanqu.gateway.support.DownstreamRejection;
import cn.yuanqu.gateway.support.GatewayConfig;

/** An enterprise's open hazards (一企一档), one safety-service call per 500 enterprises, with the caller's token. */
@GraphQLApi
public class SafetyJoinsGraphQLApi {

    /** safety-service's look-up with fault tolerance. */
    @ApplicationScoped
    public static class SafetyClient {

        private final SafetyApi api;

        SafetyClient(@RestClient SafetyApi api) {
            this.api = api;
        }

        @Timeout(value = 5, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 2, delay = 100, abortOn = DownstreamRejection.class)
        @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
                skipOn = DownstreamRejection.class)
        public Uni<List<SafetyApi.Hazards>> hazards(String authorization, List<String> ids) {
            return api.hazards(authorization, ByEnterprise.body(ids)).onFailure().transform(Downstream::restRejection)
                    .map(json -> ByEnterprise.rows(json, SafetyApi.Hazards.class));
        }
    }

    private final SafetyClient client;
    private final CallerToken token;
    private final GatewayConfig config;

    public SafetyJoinsGraphQLApi(SafetyClient client, CallerToken token, GatewayConfig config) {
        this.client = client;
        this.token = token;
        this.config = config;
    }

    @Name("openHazards")
    @Description("企业未销号的隐患（批量解析） / the enterprise's hazards not closed yet, resolved in one batch")
    public Uni<List<List<@NonNull Hazard>>> openHazards(@Source List<Enterprise> enterprises) {
        String auth = token.authorization();
        return Downstream.call("safety-service", "安全环保服务", () -> ByEnterprise.resolve(
                enterprises.stream().map(Enterprise::id).toList(), config.batchSize(), List.<Hazard> of(),
                chunk -> client.hazards(auth, chunk)))
                .map(lists -> lists.stream().map(l -> l.stream().filter(h -> h.closedOn() == null).toList()).toList());
    }
}
