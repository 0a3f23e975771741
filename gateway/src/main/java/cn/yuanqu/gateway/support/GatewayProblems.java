package cn.yuanqu.gateway.support;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The gateway's REST paths (the work-report download) answer its errors as RFC 9457 problem details, with the
 * same {@code code} GraphQL clients see in {@code extensions.code} and the status that code means.
 */
public class GatewayProblems {

    static final String MEDIA_TYPE = "application/problem+json";

    private static final Map<String, Integer> STATUS = Map.of("invalid-input", 400, "forbidden", 403, "not-found", 404,
            "stale-version", 409, "conflict", 409, "illegal-transition", 422, "rule-violation", 422,
            "service-unavailable", 503);

    @ServerExceptionMapper
    public Response problem(GatewayError e) {
        int status = STATUS.getOrDefault(e.code(), 502);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://yuanqu.cn/problems/" + e.code());
        body.put("title", e.code());
        body.put("status", status);
        body.put("detail", e.getMessage());
        body.put("code", e.code());
        return Response.status(status).type(MEDIA_TYPE).entity(body).build();
    }
}
