package cn.yuanqu.gateway.support;

import java.time.Duration;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The gateway's latency histogram ({@code http_server_requests_seconds_bucket}) for the p95 alert of
 * deploy/k8s. The services get theirs from {@code cn.yuanqu.platform.metrics.HttpServerRequestsHistogram};
 * the gateway does not use the platform library (it would bring Hibernate Reactive and a datasource), so
 * it has its own, with the same buckets: keep the two alike.
 */
@Singleton
public class HttpServerRequestsHistogram {

    @Produces
    @Singleton
    MeterFilter httpServerRequestsHistogram() {
        DistributionStatisticConfig histogram = DistributionStatisticConfig.builder()
                .percentilesHistogram(true)
                .minimumExpectedValue((double) Duration.ofMillis(25).toNanos())
                .maximumExpectedValue((double) Duration.ofSeconds(10).toNanos())
                .serviceLevelObjectives(Duration.ofMillis(100).toNanos(), Duration.ofMillis(250).toNanos(),
                        Duration.ofMillis(500).toNanos(), Duration.ofSeconds(1).toNanos(),
                        Duration.ofSeconds(2).toNanos(), Duration.ofSeconds(5).toNanos())
                .build();
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                return id.getType() == Meter.Type.TIMER && "http.server.requests".equals(id.getName())
                        ? histogram.merge(config)
                        : config;
            }
        };
    }
}
