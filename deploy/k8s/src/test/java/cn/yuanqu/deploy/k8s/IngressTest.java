package cn.yuanqu.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Ingress: the gateway's GraphQL and each service's department REST paths reach the right port. */
class IngressTest {

    /** "host/path -> service:port" for every rule of every Ingress of the overlay. */
    static Set<String> routes(String overlay) {
        Set<String> routes = new TreeSet<>();
        for (ObjectNode ingress : Manifests.ofKind(overlay, "Ingress")) {
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    JsonNode svc = path.path("backend").path("service");
                    routes.add(rule.path("host").asText() + path.path("path").asText() + " -> " + svc.path("name").asText() + ":"
                            + svc.path("port").path("number").asInt());
                }
            }
        }
        return routes;
    }


    @ParameterizedTest
    @MethodSource(Manifests.EACH_OVERLAY)
    void theGatewayAndEveryServicesRestApiAreRouted(String overlay) {
        Set<String> routes = routes(overlay);
        List<String> missing = new ArrayList<>();
        assertThat(routes.stream().anyMatch(r -> r.endsWith("/graphql -> gateway:" + AppConfig.of("gateway").httpPort())))
                .as("%s: the Ingress routes /graphql to the gateway's HTTP port; routes: %s", overlay, routes).isTrue();
        // the work-report download (gateway/src/main/java/cn/yuanqu/gateway/report/WorkReportResource.java, @Path("/reports"))
        assertThat(routes.stream().anyMatch(r -> r.endsWith("/reports -> gateway:" + AppConfig.of("gateway").httpPort())))
                .as("%s: the Ingress routes /reports to the gateway's HTTP port; routes: %s", overlay, routes).isTrue();
        for (String app : Manifests.APPS) {
            AppConfig config = AppConfig.of(app);
            if (config.apiPaths().isEmpty()) {
                continue;
            }
            // every /api path the service authorises is under a routed /api prefix of one host that goes to it
            String target = " -> " + app + ":" + config.httpPort();
            boolean routed = routes.stream().anyMatch(r -> r.endsWith("/api" + target));
            if (!routed) {
                missing.add(app + " (" + config.apiPaths().size() + " /api paths)");
            }
        }
        assertThat(missing).as("%s: services whose department REST API the Ingress does not route", overlay).isEmpty();
        // each host routes /api to one service only: the services share paths such as /api/figures
        List<String> hostsWithApi = routes.stream().filter(r -> r.contains("/api -> ")).map(r -> r.substring(0, r.indexOf('/'))).toList();
        assertThat(hostsWithApi).as("%s: one /api service per host", overlay).doesNotHaveDuplicates();
        // every backend is a Service port of the overlay
        for (String r : routes) {
            String backend = r.substring(r.indexOf(" -> ") + 4);
            String name = backend.substring(0, backend.indexOf(':'));
            int port = Integer.parseInt(backend.substring(backend.indexOf(':') + 1));
            if (name.equals("keycloak-service")) {
                assertThat(port).isEqualTo(Manifests.get(overlay, "Keycloak", "keycloak").path("spec").path("http").path("httpPort").asInt());
                continue;
            }
            List<Integer> ports = new ArrayList<>();
            Manifests.get(overlay, "Service", name).path("spec").path("ports").forEach(p -> {
                if (p.path("targetPort").asText().equals("http")) {
                    ports.add(p.path("port").asInt());
                }
            });
            assertThat(ports).as("%s: route %s goes to Service %s's HTTP port", overlay, r, name).contains(port);
        }
    }
}
