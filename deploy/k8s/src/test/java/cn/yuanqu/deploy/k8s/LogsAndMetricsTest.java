package cn.yuanqu.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What ops read of the apps: JSON console logs in the cluster (readable ones locally), and the request
 * latency histogram the p95 alert is computed from.
 */
class LogsAndMetricsTest {

    static final String JSON_ENABLED = "quarkus.log.console.json.enabled";
    /** Deprecated since Quarkus 3.19, still read when {@link #JSON_ENABLED} is not set; defaults to true. */
    static final String JSON_DEPRECATED = "quarkus.log.console.json";
    static final String P95_ALERT = "YuanquHighLatencyP95";
    static final String HISTOGRAM_METRIC = "http_server_requests_seconds_bucket";

    private static final Pattern DURATION = Pattern.compile("Duration\\.of(Millis|Seconds)\\((\\d+)\\)");

    static Stream<org.junit.jupiter.params.provider.Arguments> overlayAndApp() {
        return WorkloadTest.overlayAndApp();
    }

    static Stream<String> apps() {
        return Manifests.APPS.stream();
    }

    /**
     * Whether Quarkus writes JSON to the console, as quarkus-logging-json 3.29 decides it: without the
     * extension never; with it {@code quarkus.log.console.json.enabled}, else the deprecated
     * {@code quarkus.log.console.json}, else true. {@code property} answers a property from the environment
     * (its MicroProfile Config name, which wins) or the configuration, or null.
     */
    static boolean jsonConsole(boolean extension, Function<String, String> property) {
        if (!extension) {
            return false;
        }
        String value = property.apply(JSON_ENABLED);
        if (value == null) {
            value = property.apply(JSON_DEPRECATED);
        }
        return value == null || Boolean.parseBoolean(value.trim());
    }

