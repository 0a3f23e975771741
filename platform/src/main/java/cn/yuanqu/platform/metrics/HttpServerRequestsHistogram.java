package cn.yuanqu.platform.metrics;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Publishes the latency histogram of the requests a service serves: Quarkus' {@code http.server.requests}
 * timer gets histogram buckets, which Prometheus scrapes as {@code http_server_requests_seconds_bucket}
 * and the p95 latency alert ({@code deploy/k8s/base/monitoring.yaml}) aggregates across pods. Without
 * it the timer has only a count, a sum and a max, from which no percentile can be computed. Quarkus has
 * no configuration property for it; Micrometer applies every {@link MeterFilter} bean to its registries.
 *
 * <p>Micrometer's percentile buckets between {@link #MIN} and {@link #MAX} (four to five per doubling),
 * plus exact buckets at the {@link #SLOS}, among them the alert's threshold of 2 s: 46 buckets and
 * {@code +Inf} per series. Faster requests than {@link #MIN} share the first bucket, slower ones than
 * {@link #MAX} (the gateway's downstream timeouts are 10 s at most) only count in {@code +Inf}.
 *
 * <p>Needs Micrometer at run time (quarkus-micrometer-registry-prometheus, which every service using this
 * library has): the library itself only compiles against it.
 */
@Singleton
public class HttpServerRequestsHistogram {

    /** The timer Quarkus records every HTTP request the application serves with. */
    public static final String METER = "http.server.requests";
    public static final Duration MIN = Duration.ofMillis(25);
    public static final Duration MAX = Duration.ofSeconds(10);
    public static final List<Duration> SLOS = List.of(Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5));

    @Produces
    @Singleton
    MeterFilter httpServerRequestsHistogram() {
        return filter();
    }

    /** The filter, for a registry outside CDI (tests). */
    public static MeterFilter filter() {
        DistributionStatisticConfig histogram = DistributionStatisticConfig.builder()
                .percentilesHistogram(true)
                .minimumExpectedValue((double) MIN.toNanos())
                .maximumExpectedValue((double) MAX.toNanos())
                .serviceLevelObjectives(SLOS.stream().mapToDouble(Duration::toNanos).toArray())
                .build();
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                return id.getType() == Meter.Type.TIMER && METER.equals(id.getName()) ? histogram.merge(config) : config;
            }
        };
    }
}
