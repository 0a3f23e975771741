package cn.yuanqu.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** The rendered overlays (kubectl kustomize) and the repository they are checked against. */
final class Manifests {

    static final List<String> OVERLAYS = List.of("dev", "prod");
    /** For {@code @MethodSource}: a parameterized test runs once per overlay. */
    static final String EACH_OVERLAY = "cn.yuanqu.deploy.k8s.Manifests#overlays";
    /** The modules that run as Deployments: the four services and the gateway. */
    static final List<String> APPS = List.of("enterprises-service", "projects-service", "safety-service", "land-service", "gateway");

    static final ObjectMapper JSON = new ObjectMapper();
    static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory());

    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    private Manifests() {
    }

    static java.util.stream.Stream<String> overlays() {
        return OVERLAYS.stream();
    }

    static Path root() {
        String prop = System.getProperty("yuanqu.root");
        Path root = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("../..");
        root = root.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("deploy/k8s/base/kustomization.yaml"))) {
            throw new IllegalStateException("cannot find the repository root (deploy/k8s/base) from " + root);
        }
        return root;
    }

    static Path k8s() {
        return root().resolve("deploy/k8s");
    }

    static String kubectl() {
        return Optional.ofNullable(System.getenv("KUBECTL")).filter(s -> !s.isBlank()).orElse("kubectl");
    }

    /** Runs a command; the output, or an AssertionError that says what failed. */
    static String run(Path dir, List<String> command) {
        try {
            Path err = Files.createTempFile("yuanqu-k8s", ".err");
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile()).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in 120 s");
            }
            String stderr = Files.readString(err);
            Files.deleteIfExists(err);
            if (p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed (exit " + p.exitValue() + "):\n" + stderr);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", command) + ": " + e.getMessage()
                    + (command.get(0).equals(kubectl())
                            ? " — kubectl is required (./yuanqu test installs Debian's kubernetes-client where it is missing;"
                                    + " or set KUBECTL to a kubectl binary)"
                            : ""),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Every object of an overlay as kubectl kustomize renders it. */
    static List<ObjectNode> render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> {
            String yaml = run(k8s(), List.of(kubectl(), "kustomize", "overlays/" + o));
            List<ObjectNode> objects = new ArrayList<>();
            try {
                for (JsonNode doc : YAML.readValues(YAML.createParser(yaml), JsonNode.class).readAll()) {
                    if (doc != null && doc.isObject() && doc.size() > 0) {
                        objects.add((ObjectNode) doc);
                    }
                }
            } catch (IOException e) {
                throw new AssertionError("overlay " + o + " rendered unreadable YAML: " + e.getMessage(), e);
            }
            if (objects.isEmpty()) {
                throw new AssertionError("overlay " + o + " rendered no objects");
            }
            return List.copyOf(objects);
        });
    }

    static List<ObjectNode> ofKind(String overlay, String kind) {
        return render(overlay).stream().filter(o -> kind.equals(o.path("kind").asText())).collect(Collectors.toList());
    }

    static Optional<ObjectNode> find(String overlay, String kind, String name) {
        return ofKind(overlay, kind).stream().filter(o -> name.equals(name(o))).findFirst();
    }

    static ObjectNode get(String overlay, String kind, String name) {
        return find(overlay, kind, name)
                .orElseThrow(() -> new AssertionError("overlay " + overlay + " has no " + kind + " " + name));
    }

    static String name(JsonNode o) {
        return o.path("metadata").path("name").asText();
    }

    static String id(JsonNode o) {
        return o.path("kind").asText() + " " + name(o);
    }

    static JsonNode container(String overlay, String app) {
        JsonNode containers = get(overlay, "Deployment", app).path("spec").path("template").path("spec").path("containers");
        for (JsonNode c : containers) {
            if (app.equals(c.path("name").asText())) {
                return c;
            }
        }
        throw new AssertionError(overlay + ": Deployment " + app + " has no container named " + app);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
