package cn.yuanqu.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;

class HttpServerRequestsHistogramTest {

    @Test
    void theServerRequestTimerGetsHistogramBucketsWithTheSlos() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(HttpServerRequestsHistogram.filter());
        Timer timer = Timer.builder("http.server.requests").tag("uri", "/api/enterprises").register(registry);
        timer.record(Duration.ofMillis(150));
        timer.record(Duration.ofMillis(2500));

        // a registry without aggregable percentiles (this one) keeps only the SLO buckets
        List<Double> bounds = Arrays.stream(timer.takeSnapshot().histogramCounts())
                .map(b -> b.bucket(TimeUnit.SECONDS)).toList();
        assertThat(bounds).as("the SLO buckets, the alert's 2 s among them").containsExactly(0.1, 0.25, 0.5, 1.0, 2.0, 5.0);

        CountAtBucket[] counts = timer.takeSnapshot().histogramCounts();
        assertThat(count(counts, 0.1)).isZero();
        assertThat(count(counts, 0.25)).isEqualTo(1);
        assertThat(count(counts, 2.0)).isEqualTo(1);
        assertThat(count(counts, 5.0)).isEqualTo(2);
    }

    @Test
    void otherTimersAreLeftAlone() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(HttpServerRequestsHistogram.filter());
        Timer client = Timer.builder("http.client.requests").register(registry);
        client.record(Duration.ofMillis(150));
        assertThat(client.takeSnapshot().histogramCounts()).isEmpty();
    }

    @Test
    void prometheusScrapesTheBucketsTheAlertReads() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(HttpServerRequestsHistogram.filter());
        Timer.builder("http.server.requests").tag("uri", "/api/figures").tag("status", "200").register(registry)
                .record(Duration.ofMillis(300));

        String scrape = registry.scrape();
        Map<String, Double> buckets = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^http_server_requests_seconds_bucket\\{[^}]*le=\"([^\"]+)\"[^}]*} (\\S+)$").matcher(scrape);
        while (m.find()) {
            buckets.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        assertThat(buckets).as("http_server_requests_seconds_bucket in\n%s", scrape)
                .containsEntry("0.25", 0.0).containsEntry("0.5", 1.0).containsEntry("2.0", 1.0).containsEntry("+Inf", 1.0);
        List<Double> bounds = buckets.keySet().stream().filter(le -> !le.equals("+Inf")).map(Double::valueOf).toList();
        assertThat(bounds.get(0)).as("smallest bucket: the min expected duration").isGreaterThanOrEqualTo(0.025);
        assertThat(bounds.get(bounds.size() - 1)).as("largest bucket: the max expected duration").isEqualTo(10.0);
        assertThat(bounds.size()).as("buckets per series (Prometheus cardinality; the class comment says 46)").isEqualTo(46);
    }

    private static double count(CountAtBucket[] counts, double seconds) {
        return Arrays.stream(counts).filter(c -> c.bucket(TimeUnit.SECONDS) == seconds)
                .findFirst().orElseThrow(() -> new AssertionError("no bucket at " + seconds + " s")).count();
    }
}
