package cn.yuanqu.gateway.projects;

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

/** An enterprise's projects (一企一档), one projects-service call per 500 enterprises, with the caller's token. */
@GraphQLApi
public class ProjectJoinsGraphQLApi {

    /** projects-service's look-up with fault tolerance. */
    @ApplicationScoped
    public static class ProjectsClient {

        private final ProjectsApi api;

        ProjectsClient(@RestClient ProjectsApi api) {
            this.api = api;
        }

        @Timeout(value = 5, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 2, delay = 100, abortOn = DownstreamRejection.class)
        @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
                skipOn = DownstreamRejection.class)
        public Uni<List<ProjectsApi.Projects>> projects(String authorization, List<String> ids) {
            return api.projects(authorization, ByEnterprise.body(ids)).onFailure().transform(Downstream::restRejection)
                    .map(json -> ByEnterprise.rows(json, ProjectsApi.Projects.class));
        }
    }

    private final ProjectsClient client;
    private final CallerToken token;
    private final GatewayConfig config;

    public ProjectJoinsGraphQLApi(ProjectsClient client, CallerToken token, GatewayConfig config) {
        this.client = client;
        this.token = token;
        this.config = config;
    }

    @Name("projects")
    @Description("企业投资的项目（批量解析） / the projects the enterprise invests in, resolved in one batch")
    public Uni<List<List<@NonNull Project>>> projects(@Source List<Enterprise> enterprises) {
        String auth = token.authorization();
        return Downstream.call("projects-service", "项目服务", () -> ByEnterprise.resolve(
                enterprises.stream().map(Enterprise::id).toList(), config.batchSize(), List.of(), chunk -> client.projects(auth, chunk)));
    }
}
