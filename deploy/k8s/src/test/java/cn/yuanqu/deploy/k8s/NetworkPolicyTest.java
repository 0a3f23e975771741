package cn.yuanqu.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Evaluates the NetworkPolicies of an overlay for every pair of parties — the services, the gateway, their
 * databases, Keycloak, the ingress controller, Prometheus, DNS, another pod of the namespace, a pod of another
 * namespace — and compares what is allowed with what the configuration says: each app reaches its database,
 * Keycloak, DNS and the services it calls (yuanqu.services.*-url); a service is reached by its callers and
 * the ingress controller on its HTTP port and by Prometheus on its management port. Nothing else.
 */
class NetworkPolicyTest {

    /** Someone who sends or receives traffic: a pod's labels in a namespace. */
    record Party(String name, String namespace, Map<String, String> labels, Map<String, String> namespaceLabels) {
    }

    static final String INGRESS_NS = "ingress-nginx";
    static final String MONITORING_NS = "monitoring";

    static Map<String, Party> parties(String overlay) {
        String ns = Manifests.ofKind(overlay, "Namespace").get(0).path("metadata").path("name").asText();
        Map<String, String> nsLabels = Map.of("kubernetes.io/metadata.name", ns);
        Map<String, Party> parties = new LinkedHashMap<>();
        for (String app : Manifests.APPS) {
            parties.put(app, new Party(app, ns, WorkloadTest.labels(
                    Manifests.get(overlay, "Deployment", app).path("spec").path("template").path("metadata").path("labels")), nsLabels));
        }
        for (ObjectNode cluster : Manifests.ofKind(overlay, "Cluster")) {
            String name = Manifests.name(cluster);
            // the labels CloudNativePG puts on an instance pod
            parties.put(name, new Party(name, ns, Map.of("cnpg.io/cluster", name, "cnpg.io/podRole", "instance"), nsLabels));
        }
        // the labels the Keycloak operator puts on the server pods
        parties.put("keycloak", new Party("keycloak", ns, Map.of("app", "keycloak", "app.kubernetes.io/instance", "keycloak",
                "app.kubernetes.io/managed-by", "keycloak-operator"), nsLabels));
        parties.put("ingress-controller", new Party("ingress-controller", INGRESS_NS,
                Map.of("app.kubernetes.io/name", "ingress-nginx"), Map.of("kubernetes.io/metadata.name", INGRESS_NS)));
        parties.put("prometheus", new Party("prometheus", MONITORING_NS,
                Map.of("app.kubernetes.io/name", "prometheus"), Map.of("kubernetes.io/metadata.name", MONITORING_NS)));
        parties.put("dns", new Party("dns", "kube-system", Map.of("k8s-app", "kube-dns"), Map.of("kubernetes.io/metadata.name", "kube-system")));
        parties.put("other-pod", new Party("other-pod", ns, Map.of("app", "something-else"), nsLabels));
        parties.put("foreign-pod", new Party("foreign-pod", "elsewhere", Map.of("app", "something-else"),
                Map.of("kubernetes.io/metadata.name", "elsewhere")));
        return parties;
    }

    /** Whether the policies let from send to to:port/protocol. */
    static boolean allowed(List<ObjectNode> policies, Party from, Party to, int port, String protocol) {
        return admitted(policies, to, from, port, protocol, "Ingress") && admitted(policies, from, to, port, protocol, "Egress");
    }

    private static boolean admitted(List<ObjectNode> policies, Party subject, Party peer, int port, String protocol, String direction) {
        boolean isolated = false;
        for (ObjectNode policy : policies) {
            JsonNode spec = policy.path("spec");
            if (!subject.namespace().equals(policy.path("metadata").path("namespace").asText())
                    || !WorkloadTest.matches(spec.path("podSelector"), subject.labels())) {
                continue;
            }
            Set<String> types = new TreeSet<>();
            spec.path("policyTypes").forEach(t -> types.add(t.asText()));
            if (types.isEmpty()) {
                types.add("Ingress");
                if (spec.has("egress")) {
                    types.add("Egress");
                }
            }
            if (!types.contains(direction)) {
                continue;
            }
            isolated = true;
            for (JsonNode rule : spec.path(direction.equals("Ingress") ? "ingress" : "egress")) {
                JsonNode peers = rule.path(direction.equals("Ingress") ? "from" : "to");
                boolean peerOk = peers.isMissingNode() || peers.isEmpty();
                for (JsonNode p : peers) {
                    peerOk |= peerMatches(p, peer, policy.path("metadata").path("namespace").asText());
                }
                boolean portOk = rule.path("ports").isMissingNode() || rule.path("ports").isEmpty();
                for (JsonNode p : rule.path("ports")) {
                    portOk |= p.path("port").asInt() == port && p.path("protocol").asText("TCP").equals(protocol);
                }
                if (peerOk && portOk) {
                    return true;
                }
            }
        }
        return !isolated;
    }

    private static boolean peerMatches(JsonNode peer, Party party, String policyNamespace) {
        if (peer.has("ipBlock")) {
            return false; // no party is addressed by IP; an ipBlock would open traffic this test does not model
        }
        boolean nsOk = peer.has("namespaceSelector")
                ? WorkloadTest.matches(peer.path("namespaceSelector"), party.namespaceLabels())
                        || peer.path("namespaceSelector").isEmpty()
                : party.namespace().equals(policyNamespace);
        boolean podOk = !peer.has("podSelector") || peer.path("podSelector").isEmpty()
                || WorkloadTest.matches(peer.path("podSelector"), party.labels());
        return nsOk && podOk;
    }

