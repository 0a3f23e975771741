package cn.yuanqu.deploy.k8s;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a module's application.properties says about running it: ports, health paths, the environment
 * it needs and the services it calls. Only the properties that apply in a cluster count: unprofiled
 * ones and {@code %prod.} ones.
 */
final class AppConfig {

    private static final Pattern ENV_EXPRESSION = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");
    private static final Pattern SERVICE_URL = Pattern.compile("yuanqu\\.services\\.([a-z0-9-]+)-url");

    final String module;
    /** The properties in force in the prod profile (what the container runs). */
    final Map<String, String> props = new TreeMap<>();
    private final Properties raw;

    private AppConfig(String module, Properties raw) {
        this.module = module;
        this.raw = raw;
        for (String key : raw.stringPropertyNames()) {
            if (!key.startsWith("%")) {
                props.put(key, raw.getProperty(key));
            }
        }
        for (String key : raw.stringPropertyNames()) {
            if (key.startsWith("%prod.")) {
                props.put(key.substring("%prod.".length()), raw.getProperty(key));
            }
        }
    }

    static AppConfig of(String module) {
        Path file = Manifests.root().resolve(module).resolve("src/main/resources/application.properties");
        Properties raw = new Properties();
        try {
            raw.load(new StringReader(Manifests.read(file)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return new AppConfig(module, raw);
    }

    String require(String key) {
        String v = props.get(key);
        if (v == null) {
            throw new AssertionError(module + "/src/main/resources/application.properties does not set " + key);
        }
        return v;
    }

    /** A property's value in another profile (dev, test): the %profile. one, else the unprofiled one; or null. */
    String inProfile(String profile, String key) {
        return raw.getProperty("%" + profile + "." + key, raw.getProperty(key));
    }

    int httpPort() {
        return Integer.parseInt(require("quarkus.http.port"));
    }

    boolean managementEnabled() {
        return Boolean.parseBoolean(props.getOrDefault("quarkus.management.enabled", "false"));
    }

    int managementPort() {
        return Integer.parseInt(props.getOrDefault("quarkus.management.port", "9000"));
    }

    /** /q/health/live etc.: the management root path plus SmallRye Health's root and its sub-paths. */
    String healthPath(String kind) {
        String root = "/" + strip(props.getOrDefault("quarkus.management.root-path", "/q"));
        String health = props.getOrDefault("quarkus.smallrye-health.root-path", "health");
        String base = health.startsWith("/") ? health : root + "/" + strip(health);
        String sub = props.getOrDefault("quarkus.smallrye-health." + kind + "-path", kind);
        return sub.startsWith("/") ? sub : base + "/" + sub;
    }

    private static String strip(String s) {
        return s.replaceAll("^/+", "").replaceAll("/+$", "");
    }

    /**
     * The environment variables the container must receive, each with why: ${NAME} expressions without a
     * default, and the properties that describe where things run locally (yuanqu.db.*, yuanqu.keycloak.*,
     * yuanqu.services.*, anything pointing at localhost), which a cluster must override through their
     * environment names (yuanqu.db.host → YUANQU_DB_HOST).
     */
    Map<String, String> requiredEnv() {
        Map<String, String> env = new LinkedHashMap<>();
        props.forEach((key, value) -> {
            Matcher m = ENV_EXPRESSION.matcher(value);
            while (m.find()) {
                if (m.group(2) == null) {
                    env.putIfAbsent(m.group(1), key + "=" + value);
                }
            }
            boolean environmental = key.startsWith("yuanqu.db.") || key.startsWith("yuanqu.keycloak.")
                    || key.startsWith("yuanqu.services.") || value.contains("localhost") || value.contains("127.0.0.1");
            if (environmental && !value.contains("${")) {
                env.putIfAbsent(envName(key), key + "=" + value + " (the local value)");
            }
        });
        return env;
    }

    /** MicroProfile Config's environment name of a property. */
    static String envName(String key) {
        return key.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }

    /** The services this module calls: yuanqu.services.&lt;name&gt;-url names &lt;name&gt;-service. */
    Set<String> callees() {
        Set<String> callees = new TreeSet<>();
        for (String key : props.keySet()) {
            Matcher m = SERVICE_URL.matcher(key);
            if (m.matches()) {
                callees.add(m.group(1).endsWith("-service") ? m.group(1) : m.group(1) + "-service");
            }
        }
        return callees;
    }

    /** The database name, or null for a module without a database. */
    String database() {
        return props.containsKey("quarkus.datasource.db-kind") ? require("yuanqu.db.name") : null;
    }

    /** The REST paths the module serves to departments: the policy enforcer's /api paths. */
    Set<String> apiPaths() {
        Set<String> paths = new TreeSet<>();
        props.forEach((key, value) -> {
            if (key.startsWith("quarkus.keycloak.policy-enforcer.paths.") && key.endsWith(".paths")) {
                for (String p : value.split(",")) {
                    if (p.trim().startsWith("/api/")) {
                        paths.add(p.trim());
                    }
                }
            }
        });
        return paths;
    }
}
