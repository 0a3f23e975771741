package cn.yuanqu.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A small client of Yuanqu as a user sees it: logs in at Keycloak with the password grant of the
 * local-only {@code yuanqu-web} direct-grant login, and calls the services' REST APIs with the token.
 */
public final class YuanquApi {

    /** An HTTP answer: status, body as JSON (or null) and the ETag header. */
    public record Answer(int status, JsonNode body, String etag) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private record Token(String value, Instant expires) {
    }

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final URI keycloak;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> tokens = new HashMap<>();

    public YuanquApi(URI keycloak) {
        this.keycloak = keycloak;
    }

    /** A valid access token of a demo user (password {@code demo}), refreshed before it expires. */
    public synchronized String token(String username) throws IOException, InterruptedException {
        Token t = tokens.get(username);
        if (t == null || Instant.now().isAfter(t.expires().minusSeconds(30))) {
            t = login(username, "demo");
            tokens.put(username, t);
        }
        return t.value();
    }

    private Token login(String username, String password) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=yuanqu-web&username=" + enc(username) + "&password=" + enc(password);
        HttpRequest request = HttpRequest.newBuilder(keycloak.resolve("/realms/yuanqu/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("login of " + username + " failed: " + response.statusCode() + " " + response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        return new Token(body.get("access_token").asText(),
                Instant.now().plusSeconds(body.get("expires_in").asLong()));
    }

    public Answer get(URI uri, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).GET(), token, null);
    }

    public Answer post(URI uri, String token, Object body, String ifMatch) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
                token, ifMatch);
    }

    public Answer put(URI uri, String token, Object body, String ifMatch) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
                token, ifMatch);
    }

    private Answer send(HttpRequest.Builder builder, String token, String ifMatch) throws IOException, InterruptedException {
        builder.timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                .header("Content-Type", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = response.body() == null || response.body().isBlank() ? null : JSON.readTree(response.body());
        return new Answer(response.statusCode(), body, response.headers().firstValue("ETag").orElse(null));
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
