package cn.yuanqu.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every object of every overlay against its schema: Kubernetes and prometheus-operator objects strictly
 * into fabric8's models (no field the model does not know), CloudNativePG and Keycloak objects against the
 * CRD schemas in deploy/k8s/crds (no field the schema does not declare).
 */
class SchemaTest {

    /** apiVersion/kind → the model class. An object of any other kind fails. */
    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PodMonitor", PodMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PrometheusRule", PrometheusRule.class));

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    static Map<String, JsonSchema> crdSchemas() {
        Map<String, JsonSchema> schemas = new TreeMap<>();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        try (Stream<Path> files = Files.walk(Manifests.k8s().resolve("crds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList()) {
                JsonNode crd = Manifests.YAML.readTree(f.toFile());
                if (!"CustomResourceDefinition".equals(crd.path("kind").asText())) {
                    continue;
                }
                String group = crd.path("spec").path("group").asText();
                String kind = crd.path("spec").path("names").path("kind").asText();
                for (JsonNode version : crd.path("spec").path("versions")) {
                    if (version.path("served").asBoolean()) {
                        JsonNode schema = toJsonSchema(version.path("schema").path("openAPIV3Schema").deepCopy());
                        schemas.put(group + "/" + version.path("name").asText() + "/" + kind, factory.getSchema(schema));
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return schemas;
    }

    /**
     * A CRD's structural schema as a JSON schema that rejects what the API server would prune: an object
     * with declared properties and neither additionalProperties nor x-kubernetes-preserve-unknown-fields
     * admits no other field.
     */
    static JsonNode toJsonSchema(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove("nullable");
            boolean preserve = o.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
            if (o.path("x-kubernetes-int-or-string").asBoolean(false) && !o.has("anyOf")) {
                o.remove("type");
                ArrayNode any = o.putArray("anyOf");
                any.addObject().put("type", "integer");
                any.addObject().put("type", "string");
            }
            if ("object".equals(o.path("type").asText()) && !preserve && !o.has("additionalProperties")) {
                if (!o.has("properties")) {
                    o.putObject("properties");
                }
                if (!o.path("properties").isEmpty()) {
                    o.put("additionalProperties", false);
                }
            }
            Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
            while (fields.hasNext()) {
                toJsonSchema(fields.next().getValue());
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(SchemaTest::toJsonSchema);
        }
        return node;
    }


    @ParameterizedTest
    @MethodSource(Manifests.EACH_OVERLAY)
    void everyObjectMatchesItsSchema(String overlay) {
        Map<String, JsonSchema> crds = crdSchemas();
        List<String> problems = new ArrayList<>();
        for (ObjectNode o : Manifests.render(overlay)) {
            problems.addAll(problems(o, crds));
        }
        assertThat(problems).as("overlay %s against the Kubernetes and operator schemas", overlay).isEmpty();
    }

    @ParameterizedTest
    @MethodSource(Manifests.EACH_OVERLAY)
    void everyNamespacedObjectIsInTheOverlaysNamespace(String overlay) {
        String ns = Manifests.ofKind(overlay, "Namespace").stream().map(Manifests::name).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " creates no Namespace"));
        List<String> elsewhere = Manifests.render(overlay).stream()
                .filter(o -> !"Namespace".equals(o.path("kind").asText()))
                .filter(o -> !ns.equals(o.path("metadata").path("namespace").asText()))
                .map(Manifests::id).toList();
        assertThat(elsewhere).as("objects of %s outside namespace %s", overlay, ns).isEmpty();
    }

    static List<String> problems(ObjectNode o, Map<String, JsonSchema> crds) {
        String type = o.path("apiVersion").asText() + "/" + o.path("kind").asText();
        String id = Manifests.id(o);
        List<String> problems = new ArrayList<>();
        Class<?> model = MODELS.get(type);
        if (model != null) {
            try {
                Object parsed = STRICT.treeToValue(o, model);
                unknownFields(parsed, id, problems, Collections.newSetFromMap(new IdentityHashMap<>()));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(id + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
        } else if (crds.containsKey(type)) {
            Set<ValidationMessage> messages = crds.get(type).validate(o);
            messages.stream().map(m -> id + ": " + m.getMessage()).sorted().forEach(problems::add);
        } else {
            problems.add(id + ": " + type + " has no schema here (neither a fabric8 model nor a CRD in deploy/k8s/crds)");
        }
        return problems;
    }

    /** fabric8 keeps fields its model does not know in additionalProperties: any there is an unknown field. */
    static void unknownFields(Object value, String path, List<String> problems, Set<Object> seen) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || !seen.add(value)) {
            return;
        }
        if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object item : c) {
                unknownFields(item, path + "[" + i++ + "]", problems, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> unknownFields(v, path + "." + k, problems, seen));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path + ": unknown field(s) " + extra.keySet().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", ")) + " (" + value.getClass().getSimpleName() + ")");
                }
                continue;
            }
            String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            unknownFields(child, path + "." + field, problems, seen);
        }
    }

    // The checks above must be able to fail: each one is shown a broken object.

    @Test
    void aFieldTheKubernetesModelDoesNotKnowIsReported() {
        ObjectNode deployment = Manifests.get("prod", "Deployment", "gateway").deepCopy();
        ((ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0)
                .path("securityContext")).put("readOnlyRootFilesytem", true);
        assertThat(problems(deployment, crdSchemas()))
                .anySatisfy(p -> assertThat(p).contains("readOnlyRootFilesytem"));
    }

    @Test
    void aWrongTypeInAKubernetesObjectIsReported() {
        ObjectNode service = Manifests.get("prod", "Service", "gateway").deepCopy();
        ((ObjectNode) service.path("spec").path("ports").get(0)).put("port", "eighty");
        assertThat(problems(service, crdSchemas())).isNotEmpty();
    }

    @Test
    void aFieldTheOperatorCrdDoesNotDeclareIsReported() {
        ObjectNode cluster = Manifests.get("prod", "Cluster", "yuanqu-land-db").deepCopy();
        ((ObjectNode) cluster.path("spec")).put("instance", 3);
        ((ObjectNode) cluster.path("spec").path("backup")).put("retentionPolicy", "30 days");
        List<String> problems = problems(cluster, crdSchemas());
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("instance"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("retentionPolicy"));

        ObjectNode keycloak = Manifests.get("prod", "Keycloak", "keycloak").deepCopy();
        ((ObjectNode) keycloak.path("spec").path("proxy")).put("headers", "x-forwarded");
        assertThat(problems(keycloak, crdSchemas())).anySatisfy(p -> assertThat(p).contains("headers"));
    }

    @Test
    void anObjectWithoutSchemaIsReported() {
        ObjectNode unknown = Manifests.JSON.createObjectNode().put("apiVersion", "example.com/v1").put("kind", "Widget");
        unknown.putObject("metadata").put("name", "w");
        assertThat(problems(unknown, crdSchemas())).singleElement().asString().contains("has no schema");
    }

    @Test
    void theCrdSchemasAreThoseOfTheOperatorsTheOverlaysUse() throws IOException {
        assertThat(crdSchemas().keySet()).contains(
                "postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io/v1/ScheduledBackup",
                "k8s.keycloak.org/v2alpha1/Keycloak", "k8s.keycloak.org/v2alpha1/KeycloakRealmImport");
        ObjectNode ns = Manifests.JSON.createObjectNode().put("apiVersion", "v1").put("kind", "Namespace").put("bogus", 1);
        ns.putObject("metadata").put("name", "n");
        assertThat(problems(ns, crdSchemas())).singleElement().asString().contains("bogus");
        assertThat(crdSchemas().get("postgresql.cnpg.io/v1/Cluster")
                .validate(Manifests.JSON.readTree("{\"spec\":{\"instances\":\"three\"}}")))
                .anySatisfy(m -> assertThat(m.getMessage()).contains("instances"));
    }
}