    /** A property as a container sees it: its environment variable, else the prod configuration. */
    static Function<String, String> inContainer(Map<String, String> env, AppConfig config) {
        return key -> env.containsKey(AppConfig.envName(key)) ? env.get(AppConfig.envName(key)) : config.props.get(key);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlayAndApp")
    void appsLogJsonInTheCluster(String overlay, String app) {
        boolean extension = Pom.of(app).uses("io.quarkus", "quarkus-logging-json");
        assertThat(extension).as("%s/pom.xml has io.quarkus:quarkus-logging-json (JSON logs in the cluster)", app).isTrue();
        Map<String, String> env = WorkloadTest.env(overlay, app);
        assertThat(jsonConsole(extension, inContainer(env, AppConfig.of(app))))
                .as("%s: Deployment %s has quarkus-logging-json but does not switch JSON logs on: neither its environment"
                        + " (QUARKUS_LOG_CONSOLE_JSON_ENABLED=true in its ConfigMap, base/kustomization.yaml) nor its"
                        + " prod configuration; it has %s=%s", overlay, app, AppConfig.envName(JSON_ENABLED), env.get(AppConfig.envName(JSON_ENABLED)))
                .isTrue();
    }

    @ParameterizedTest
    @MethodSource("apps")
    void localRunsKeepTheReadableFormat(String app) {
        boolean extension = Pom.of(app).uses("io.quarkus", "quarkus-logging-json");
        AppConfig config = AppConfig.of(app);
        for (String profile : List.of("dev", "test")) {
            assertThat(jsonConsole(extension, key -> config.inProfile(profile, key)))
                    .as("%s logs JSON in the %s profile: set %s=false in its application.properties", app, profile, JSON_ENABLED)
                    .isFalse();
        }
    }

    @Test
    void theJsonDecisionIsQuarkus() {
        Map<String, String> none = Map.of();
        assertThat(jsonConsole(true, none::get)).as("the extension's default").isTrue();
        assertThat(jsonConsole(false, Map.of(JSON_ENABLED, "true")::get)).as("no extension, no JSON").isFalse();
        assertThat(jsonConsole(true, Map.of(JSON_ENABLED, "false")::get)).isFalse();
        assertThat(jsonConsole(true, Map.of(JSON_DEPRECATED, "false")::get)).isFalse();
        assertThat(jsonConsole(true, Map.of(JSON_DEPRECATED, "false", JSON_ENABLED, "true")::get)).isTrue();
        // the environment wins over application.properties
        AppConfig config = AppConfig.of(Manifests.APPS.get(0));
        assertThat(config.props).containsEntry(JSON_ENABLED, "false");
        assertThat(jsonConsole(true, inContainer(Map.of("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true"), config))).isTrue();
        assertThat(jsonConsole(true, inContainer(none, config))).as("a ConfigMap without the variable").isFalse();
    }

    /**
     * The sources that give a module's {@code http.server.requests} timer its histogram: a CDI-produced
     * Micrometer MeterFilter with percentilesHistogram(true), in the module or in the platform library
     * it runs with.
     */
    static List<Path> histogramSources(String app) {
        List<Path> roots = new ArrayList<>(List.of(Manifests.root().resolve(app).resolve("src/main/java")));
        if (Pom.of(app).uses("cn.yuanqu", "yuanqu-platform")) {
            roots.add(Manifests.root().resolve("platform/src/main/java"));
        }
        List<Path> found = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                    String text = Manifests.read(f);
                    if (text.contains("MeterFilter") && text.contains("@Produces") && text.contains("percentilesHistogram(true)")
                            && text.contains("\"http.server.requests\"")) {
                        found.add(f);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    /** The durations, in seconds, a histogram source names (its buckets and bounds). */
    static Set<Double> durations(Path source) {
        Set<Double> seconds = new TreeSet<>();
        Matcher m = DURATION.matcher(Manifests.read(source));
        while (m.find()) {
            long n = Long.parseLong(m.group(2));
            seconds.add(m.group(1).equals("Millis") ? n / 1000.0 : n);
        }
        return seconds;
    }

    @ParameterizedTest
    @MethodSource("apps")
    void everyAppPublishesItsLatencyHistogram(String app) {
        Pom pom = Pom.of(app);
        assertThat(pom.uses("io.quarkus", "quarkus-micrometer-registry-prometheus"))
                .as("%s/pom.xml has quarkus-micrometer-registry-prometheus (/q/metrics, and the MeterFilter needs Micrometer)", app).isTrue();
        AppConfig config = AppConfig.of(app);
        assertThat(config.props.getOrDefault("quarkus.micrometer.enabled", "true")).as("%s quarkus.micrometer.enabled", app).isEqualTo("true");
        assertThat(config.props.getOrDefault("quarkus.micrometer.binder.http-server.enabled", "true"))
                .as("%s quarkus.micrometer.binder.http-server.enabled", app).isEqualTo("true");
        List<Path> sources = histogramSources(app);
        assertThat(sources).as("%s: the MeterFilter producer that gives http.server.requests its histogram"
                + " (cn.yuanqu.platform.metrics.HttpServerRequestsHistogram, or the module's own)", app).hasSize(1);
    }

    @Test
    void everyAppHasTheSameBuckets() {
        Map<String, Set<Double>> buckets = new HashMap<>();
        for (String app : Manifests.APPS) {
            for (Path source : histogramSources(app)) {
                buckets.put(app + " (" + Manifests.root().relativize(source) + ")", durations(source));
            }
        }
        assertThat(Set.copyOf(buckets.values())).as("the histogram durations (seconds) of the apps differ: %s", buckets).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource(Manifests.EACH_OVERLAY)
    void theP95AlertReadsTheAppsOwnHistogram(String overlay) {
        JsonNode alert = null;
        for (ObjectNode rule : Manifests.ofKind(overlay, "PrometheusRule")) {
            for (JsonNode group : rule.path("spec").path("groups")) {
                for (JsonNode r : group.path("rules")) {
                    if (P95_ALERT.equals(r.path("alert").asText())) {
                        alert = r;
                    }
                }
            }
        }
        assertThat(alert).as("%s: alert %s", overlay, P95_ALERT).isNotNull();
        String expr = alert.path("expr").asText().trim();
        assertThat(expr).as("%s: %s", overlay, P95_ALERT).startsWith("histogram_quantile(0.95,").contains(HISTOGRAM_METRIC)
                .doesNotContain("nginx");
        assertThat(Pattern.compile("sum by \\((le, job|job, le)\\)").matcher(expr).find())
                .as("%s: %s sums the buckets by le and job (one p95 per app over its pods): %s", overlay, P95_ALERT, expr).isTrue();
        Matcher jobs = Pattern.compile("job=~\"([^\"]+)\"").matcher(expr);
        assertThat(jobs.find()).as("%s: %s selects the apps by job", overlay, P95_ALERT).isTrue();
        assertThat(Set.of(jobs.group(1).split("\\|"))).as("%s: the jobs %s covers", overlay, P95_ALERT)
                .containsExactlyInAnyOrderElementsOf(Manifests.APPS);

        // job is the scraped Service's name: the ServiceMonitors neither take it from a label nor relabel it
        Map<String, String> jobOf = new HashMap<>();
        for (String app : Manifests.APPS) {
            ObjectNode service = Manifests.get(overlay, "Service", app);
            for (ObjectNode monitor : Manifests.ofKind(overlay, "ServiceMonitor")) {
                if (WorkloadTest.matches(monitor.path("spec").path("selector"), WorkloadTest.labels(service.path("metadata").path("labels")))) {
                    boolean relabelled = monitor.path("spec").path("jobLabel").isTextual()
                            || monitor.path("spec").path("endpoints").findValues("targetLabel").stream().anyMatch(t -> t.asText().equals("job"));
                    jobOf.put(app, relabelled ? Manifests.id(monitor) + " relabels job" : Manifests.name(service));
                }
            }
        }
        assertThat(jobOf).as("%s: the job label of each app's series", overlay)
                .isEqualTo(Manifests.APPS.stream().collect(Collectors.toMap(a -> a, a -> a)));

        // the threshold is a bucket boundary of every app's histogram, so "p95 > threshold" is exact
        Matcher threshold = Pattern.compile(">\\s*([0-9.]+)$").matcher(expr);
        assertThat(threshold.find()).as("%s: %s ends in > <seconds>: %s", overlay, P95_ALERT, expr).isTrue();
        double seconds = Double.parseDouble(threshold.group(1));
        for (String app : Manifests.APPS) {
            for (Path source : histogramSources(app)) {
                assertThat(durations(source)).as("%s: %s's threshold of %s s is a bucket of %s", overlay, P95_ALERT, seconds, source)
                        .contains(seconds);
            }
        }
    }
}
