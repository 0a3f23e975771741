package cn.yuanqu.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The four services' subgraphs compose into one Apollo Federation v2 supergraph with Apollo's own
 * composition library (deploy/federation, installed from npm by {@code ./yuanqu test}), so ops can put a
 * federation router in front of them. The SDLs are the running services' own ({@code _service.sdl}); the supergraph is left in
 * {@code e2e/target/federation/supergraph.graphql}.
 */
@ExtendWith(Platform.class)
class FederationCompositionTest {

    private static final Path REPO = Path.of("").toAbsolutePath().getParent();
    private static final Path TOOL = REPO.resolve("deploy/federation");

    @Test
    void theFourSubgraphsComposeIntoOneSupergraph() throws IOException, InterruptedException {
        Platform p = Platform.get();
        assertThat(TOOL.resolve("node_modules/@apollo/composition")).as(
                "Apollo's composition library is installed (./yuanqu test runs npm ci in deploy/federation)").isDirectory();
        Map<String, URI> subgraphs = new LinkedHashMap<>();
        subgraphs.put("enterprises", p.enterprises);
        subgraphs.put("projects", p.projects);
        subgraphs.put("safety", p.safety);
        subgraphs.put("land", p.land);
        Path dir = REPO.resolve("e2e/target/federation");
        Files.createDirectories(dir);
        List<String> command = new ArrayList<>(List.of("node", TOOL.resolve("compose.mjs").toString(),
                dir.resolve("supergraph.graphql").toString()));
        for (Map.Entry<String, URI> s : subgraphs.entrySet()) {
            // the subgraph SDL as a router reads it: Query._service.sdl, with the federation directives
            String sdl = given().auth().oauth2(p.token("xg-leader")).contentType("application/json")
                    .body(Map.of("query", "{ _service { sdl } }")).post(s.getValue().resolve("/graphql"))
                    .then().statusCode(200).extract().path("data._service.sdl");
            Path file = dir.resolve(s.getKey() + ".graphql");
            Files.writeString(file, sdl, StandardCharsets.UTF_8);
            // each declares Federation v2 with @link, importing the directives it uses
            assertThat(sdl.lines().filter(l -> l.contains("@link")).toList()).as("%s: the @link lines of %s", s.getKey(), file)
                    .anyMatch(l -> l.contains("https://specs.apollo.dev/federation/v2.7") && l.contains("\"@key\""));
            command.add(s.getKey() + "=" + file);
        }
        Process compose = new ProcessBuilder(command).directory(TOOL.toFile()).redirectErrorStream(true).start();
        String output = new String(compose.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(compose.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(compose.exitValue()).as("composition errors:%n%s", output).isZero();

        String supergraph = Files.readString(dir.resolve("supergraph.graphql"));
        for (String name : subgraphs.keySet()) {
            assertThat(supergraph).contains("@join__graph(name: \"" + name + "\"");
        }
        // the enterprise is one entity: its registry fields and the joins the other subgraphs add
        String enterprise = supergraph.substring(supergraph.indexOf("type Enterprise"));
        enterprise = enterprise.substring(0, enterprise.indexOf("\n}"));
        assertThat(enterprise).contains("creditCode", "qualifications", "projects", "hazards", "parcels", "leases", "efficiency");
    }
}
