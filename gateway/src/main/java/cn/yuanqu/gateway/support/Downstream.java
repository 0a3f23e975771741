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

    /** Runs a downstream call for a client, turning unavailability into {@link ServiceUnavailable}. */
    public static <T> Uni<T> call(String service, String serviceZh, Supplier<Uni<T>> call) {
        Uni<T> uni;
        try {
            uni = call.get();
        } catch (RuntimeException e) {
            uni = Uni.createFrom().failure(e);
        }
        return uni.onFailure(f -> !(f instanceof DownstreamRejection)).transform(f -> {
            LOG.warnf("%s call failed: %s", service, f.toString());
            return new ServiceUnavailable(service, serviceZh);
        });
    }

    /** The codes of the errors of a client exception (for logs and tests). */
    public static List<String> codes(GraphQLClientException e) {
        return e.getErrors().stream()
                .map(err -> err.getExtensions() == null ? null : String.valueOf(err.getExtensions().get("code")))
                .toList();
    }
}
