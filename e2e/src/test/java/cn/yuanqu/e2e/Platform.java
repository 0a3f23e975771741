package cn.yuanqu.e2e;

import static io.restassured.RestAssured.given;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import cn.yuanqu.demo.DemoLoader;

/**
 * The platform under test, started once per test run: enterprises-, projects- and safety-service and
 * the gateway as the packaged applications (real processes, random free ports), against the PostgreSQL and Keycloak
 * that {@code ./yuanqu test} started; the demo zones loaded by the demo generator through the REST
 * API. Stopped when the run ends.
 */
public final class Platform implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    private static volatile Platform started;

    final String keycloak = System.getProperty("yuanqu.test.kc.url", "http://localhost:8181");
    final Path root = Path.of(System.getProperty("yuanqu.root", ".."));
    private final List<Process> processes = new ArrayList<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    URI enterprises;
    URI projects;
    URI safety;
    URI land;
    URI gateway;
    /** The gateway's management interface (health, /q/metrics). */
    URI gatewayManagement;
    DemoLoader.Summary firstLoad;
    private final Map<String, URI> degraded = new HashMap<>();

    /** The running platform (after the extension ran). */
    public static Platform get() {
        return started;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (Platform.class) {
            if (started == null) {
                start();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put("yuanqu-platform", this);
                started = this;
            }
        }
    }

    private void start() throws Exception {
        Started ent = launchService("enterprises-service", "e2e_enterprises", Map.of());
        enterprises = ent.url();
        Map<String, String> callsEnterprises = Map.of("YUANQU_SERVICES_ENTERPRISES_URL", enterprises.toString());
        Started prj = launchService("projects-service", "e2e_projects", callsEnterprises);
        Started saf = launchService("safety-service", "e2e_safety", callsEnterprises);
        Started lnd = launchService("land-service", "e2e_land", callsEnterprises);
        Started gw = launchService("gateway", null, Map.of("YUANQU_SERVICES_ENTERPRISES_URL", enterprises.toString(),
                "YUANQU_SERVICES_PROJECTS_URL", prj.url().toString(), "YUANQU_SERVICES_SAFETY_URL", saf.url().toString(),
                "YUANQU_SERVICES_LAND_URL", lnd.url().toString()));
        projects = prj.url();
        safety = saf.url();
        land = lnd.url();
        gateway = gw.url();
        gatewayManagement = URI.create(gw.health().toString().replace("/q/health/ready", ""));
        for (Started s : List.of(ent, prj, saf, lnd, gw)) {
            awaitReady(s.module(), s.listening(), s.health());
        }
        firstLoad = new DemoLoader(URI.create(keycloak), enterprises, projects, safety, land).load();
    }

    /** An application being started: its URL, its readiness URL and the future of "listening". */
    private record Started(String module, URI url, URI health, CompletableFuture<Void> listening) {
    }

    /**
     * A second gateway, started on first use, for which {@code service} ("enterprises", "projects", "safety"
     * or "land") is down — its URL is a closed port — while the others are the platform's: how the gateway
     * answers when one service is unavailable, without stopping a service the other tests use.
     */
    public synchronized URI gatewayWithout(String service) throws Exception {
        URI known = degraded.get(service);
        if (known != null) {
            return known;
        }
        Map<String, String> env = new HashMap<>(Map.of("YUANQU_SERVICES_ENTERPRISES_URL", enterprises.toString(),
                "YUANQU_SERVICES_PROJECTS_URL", projects.toString(), "YUANQU_SERVICES_SAFETY_URL", safety.toString(),
                "YUANQU_SERVICES_LAND_URL", land.toString()));
        env.put("YUANQU_SERVICES_" + service.toUpperCase(java.util.Locale.ROOT) + "_URL", "http://localhost:9");
        Started gw = launchService("gateway", null, env, "gateway-without-" + service);
        awaitReady(gw.module(), gw.listening(), gw.health());
        degraded.put(service, gw.url());
        return gw.url();
    }

    /** Starts an application on free ports, with its own database ({@code db}, none for the gateway). */
    private Started launchService(String module, String db, Map<String, String> extra) throws IOException {
        return launchService(module, db, extra, module);
    }

    private Started launchService(String module, String db, Map<String, String> extra, String logName) throws IOException {
        int http = freePort();
        int management = freePort();
        Map<String, String> env = new HashMap<>(extra);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(http));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(management));
        env.put("YUANQU_KEYCLOAK_URL", keycloak);
        if (db != null) {
            env.put("YUANQU_DB_PORT", System.getProperty("yuanqu.test.pg.port", "55433"));
            env.put("YUANQU_DB_NAME", db);
            env.put("YUANQU_DB_USER", System.getProperty("yuanqu.test.pg.user", "yuanqu"));
            env.put("YUANQU_DB_PASSWORD", System.getProperty("yuanqu.test.pg.password", ""));
        }
        return new Started(module, URI.create("http://localhost:" + http),
                URI.create("http://localhost:" + management + "/q/health/ready"), launch(module, env, logName));
    }

    /**
     * Starts a packaged application; its output goes to {@code e2e/target/logs/<module>.log}, and the
     * returned future completes when Quarkus reports it is listening (no polling, no sleeping).
     */
    private CompletableFuture<Void> launch(String module, Map<String, String> env, String logName) throws IOException {
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the applications before the e2e tests");
        }
        Path logs = root.resolve("e2e/target/logs");
        Files.createDirectories(logs);
        ProcessBuilder pb = new ProcessBuilder(javaBin(), "-Xms64m", "-Xmx384m", "-jar", jar.toString())
                .redirectErrorStream(true);
        pb.environment().putAll(env);
        Process process = pb.start();
        processes.add(process);
        CompletableFuture<Void> listening = new CompletableFuture<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    BufferedWriter log = Files.newBufferedWriter(logs.resolve(logName + ".log"), StandardCharsets.UTF_8)) {
                String line;
                while ((line = out.readLine()) != null) {
                    log.write(line);
                    log.newLine();
                    log.flush();
                    if (line.contains("Listening on:")) {
                        listening.complete(null);
                    }
                }
            } catch (IOException e) {
                listening.completeExceptionally(e);
            }
            // the output ends when the process exits (or is being stopped at the end of the run)
            String exit = process.isAlive() ? "is stopping" : "exited with " + process.exitValue();
            listening.completeExceptionally(new IllegalStateException(
                    logName + " " + exit + "; see e2e/target/logs/" + logName + ".log"));
        }, logName + "-output");
        pump.setDaemon(true);
        pump.start();
        return listening;
    }

    private static void awaitReady(String name, CompletableFuture<Void> listening, URI health) throws Exception {
        try {
            listening.get(120, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException(name + " did not start within 120 s; see e2e/target/logs", e);
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(name + " is not healthy: " + r.statusCode() + " " + r.body());
        }
    }

    /** A real access token of a demo user from the test Keycloak. */
    public String token(String username) {
        return tokens.computeIfAbsent(username, u -> given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("client_id", "yuanqu-web")
                .formParam("username", u).formParam("password", "demo")
                .when().post(keycloak + "/realms/yuanqu/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token"));
    }

    /** The client-credentials token of one of the platform's services (its service account), e.g. land-service. */
    public String serviceToken(String clientId, String secretVariable) {
        return tokens.computeIfAbsent("#" + clientId, u -> given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", System.getenv(secretVariable))
                .when().post(keycloak + "/realms/yuanqu/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token"));
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }

    private static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }
}
