package cn.yuanqu.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.keycloak.representations.idm.RealmRepresentation;

/** Keycloak: the realm import is the repo's realm, its placeholders are filled, the CR fits the rest. */
class KeycloakTest {

    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");


    static JsonNode realmImport(String overlay) {
        return Manifests.get(overlay, "KeycloakRealmImport", "yuanqu-realm");
    }

    /** The realm the overlay must import: the repo's file (prod), with the local addition merged (dev). */
    static JsonNode expectedRealm(String overlay) {
        Path keycloak = Manifests.root().resolve("deploy/keycloak");
        if (overlay.equals("prod")) {
            return Manifests.readJson(keycloak.resolve("yuanqu-realm.json"));
        }
        try {
            Path out = Files.createTempFile("yuanqu-realm", ".json");
            Manifests.run(keycloak, List.of("node", "build-realm.mjs", out.toString(), "--local"));
            JsonNode realm = Manifests.readJson(out);
            Files.delete(out);
            return realm;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @MethodSource(Manifests.EACH_OVERLAY)
    void theImportedRealmIsTheReposRealm(String overlay) {
        JsonNode spec = realmImport(overlay).path("spec");
        assertThat(spec.path("keycloakCRName").asText()).isEqualTo(Manifests.name(Manifests.get(overlay, "Keycloak", "keycloak")));
        assertThat(spec.path("realm"))
                .as("%s: KeycloakRealmImport.spec.realm vs deploy/keycloak (run: node deploy/k8s/realm-import.mjs)", overlay)
                .isEqualTo(expectedRealm(overlay));
    }

    @ParameterizedTest
    @MethodSource(Manifests.EACH_OVERLAY)
    void theCommittedImportIsWhatTheGeneratorWrites(String overlay) {
        String generated = Manifests.run(Manifests.k8s(), List.of("node", "realm-import.mjs", "--print", overlay));
        String committed = Manifests.read(Manifests.k8s().resolve("overlays/" + overlay + "/realm-import.yaml"));
        assertThat(committed).as("deploy/k8s/overlays/%s/realm-import.yaml is stale: run node deploy/k8s/realm-import.mjs", overlay)
                .isEqualTo(generated);
    }

    @Test
    void prodImportsNoDemoUserAndNoCredential() {
        JsonNode realm = realmImport("prod").path("spec").path("realm");
        Set<String> demoUsers = new TreeSet<>();
        Manifests.readJson(Manifests.root().resolve("deploy/keycloak/yuanqu-realm.local.json")).path("users")
                .forEach(u -> demoUsers.add(u.path("username").asText()));
        assertThat(demoUsers).as("the local addition has demo users").isNotEmpty();
        List<String> users = new ArrayList<>();
        for (JsonNode u : realm.path("users")) {
            users.add(u.path("username").asText());
            assertThat(u.has("serviceAccountClientId")).as("prod realm user %s must be a service account", u.path("username").asText()).isTrue();
            assertThat(u.has("credentials")).as("prod realm user %s carries credentials", u.path("username").asText()).isFalse();
        }
        assertThat(users).as("demo users in the prod realm import").doesNotContainAnyElementsOf(demoUsers);
        for (JsonNode c : realm.path("clients")) {
            assertThat(c.path("directAccessGrantsEnabled").asBoolean(false))
                    .as("prod client %s allows direct grant (local-only)", c.path("clientId").asText()).isFalse();
        }
        Set<String> devUsers = new TreeSet<>();
        realmImport("dev").path("spec").path("realm").path("users").forEach(u -> devUsers.add(u.path("username").asText()));
        assertThat(devUsers).as("dev imports the demo users").containsAll(demoUsers);
    }

    @ParameterizedTest
    @MethodSource(Manifests.EACH_OVERLAY)
    void everyPlaceholderOfTheRealmIsFilledFromASecret(String overlay) {
        JsonNode spec = realmImport(overlay).path("spec");
        Set<String> needed = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(spec.path("realm").toString());
        while (m.find()) {
            needed.add(m.group(1));
        }
        assertThat(needed).as("the realm has ${ENV} placeholders").isNotEmpty();
        Set<String> filled = new TreeSet<>();
        spec.path("placeholders").fieldNames().forEachRemaining(filled::add);
        assertThat(filled).as("%s: KeycloakRealmImport placeholders vs the realm's ${…}", overlay).isEqualTo(needed);
        List<String> unresolved = new ArrayList<>();
        spec.path("placeholders").fields().forEachRemaining(e -> {
            JsonNode secret = e.getValue().path("secret");
            String problem = SecretsTest.resolves(overlay, secret.path("name").asText(), secret.path("key").asText());
            if (problem != null) {
                unresolved.add(e.getKey() + ": " + problem);
            }
        });
        assertThat(unresolved).as("%s: realm placeholders without their Secret", overlay).isEmpty();
    }

    @ParameterizedTest
    @MethodSource(Manifests.EACH_OVERLAY)
    void theRealmIsARealmRepresentation(String overlay) throws Exception {
        ObjectMapper strict = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        RealmRepresentation realm = strict.treeToValue(realmImport(overlay).path("spec").path("realm"), RealmRepresentation.class);
        assertThat(realm.getRealm()).isEqualTo("yuanqu");
        ObjectNode broken = ((ObjectNode) realmImport(overlay).path("spec").path("realm")).deepCopy();
        broken.put("bruteForceProtectd", true);
        assertThatThrownBy(() -> strict.treeToValue(broken, RealmRepresentation.class))
                .as("an unknown realm field is rejected").hasMessageContaining("bruteForceProtectd");
    }

    @ParameterizedTest
    @MethodSource(Manifests.EACH_OVERLAY)
    void theKeycloakFitsTheRest(String overlay) {
        JsonNode spec = Manifests.get(overlay, "Keycloak", "keycloak").path("spec");
        Matcher version = Pattern.compile("(?m)^KEYCLOAK_VERSION=(\\S+)$").matcher(Manifests.read(Manifests.root().resolve("deploy/local/lib.sh")));
        assertThat(version.find()).isTrue();
        assertThat(spec.path("image").asText()).as("%s: Keycloak image vs the version ./yuanqu runs", overlay)
                .endsWith(":" + version.group(1));
        String db = spec.path("db").path("host").asText();
        assertThat(db).endsWith("-rw");
        ObjectNode cluster = Manifests.get(overlay, "Cluster", db.substring(0, db.length() - 3));
        assertThat(cluster.path("spec").path("bootstrap").path("initdb").path("database").asText())
                .isEqualTo(spec.path("db").path("database").asText());
        assertThat(spec.path("db").path("usernameSecret").path("name").asText()).isEqualTo(db.replace("-rw", "-app"));
        // the issuer is the public hostname, which the Ingress serves
        String host = URI.create(spec.path("hostname").path("hostname").asText()).getHost();
        assertThat(IngressTest.routes(overlay)).as("%s: the Ingress serves Keycloak's hostname %s", overlay, host)
                .contains(host + "/realms -> keycloak-service:" + spec.path("http").path("httpPort").asInt());
        assertThat(spec.path("hostname").path("backchannelDynamic").asBoolean()).as("services reach Keycloak inside the cluster").isTrue();
    }
}
