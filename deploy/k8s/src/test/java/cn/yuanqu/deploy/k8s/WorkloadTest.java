package cn.yuanqu.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each service and the gateway as its overlay runs it, against the module's configuration and image. */
class WorkloadTest {

    static Stream<Arguments> overlayAndApp() {
        return Manifests.OVERLAYS.stream().flatMap(o -> Manifests.APPS.stream().map(a -> Arguments.of(o, a)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlayAndApp")
    void everyAppHasItsObjects(String overlay, String app) {
        for (String kind : List.of("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy")) {
            Manifests.get(overlay, kind, app);
        }
        JsonNode hpa = Manifests.get(overlay, "HorizontalPodAutoscaler", app).path("spec");
        assertThat(hpa.path("scaleTargetRef").path("kind").asText() + "/" + hpa.path("scaleTargetRef").path("name").asText())
                .as("%s: HPA %s scales", overlay, app).isEqualTo("Deployment/" + app);
        assertThat(hpa.path("minReplicas").asInt()).as("%s: HPA %s minReplicas (a PDB needs two pods)", overlay, app).isGreaterThanOrEqualTo(2);
        assertThat(hpa.path("maxReplicas").asInt()).isGreaterThanOrEqualTo(hpa.path("minReplicas").asInt());
        JsonNode deployment = Manifests.get(overlay, "Deployment", app);
        assertThat(deployment.path("spec").has("replicas")).as("%s: Deployment %s leaves replicas to its HPA", overlay, app).isFalse();
        Map<String, String> podLabels = labels(deployment.path("spec").path("template").path("metadata").path("labels"));
        assertThat(matches(deployment.path("spec").path("selector"), podLabels)).as("%s: Deployment %s selects its pods", overlay, app).isTrue();
        assertThat(matches(Manifests.get(overlay, "PodDisruptionBudget", app).path("spec").path("selector"), podLabels))
                .as("%s: PDB %s selects the pods", overlay, app).isTrue();
        assertThat(subset(labels(Manifests.get(overlay, "Service", app).path("spec").path("selector")), podLabels))
                .as("%s: Service %s selects the pods", overlay, app).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlayAndApp")
    void portsAndProbesAreThoseOfTheConfiguration(String overlay, String app) {
        AppConfig config = AppConfig.of(app);
        assertThat(config.managementEnabled()).as("%s has a management port (quarkus.management.enabled)", app).isTrue();
        JsonNode c = Manifests.container(overlay, app);
        Map<String, Integer> ports = new HashMap<>();
        c.path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
        assertThat(ports).as("%s: container ports of %s vs quarkus.http.port and quarkus.management.port", overlay, app)
                .isEqualTo(Map.of("http", config.httpPort(), "management", config.managementPort()));
        for (String[] probe : new String[][] {{"livenessProbe", "live"}, {"readinessProbe", "ready"}, {"startupProbe", "started"}}) {
            JsonNode get = c.path(probe[0]).path("httpGet");
            assertThat(get.path("path").asText()).as("%s: %s %s path", overlay, app, probe[0]).isEqualTo(config.healthPath(probe[1]));
            assertThat(get.path("port").asText()).as("%s: %s %s port", overlay, app, probe[0]).isEqualTo("management");
        }
        // the Service forwards both ports to the named container ports
        Map<String, String> servicePorts = new HashMap<>();
        Manifests.get(overlay, "Service", app).path("spec").path("ports").forEach(p -> {
            servicePorts.put(p.path("name").asText(), p.path("port").asInt() + "->" + p.path("targetPort").asText());
        });
        assertThat(servicePorts).as("%s: Service %s ports", overlay, app).isEqualTo(Map.of(
                "http", config.httpPort() + "->http", "management", config.managementPort() + "->management"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlayAndApp")
    void podsRunLockedDown(String overlay, String app) {
        JsonNode deployment = Manifests.get(overlay, "Deployment", app);
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        JsonNode c = Manifests.container(overlay, app);
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).as("%s: %s runAsNonRoot", overlay, app).isTrue();
        assertThat(pod.path("securityContext").path("runAsUser").asInt()).as("%s: %s runAsUser", overlay, app).isEqualTo(Image.of(app).user());
        assertThat(c.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).as("%s: %s readOnlyRootFilesystem", overlay, app).isTrue();
        assertThat(c.path("securityContext").path("allowPrivilegeEscalation").isBoolean()
                && !c.path("securityContext").path("allowPrivilegeEscalation").asBoolean()).as("%s: %s allowPrivilegeEscalation false", overlay, app).isTrue();
        assertThat(c.path("securityContext").path("capabilities").path("drop").toString()).as("%s: %s drops capabilities", overlay, app).contains("\"ALL\"");
        assertThat(c.path("volumeMounts").toString()).as("%s: %s has a writable /tmp on a read-only root", overlay, app).contains("\"/tmp\"");
        assertThat(c.path("resources").path("requests").has("cpu") && c.path("resources").path("requests").has("memory")
                && c.path("resources").path("limits").has("memory")).as("%s: %s resources", overlay, app).isTrue();
        // rollout: a new pod must be ready (Flyway done) before an old one goes
        JsonNode rolling = deployment.path("spec").path("strategy").path("rollingUpdate");
        assertThat(rolling.path("maxUnavailable").asText()).as("%s: %s maxUnavailable", overlay, app).isEqualTo("0");
        assertThat(rolling.path("maxSurge").asText()).as("%s: %s maxSurge", overlay, app).isEqualTo("1");
        if (AppConfig.of(app).database() != null) {
            assertThat(AppConfig.of(app).props.get("quarkus.flyway.migrate-at-start")).as("%s migrates at start", app).isEqualTo("true");
            assertThat(c.path("startupProbe").path("periodSeconds").asInt() * c.path("startupProbe").path("failureThreshold").asInt())
                    .as("%s: %s startup probe leaves a migration at least 2 minutes", overlay, app).isGreaterThanOrEqualTo(120);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlayAndApp")
    void imageIsTheModulesImage(String overlay, String app) {
        Image image = Image.of(app);
        String used = Manifests.container(overlay, app).path("image").asText();
        assertThat(used).as("%s: image of %s vs %s", overlay, app, image.dockerfile).isEqualTo(image.name() + ":" + image.tag());
        assertThat(image.tag()).as("%s image tag vs the Maven project version", app).isEqualTo(Image.projectVersion());
        assertThat(image.exposed()).as("%s: EXPOSE vs application.properties", image.dockerfile)
                .containsExactlyInAnyOrder(AppConfig.of(app).httpPort(), AppConfig.of(app).managementPort());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlayAndApp")
    void everyEnvironmentVariableTheAppReadsIsProvided(String overlay, String app) {
        Map<String, String> provided = env(overlay, app);
        List<String> missing = new ArrayList<>();
        AppConfig.of(app).requiredEnv().forEach((name, why) -> {
            if (!provided.containsKey(name)) {
                missing.add(name + " (" + why + ")");
            }
        });
        assertThat(missing).as("%s: environment %s reads but Deployment %s does not provide", overlay, app, app).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlayAndApp")
    void theEnvironmentPointsAtTheRightObjects(String overlay, String app) {
        AppConfig config = AppConfig.of(app);
        Map<String, String> env = env(overlay, app);
        String db = config.database();
        if (db != null) {
            ObjectNode cluster = Manifests.ofKind(overlay, "Cluster").stream()
                    .filter(c -> db.equals(c.path("spec").path("bootstrap").path("initdb").path("database").asText())).findFirst()
                    .orElseThrow(() -> new AssertionError(overlay + ": no CloudNativePG Cluster creates database " + db + " for " + app));
            String name = Manifests.name(cluster);
            assertThat(env.get("YUANQU_DB_HOST")).as("%s: %s YUANQU_DB_HOST", overlay, app).isEqualTo(name + "-rw");
            assertThat(env.get("YUANQU_DB_PORT")).as("%s: %s YUANQU_DB_PORT", overlay, app).isEqualTo("5432");
            assertThat(env.get("YUANQU_DB_NAME")).as("%s: %s YUANQU_DB_NAME", overlay, app).isEqualTo(db);
            assertThat(env.get("YUANQU_DB_USER")).as("%s: %s YUANQU_DB_USER", overlay, app).isEqualTo("secret:" + name + "-app/username");
            assertThat(env.get("YUANQU_DB_PASSWORD")).as("%s: %s YUANQU_DB_PASSWORD", overlay, app).isEqualTo("secret:" + name + "-app/password");
        }
        JsonNode keycloak = Manifests.get(overlay, "Keycloak", "keycloak").path("spec");
        assertThat(env.get("YUANQU_KEYCLOAK_URL")).as("%s: %s YUANQU_KEYCLOAK_URL", overlay, app)
                .isEqualTo("http://keycloak-service:" + keycloak.path("http").path("httpPort").asInt());
        for (String callee : config.callees()) {
            String var = AppConfig.envName("yuanqu.services." + callee.replace("-service", "") + "-url");
            assertThat(env.get(var)).as("%s: %s %s", overlay, app, var)
                    .isEqualTo("http://" + callee + ":" + AppConfig.of(callee).httpPort());
            Manifests.get(overlay, "Service", callee);
        }
    }

    /** The container's environment: literal values, ConfigMap values, secret:name/key for Secret references. */
    static Map<String, String> env(String overlay, String app) {
        JsonNode c = Manifests.container(overlay, app);
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode from : c.path("envFrom")) {
            if (from.has("configMapRef")) {
                String name = from.path("configMapRef").path("name").asText();
                JsonNode cm = Manifests.get(overlay, "ConfigMap", name);
                cm.path("data").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
            } else {
                throw new AssertionError(overlay + ": " + app + " takes a whole Secret as environment (" + from + "); name each key instead");
            }
        }
        for (JsonNode e : c.path("env")) {
            JsonNode ref = e.path("valueFrom").path("secretKeyRef");
            env.put(e.path("name").asText(), e.has("value") ? e.path("value").asText()
                    : "secret:" + ref.path("name").asText() + "/" + ref.path("key").asText());
        }
        return env;
    }

    static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new HashMap<>();
        node.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    static boolean subset(Map<String, String> selector, Map<String, String> labels) {
        return !selector.isEmpty() && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    /** A LabelSelector (matchLabels and matchExpressions In/NotIn/Exists/DoesNotExist) against labels. */
    static boolean matches(JsonNode selector, Map<String, String> labels) {
        if (!subset(labels(selector.path("matchLabels")), labels) && selector.path("matchLabels").size() > 0) {
            return false;
        }
        for (JsonNode expr : selector.path("matchExpressions")) {
            String key = expr.path("key").asText();
            Set<String> values = new TreeSet<>();
            expr.path("values").forEach(v -> values.add(v.asText()));
            boolean ok = switch (expr.path("operator").asText()) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> throw new AssertionError("unknown selector operator " + expr);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A module's image definition: src/main/docker/Dockerfile.jvm. */
    record Image(String module, Path dockerfile, String text) {

        static Image of(String module) {
            Path f = Manifests.root().resolve(module).resolve("src/main/docker/Dockerfile.jvm");
            return new Image(module, f, Manifests.read(f));
        }

        private String label(String label) {
            Matcher m = Pattern.compile(Pattern.quote(label) + "=\"([^\"]+)\"").matcher(text);
            if (!m.find()) {
                throw new AssertionError(dockerfile + " has no LABEL " + label);
            }
            return m.group(1);
        }

        String name() {
            return label("org.opencontainers.image.title");
        }

        String tag() {
            return label("org.opencontainers.image.version");
        }

        int user() {
            Matcher m = Pattern.compile("(?m)^USER\\s+(\\d+)\\s*$").matcher(text);
            if (!m.find()) {
                throw new AssertionError(dockerfile + " sets no numeric USER");
            }
            return Integer.parseInt(m.group(1));
        }

        List<Integer> exposed() {
            Matcher m = Pattern.compile("(?m)^EXPOSE\\s+(.+)$").matcher(text);
            List<Integer> ports = new ArrayList<>();
            while (m.find()) {
                for (String p : m.group(1).trim().split("\\s+")) {
                    ports.add(Integer.parseInt(p.replace("/tcp", "")));
                }
            }
            return ports;
        }

        static String projectVersion() {
            Matcher m = Pattern.compile("<artifactId>yuanqu-parent</artifactId>\\s*<version>([^<]+)</version>")
                    .matcher(Manifests.read(Manifests.root().resolve("pom.xml")));
            if (!m.find()) {
                throw new AssertionError("no version in the root pom.xml");
            }
            return m.group(1);
        }
    }
}
