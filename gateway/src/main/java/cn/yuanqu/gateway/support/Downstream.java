package cn.yuanqu.gateway.support;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.smallrye.graphql.client.GraphQLClientException;
import io.smallrye.graphql.client.GraphQLError;
import io.smallrye.mutiny.Uni;

/**
 * How the gateway talks about its downstream calls: GraphQL errors of a service become
 * {@link DownstreamRejection}s with the same code and message; anything else (timeouts, refused
 * connections, an open circuit) becomes {@link ServiceUnavailable} naming the service, so the rest of
 * a query still answers.
 */
public final class Downstream {

    private static final Logger LOG = Logger.getLogger(Downstream.class);

    private Downstream() {
    }

    /** Maps a failure of a typed-client call inside the fault-tolerant client bean. */
    public static Throwable rejection(Throwable failure) {
        if (failure instanceof GraphQLClientException e && e.getErrors() != null && !e.getErrors().isEmpty()) {
            GraphQLError first = e.getErrors().get(0);
            Map<String, Object> extensions = first.getExtensions();
            Object code = extensions == null ? null : extensions.get("code");
            return DownstreamRejection.of(code == null ? null : code.toString(), first.getMessage());
        }
        return failure;
    }

    /**
     * Maps a failure of a REST client call: a 4xx answer is the service's own refusal (a
     * {@link DownstreamRejection} by status, never retried); anything else stays as it is (unavailable).
     */
    public static Throwable restRejection(Throwable failure) {
        if (failure instanceof jakarta.ws.rs.WebApplicationException e && e.getResponse() != null) {
            int status = e.getResponse().getStatus();
            String code = switch (status) {
                case 400 -> "invalid-input";
                case 403 -> "forbidden";
                case 404 -> "not-found";
                case 409 -> "conflict";
                case 422 -> "rule-violation";
                default -> null;
            };
            if (code != null) {
                return DownstreamRejection.of(code, "下游服务拒绝了请求（HTTP " + status + "） / the service refused the request (HTTP " + status + ")");
            }
        }
        return failure;
    }

    /** Runs a downstream call for a client, turning unavailability into {@link ServiceUnavailable}. */
    public static <T> Uni<T> call(String service, String serviceZh, Supplier<Uni<T>> call) {
        Uni<T> uni;
        try {
            uni = call.get();
        } catch (RuntimeException e) {
            uni = Uni.createFrom().failure(e);
        }
        return uni.onFailure(Downstream::unavailability).transform(f -> {
            LOG.warnf("%s call failed: %s", service, f.toString());
            return new ServiceUnavailable(service, serviceZh);
        }).onFailure(f -> !(f instanceof GatewayError)).invoke(f -> LOG.errorf(f,
                "%s call failed inside the gateway (not the service's unavailability): a defect to fix", service));
    }

    /**
     * Whether a failure means the service could not be reached in time: a connection or I/O error, a time
     * limit, an open circuit or a 5xx answer (anywhere in the cause chain). Anything else — a refusal is a
     * {@link DownstreamRejection}; a NullPointerException is a gateway defect — is not reported as the
     * service being down.
     */
    static boolean unavailability(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DownstreamRejection) {
                return false;
            }
            if (t instanceof java.io.IOException || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException
                    || t instanceof io.vertx.core.VertxException
                    || t instanceof io.smallrye.graphql.client.InvalidResponseException
                    || t instanceof jakarta.ws.rs.ProcessingException
                    || (t instanceof jakarta.ws.rs.WebApplicationException w && w.getResponse() != null
                            && w.getResponse().getStatus() >= 500)
                    || (t instanceof GraphQLClientException g && (g.getErrors() == null || g.getErrors().isEmpty()))) {
                return true;
            }
        }
        return false;
    }

    /** The codes of the errors of a client exception (for logs and tests). */
    public static List<String> codes(GraphQLClientException e) {
        return e.getErrors().stream()
                .map(err -> err.getExtensions() == null ? null : String.valueOf(err.getExtensions().get("code")))
                .toList();
    }
}
