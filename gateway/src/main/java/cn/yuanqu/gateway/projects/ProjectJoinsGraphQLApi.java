package cn.yuanqu.gateway.projects;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
import cn.yuanqu.gateway.enterprises.EnterpriseGateway;
import cn.yuanqu.gateway.support.ByEnterprise;
import cn.yuanqu.gateway.support.CallerToken;
import cn.yuanqu.gateway.support.Downstream;
import cn.yuanqu.gateway.support.DownstreamRejection;
import cn.yuanqu.gateway.support.GatewayConfig;

/**
 * The joins between enterprises and projects, each resolved for a whole list with one call (per 500), with the
 * caller's token: an enterprise's projects (一企一档) from projects-service, and a project's investor from
 * enterprises-service ({@link EnterpriseGateway#byIds}).
 */
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
    private final EnterpriseGateway enterprises;
    private final CallerToken token;
    private final GatewayConfig config;

    public ProjectJoinsGraphQLApi(ProjectsClient client, EnterpriseGateway enterprises, CallerToken token,
            GatewayConfig config) {
        this.client = client;
        this.enterprises = enterprises;
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

    @Name("investor")
    @Description("投资主体企业（批量解析：每个请求一次企业服务调用；无投资主体或不可见时为空） / the investor enterprise, resolved in one batch; null when none or not visible")
    public Uni<List<Enterprise>> investor(@Source List<Project> projects) {
        List<String> ids = projects.stream().map(Project::investorId).filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(investors(projects, Map.of()));
        }
        return enterprises.byIds(ids).map(found -> {
            Map<String, Enterprise> byId = new HashMap<>();
            for (int i = 0; i < ids.size() && i < found.size(); i++) {
                if (found.get(i) != null) {
                    byId.put(ids.get(i), found.get(i));
                }
            }
            return investors(projects, byId);
        });
    }

    /** Each project's investor, in the order of the projects; null where there is none or it is not visible. */
    static List<Enterprise> investors(List<Project> projects, Map<String, Enterprise> byId) {
        List<Enterprise> out = new ArrayList<>(projects.size());
        for (Project p : projects) {
            out.add(p.investorId() == null ? null : byId.get(p.investorId()));
        }
        return out;
    }
}
