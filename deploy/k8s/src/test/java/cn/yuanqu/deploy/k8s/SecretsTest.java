package cn.yuanqu.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Secret and ConfigMap an overlay refers to exists in it or, for Secrets, is documented as external
 * in deploy/README.md (created by ops or by an operator); prod holds no credential.
 */
class SecretsTest {

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([a-z0-9.-]+)`\\s*\\|([^|]*)\\|");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern SECRETISH = Pattern.compile("(?i)(password|passwd|secret|token|credential|apikey|api_key|accesskey|private)");

    /** The external Secrets deploy/README.md documents (between the external-secrets markers): name → keys. */
    static Map<String, Set<String>> documented() {
        String readme = Manifests.read(Manifests.root().resolve("deploy/README.md"));
        int start = readme.indexOf("<!-- external-secrets -->");
        int end = readme.indexOf("<!-- /external-secrets -->");
        if (start < 0 || end < start) {
            throw new AssertionError("deploy/README.md has no <!-- external-secrets --> … <!-- /external-secrets --> table");
        }
        Map<String, Set<String>> secrets = new TreeMap<>();
        for (String line : readme.substring(start, end).split("\n")) {
            Matcher row = ROW.matcher(line.trim());
            if (row.find()) {
                Set<String> keys = new TreeSet<>();
                Matcher code = CODE.matcher(row.group(2));
                while (code.find()) {
                    keys.add(code.group(1));
                }
                secrets.put(row.group(1), keys);
            }
        }
        return secrets;
    }

    /** Null if overlay provides Secret name with key (itself or as documented external), else what is wrong. */
    static String resolves(String overlay, String name, String key) {
        Optional<ObjectNode> secret = Manifests.find(overlay, "Secret", name);
        if (secret.isPresent()) {
            boolean has = secret.get().path("data").has(key) || secret.get().path("stringData").has(key);
            return has ? null : "Secret " + name + " of overlay " + overlay + " has no key " + key;
        }
        Set<String> keys = documented().get(name);
        if (keys == null) {
            return "Secret " + name + " is neither in overlay " + overlay + " nor documented as external in deploy/README.md";
        }
        return keys.contains(key) ? null : "deploy/README.md documents external Secret " + name + " without key " + key;
    }

    /** Every (secret, key) the overlay's objects refer to, with who refers. */
    static List<String[]> secretReferences(String overlay) {
        List<String[]> refs = new ArrayList<>();
        for (ObjectNode o : Manifests.render(overlay)) {
            String id = Manifests.id(o);
            for (JsonNode ref : o.findValues("secretKeyRef")) {
                refs.add(new String[] {ref.path("name").asText(), ref.path("key").asText(), id});
            }
            switch (o.path("kind").asText()) {
                case "Keycloak" -> {
                    JsonNode db = o.path("spec").path("db");
                    for (String f : List.of("usernameSecret", "passwordSecret")) {
                        refs.add(new String[] {db.path(f).path("name").asText(), db.path(f).path("key").asText(), id + " db." + f});
                    }
                }
                case "KeycloakRealmImport" -> o.path("spec").path("placeholders").fields().forEachRemaining(e -> refs.add(new String[] {
                        e.getValue().path("secret").path("name").asText(), e.getValue().path("secret").path("key").asText(), id + " " + e.getKey()}));
                case "Cluster" -> {
                    JsonNode s3 = o.path("spec").path("backup").path("barmanObjectStore").path("s3Credentials");
                    s3.fields().forEachRemaining(e -> refs.add(new String[] {
                            e.getValue().path("name").asText(), e.getValue().path("key").asText(), id + " backup s3Credentials." + e.getKey()}));
                }
                case "Ingress" -> o.path("spec").path("tls").forEach(t -> {
                    refs.add(new String[] {t.path("secretName").asText(), "tls.crt", id + " tls"});
                    refs.add(new String[] {t.path("secretName").asText(), "tls.key", id + " tls"});
                });
                default -> {
                }
            }
        }
        return refs;
    }


    @ParameterizedTest
    @MethodSource(Manifests.EACH_OVERLAY)
    void everyReferencedSecretExistsOrIsDocumented(String overlay) {
        List<String> problems = new ArrayList<>();
        for (String[] ref : secretReferences(overlay)) {
            String problem = resolves(overlay, ref[0], ref[1]);
            if (problem != null) {
                problems.add(ref[2] + ": " + problem);
            }
        }
        assertThat(problems).as("%s: Secret references", overlay).isEmpty();
        assertThat(secretReferences(overlay)).as("%s refers to Secrets at all", overlay).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource(Manifests.EACH_OVERLAY)
    void everyReferencedConfigMapExists(String overlay) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode o : Manifests.render(overlay)) {
            for (JsonNode ref : o.findValues("configMapRef")) {
                if (Manifests.find(overlay, "ConfigMap", ref.path("name").asText()).isEmpty()) {
                    problems.add(Manifests.id(o) + " refers to ConfigMap " + ref.path("name").asText() + ", which overlay " + overlay + " lacks");
                }
            }
            for (JsonNode ref : o.findValues("configMapKeyRef")) {
                Optional<ObjectNode> cm = Manifests.find(overlay, "ConfigMap", ref.path("name").asText());
                if (cm.isEmpty() || !cm.get().path("data").has(ref.path("key").asText())) {
                    problems.add(Manifests.id(o) + " refers to ConfigMap key " + ref);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theDocumentedSecretsAreOnesTheOverlaysUse() {
        Set<String> used = new TreeSet<>();
        for (String overlay : Manifests.OVERLAYS) {
            secretReferences(overlay).forEach(r -> used.add(r[0]));
        }
        assertThat(used).as("every Secret documented in deploy/README.md is referenced by an overlay").containsAll(documented().keySet());
    }

    @Test
    void prodContainsNoCredential() {
        // the only Secret prod may carry: the realm's settings, i.e. its placeholders that have a default
        Set<String> settings = new TreeSet<>();
        Matcher m = KeycloakTest.PLACEHOLDER.matcher(Manifests.read(Manifests.root().resolve("deploy/keycloak/yuanqu-realm.json")));
        while (m.find()) {
            if (m.group(2) != null) {
                settings.add(m.group(1));
            }
        }
        List<String> problems = new ArrayList<>();
        for (ObjectNode secret : Manifests.ofKind("prod", "Secret")) {
            Set<String> keys = new TreeSet<>();
            secret.path("data").fieldNames().forEachRemaining(keys::add);
            secret.path("stringData").fieldNames().forEachRemaining(keys::add);
            if (!Manifests.name(secret).equals("yuanqu-realm-settings") || !settings.containsAll(keys)) {
                problems.add("prod contains " + Manifests.id(secret) + " with keys " + keys);
            }
        }
        for (ObjectNode o : Manifests.render("prod")) {
            literals(o, Manifests.id(o), problems);
        }
        assertThat(problems).as("plain-text credentials in the prod overlay").isEmpty();
    }

    /** A secret-sounding field or env var with a literal string value (not a ${PLACEHOLDER}). */
    static void literals(JsonNode node, String path, List<String> problems) {
        if (node.isObject()) {
            if (node.has("name") && node.has("value") && node.path("value").isTextual()
                    && SECRETISH.matcher(node.path("name").asText()).find() && !node.path("value").asText().isEmpty()) {
                problems.add(path + ": " + node.path("name").asText() + " has a literal value");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                String key = e.getKey();
                boolean secretField = key.matches("(?i)(password|.*Password|secret|clientSecret|.*Token|value)")
                        && !key.equals("value") && e.getValue().isTextual();
                if (secretField && !e.getValue().asText().matches("\\$\\{[A-Z][A-Z0-9_]*}") && !e.getValue().asText().isEmpty()) {
                    problems.add(path + "." + key + " is a literal");
                }
                literals(e.getValue(), path + "." + key, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                literals(node.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    @Test
    void theCredentialCheckCatchesLiterals() {
        List<String> problems = new ArrayList<>();
        literals(Manifests.JSON.createObjectNode().put("secret", "hunter2"), "x", problems);
        literals(Manifests.JSON.createObjectNode().put("name", "YUANQU_DB_PASSWORD").put("value", "hunter2"), "y", problems);
        literals(Manifests.JSON.createObjectNode().put("secret", "${YUANQU_LAND_CLIENT_SECRET}"), "z", problems);
        assertThat(problems).hasSize(2);
        assertThat(resolves("prod", "no-such-secret", "k")).contains("neither in overlay");
    }
}
