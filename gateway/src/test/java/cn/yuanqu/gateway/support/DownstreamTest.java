package cn.yuanqu.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.graphql.client.GraphQLClientException;
import io.smallrye.graphql.client.GraphQLError;
import io.smallrye.mutiny.Uni;

class DownstreamTest {

    private static GraphQLError error(String message, String code) {
        return new GraphQLError() {
            @Override
            public String getMessage() {
                return message;
            }

            @Override
            public List<Map<String, Integer>> getLocations() {
                return List.of();
            }

            @Override
            public Object[] getPath() {
                return new Object[0];
            }

            @Override
            public Map<String, Object> getExtensions() {
                return code == null ? Map.of() : Map.of("code", code);
            }

            @Override
            public Map<String, Object> getOtherFields() {
                return Map.of();
            }
        };
    }

    @Test
    void aServicesRefusalKeepsItsCodeAndMessage() {
        Throwable mapped = Downstream.rejection(new GraphQLClientException("errors",
                List.of(error("企业 x 不存在 / enterprise x not found", "not-found"))));
        assertThat(mapped).isInstanceOf(DownstreamRejection.NotFound.class)
                .hasMessage("企业 x 不存在 / enterprise x not found");
        assertThat(((GatewayError) mapped).code()).isEqualTo("not-found");
        assertThat(((GatewayError) Downstream.rejection(new GraphQLClientException("errors",
                List.of(error("?", "duplicate-credit-code"))))).code()).isEqualTo("conflict");
        assertThat(((GatewayError) Downstream.rejection(new GraphQLClientException("errors",
                List.of(error("System error", null))))).code()).isEqualTo("downstream-error");
    }

    @Test
    void anUnreachableServiceBecomesServiceUnavailableNamingIt() {
        Uni<String> call = Downstream.call("enterprises-service", "企业服务",
                () -> Uni.createFrom().failure(new ConnectException("Connection refused")));
        assertThatThrownBy(() -> call.await().indefinitely()).isInstanceOf(ServiceUnavailable.class)
                .hasMessageContaining("enterprises-service").hasMessageContaining("企业服务");
    }

    @Test
    void aRefusalIsNotTurnedIntoUnavailability() {
        Uni<String> call = Downstream.call("enterprises-service", "企业服务",
                () -> Uni.createFrom().failure(DownstreamRejection.of("forbidden", "无权 / forbidden")));
        assertThatThrownBy(() -> call.await().indefinitely()).isInstanceOf(DownstreamRejection.Forbidden.class);
    }

    @Test
    void onlyAnUnreachableServiceIsReportedAsUnavailableNeverAGatewayDefect() {
        assertThat(Downstream.unavailability(new java.net.ConnectException("refused"))).isTrue();
        assertThat(Downstream.unavailability(new RuntimeException(new java.util.concurrent.TimeoutException()))).isTrue();
        assertThat(Downstream.unavailability(
                new org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException("open"))).isTrue();
        assertThat(Downstream.unavailability(new jakarta.ws.rs.WebApplicationException(503))).isTrue();
        assertThat(Downstream.unavailability(new jakarta.ws.rs.WebApplicationException(403))).isFalse();
        assertThat(Downstream.unavailability(DownstreamRejection.of("forbidden", "no"))).isFalse();
        assertThat(Downstream.unavailability(new NullPointerException("a defect"))).isFalse();
    }
}