    /** What the configuration says may flow: "from -> to:port/protocol". */
    static Set<String> expected(String overlay) {
        Set<String> flows = new TreeSet<>();
        int keycloakPort = Manifests.get(overlay, "Keycloak", "keycloak").path("spec").path("http").path("httpPort").asInt();
        for (String app : Manifests.APPS) {
            AppConfig config = AppConfig.of(app);
            flows.add(app + " -> dns:53/UDP");
            flows.add(app + " -> dns:53/TCP");
            flows.add(app + " -> keycloak:" + keycloakPort + "/TCP");
            if (config.database() != null) {
                String cluster = Manifests.ofKind(overlay, "Cluster").stream()
                        .filter(c -> config.database().equals(c.path("spec").path("bootstrap").path("initdb").path("database").asText()))
                        .map(Manifests::name).findFirst().orElseThrow();
                flows.add(app + " -> " + cluster + ":5432/TCP");
            }
            for (String callee : config.callees()) {
                flows.add(app + " -> " + callee + ":" + AppConfig.of(callee).httpPort() + "/TCP");
            }
            flows.add("ingress-controller -> " + app + ":" + config.httpPort() + "/TCP");
            flows.add("prometheus -> " + app + ":" + config.managementPort() + "/TCP");
        }
        return flows;
    }

    /** The flows the policies allow that start or end at an app, over every party and every port in play. */
    static Set<String> actual(String overlay) {
        List<ObjectNode> policies = Manifests.ofKind(overlay, "NetworkPolicy");
        Map<String, Party> parties = parties(overlay);
        Set<Integer> ports = new TreeSet<>(List.of(53, 5432, 8000, 9187, 9000, 7800));
        ports.add(Manifests.get(overlay, "Keycloak", "keycloak").path("spec").path("http").path("httpPort").asInt());
        for (String app : Manifests.APPS) {
            ports.add(AppConfig.of(app).httpPort());
            ports.add(AppConfig.of(app).managementPort());
        }
        Set<String> flows = new TreeSet<>();
        for (Party from : parties.values()) {
            for (Party to : parties.values()) {
                if (from == to || !(Manifests.APPS.contains(from.name()) || Manifests.APPS.contains(to.name()))) {
                    continue;
                }
                for (int port : ports) {
                    for (String protocol : List.of("TCP", "UDP")) {
                        if (allowed(policies, from, to, port, protocol)) {
                            flows.add(from.name() + " -> " + to.name() + ":" + port + "/" + protocol);
                        }
                    }
                }
            }
        }
        return flows;
    }


    @ParameterizedTest
    @MethodSource(Manifests.EACH_OVERLAY)
    void theAppsTalkExactlyAsTheirConfigurationSays(String overlay) {
        Set<String> expected = expected(overlay);
        Set<String> actual = actual(overlay);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertThat(missing).as("%s: flows the configuration needs but the NetworkPolicies block", overlay).isEmpty();
        assertThat(extra).as("%s: flows the NetworkPolicies allow but no configuration needs", overlay).isEmpty();
    }

    @ParameterizedTest
    @MethodSource(Manifests.EACH_OVERLAY)
    void theDatabasesAndKeycloakAcceptOnlyTheirClients(String overlay) {
        List<ObjectNode> policies = Manifests.ofKind(overlay, "NetworkPolicy");
        Map<String, Party> parties = parties(overlay);
        List<String> wrong = new ArrayList<>();
        for (ObjectNode cluster : Manifests.ofKind(overlay, "Cluster")) {
            Party db = parties.get(Manifests.name(cluster));
            for (Party from : parties.values()) {
                boolean client = Manifests.APPS.contains(from.name())
                        ? cluster.path("spec").path("bootstrap").path("initdb").path("database").asText().equals(AppConfig.of(from.name()).database())
                        : from.name().equals("keycloak") && Manifests.name(cluster).equals(
                                Manifests.get(overlay, "Keycloak", "keycloak").path("spec").path("db").path("host").asText().replace("-rw", ""));
                if (from != db && client != allowed(policies, from, db, 5432, "TCP")) {
                    wrong.add(from.name() + " -> " + db.name() + ":5432 " + (client ? "blocked" : "allowed"));
                }
            }
        }
        Party keycloak = parties.get("keycloak");
        for (Party from : parties.values()) {
            boolean client = Manifests.APPS.contains(from.name()) || from.name().equals("ingress-controller");
            if (from != keycloak && client != allowed(policies, from, keycloak, 8080, "TCP")) {
                wrong.add(from.name() + " -> keycloak:8080 " + (client ? "blocked" : "allowed"));
            }
        }
        assertThat(wrong).as("%s: database and Keycloak access", overlay).isEmpty();
    }

    @Test
    void anOpenPolicyIsCaught() {
        List<ObjectNode> policies = new ArrayList<>(Manifests.ofKind("prod", "NetworkPolicy"));
        Map<String, Party> parties = parties("prod");
        assertThat(allowed(policies, parties.get("other-pod"), parties.get("enterprises-service"), 8082, "TCP")).isFalse();
        ObjectNode open = Manifests.JSON.createObjectNode();
        open.putObject("metadata").put("name", "allow-all").put("namespace", "yuanqu");
        ObjectNode spec = open.putObject("spec");
        spec.putObject("podSelector");
        spec.putArray("ingress").addObject();
        policies.add(open);
        assertThat(allowed(policies, parties.get("other-pod"), parties.get("enterprises-service"), 8082, "TCP")).isTrue();
    }
}
