package cn.yuanqu.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Scraping, alerts, databases and backups. */
class OperationsTest {


    @ParameterizedTest
    @MethodSource(Manifests.EACH_OVERLAY)
    void prometheusScrapesEveryManagementPort(String overlay) {
        List<String> unscraped = new ArrayList<>();
        for (String app : Manifests.APPS) {
            ObjectNode service = Manifests.get(overlay, "Service", app);
            boolean scraped = false;
            for (ObjectNode monitor : Manifests.ofKind(overlay, "ServiceMonitor")) {
                if (!WorkloadTest.matches(monitor.path("spec").path("selector"), WorkloadTest.labels(service.path("metadata").path("labels")))) {
                    continue;
                }
                for (JsonNode endpoint : monitor.path("spec").path("endpoints")) {
                    String port = endpoint.path("port").asText();
                    boolean portOk = false;
                    for (JsonNode p : service.path("spec").path("ports")) {
                        portOk |= p.path("name").asText().equals(port) && p.path("port").asInt() == AppConfig.of(app).managementPort();
                    }
                    scraped |= portOk && endpoint.path("path").asText().equals("/q/metrics");
                }
            }
            if (!scraped) {
                unscraped.add(app);
            }
        }
        assertThat(unscraped).as("%s: apps whose management port (/q/metrics) no ServiceMonitor scrapes", overlay).isEmpty();
        Set<String> clusters = new TreeSet<>();
        Manifests.ofKind(overlay, "Cluster").forEach(c -> clusters.add(Manifests.name(c)));
        for (String cluster : clusters) {
            assertThat(Manifests.ofKind(overlay, "PodMonitor").stream().anyMatch(m -> WorkloadTest.matches(m.path("spec").path("selector"),
                    java.util.Map.of("cnpg.io/cluster", cluster, "cnpg.io/podRole", "instance"))))
                    .as("%s: a PodMonitor scrapes database %s", overlay, cluster).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource(Manifests.EACH_OVERLAY)
    void theAlertsCoverWhatOpsAskedFor(String overlay) {
        StringBuilder exprs = new StringBuilder();
        Set<String> alerts = new TreeSet<>();
        for (ObjectNode rule : Manifests.ofKind(overlay, "PrometheusRule")) {
            for (JsonNode group : rule.path("spec").path("groups")) {
                for (JsonNode r : group.path("rules")) {
                    alerts.add(r.path("alert").asText());
                    exprs.append(r.path("alert").asText()).append(": ").append(r.path("expr").asText()).append('\n');
                    assertThat(r.path("labels").path("severity").asText()).as("%s has a severity", r.path("alert").asText()).isNotEmpty();
                }
            }
        }
        assertThat(alerts).contains("YuanquServiceDown", "YuanquHighErrorRate", "YuanquHighLatencyP95",
                "YuanquDatabaseConnectionsHigh", "YuanquDatabaseBackupFailed");
        String all = exprs.toString();
        for (String app : Manifests.APPS) {
            assertThat(all).as("the service alerts name %s", app).contains(app);
        }
        assertThat(all).contains("http_server_requests_seconds_count", "histogram_quantile(0.95", "cnpg_backends_total",
                "cnpg_collector_last_failed_backup_timestamp");
    }

    @ParameterizedTest
    @MethodSource(Manifests.EACH_OVERLAY)
    void everyServiceHasItsOwnDatabase(String overlay) {
        Set<String> databases = new TreeSet<>();
        for (String app : Manifests.APPS) {
            String db = AppConfig.of(app).database();
            if (db != null) {
                long clusters = Manifests.ofKind(overlay, "Cluster").stream()
                        .filter(c -> db.equals(c.path("spec").path("bootstrap").path("initdb").path("database").asText())).count();
                assertThat(clusters).as("%s: Clusters creating database %s of %s", overlay, db, app).isEqualTo(1);
                assertThat(databases.add(db)).as("%s: database %s shared", overlay, db).isTrue();
            }
        }
        assertThat(databases).hasSize(4);
    }

    @Test
    void prodBacksUpEveryDatabase() {
        List<String> problems = new ArrayList<>();
        for (ObjectNode cluster : Manifests.ofKind("prod", "Cluster")) {
            String name = Manifests.name(cluster);
            JsonNode backup = cluster.path("spec").path("backup");
            if (backup.path("barmanObjectStore").path("destinationPath").asText().isEmpty()) {
                problems.add(name + " declares no backup.barmanObjectStore");
            }
            if (backup.path("retentionPolicy").asText().isEmpty()) {
                problems.add(name + " has no retentionPolicy");
            }
            if (cluster.path("spec").path("instances").asInt() < 3) {
                problems.add(name + " has fewer than 3 instances");
            }
            boolean scheduled = Manifests.ofKind("prod", "ScheduledBackup").stream()
                    .anyMatch(s -> s.path("spec").path("cluster").path("name").asText().equals(name)
                            && !s.path("spec").path("suspend").asBoolean(false));
            if (!scheduled) {
                problems.add(name + " has no ScheduledBackup");
            }
        }
        assertThat(Manifests.ofKind("prod", "Cluster")).hasSize(5);
        assertThat(problems).as("prod database backups").isEmpty();
    }
}
