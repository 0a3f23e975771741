package cn.yuanqu.gateway.dashboard;

import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.support.Downstream;
import cn.yuanqu.gateway.support.DownstreamRejection;

/**
 * Calls to the four figures endpoints with fault tolerance: time-limited (a period's figures are sums over
 * records, so 10 s), retried twice (reads) unless the service refused, each service behind its own circuit
 * breaker. A service's GraphQL errors become {@link DownstreamRejection}s with the same code.
 */
@ApplicationScoped
public class FiguresClient {

    private final FiguresApis.Enterprises enterprises;
    private final FiguresApis.Projects projects;
    private final FiguresApis.Safety safety;
    private final FiguresApis.Land land;

    FiguresClient(FiguresApis.Enterprises enterprises, FiguresApis.Projects projects, FiguresApis.Safety safety,
            FiguresApis.Land land) {
        this.enterprises = enterprises;
        this.projects = projects;
        this.safety = safety;
        this.land = land;
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = DownstreamRejection.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamRejection.class)
    public Uni<ServiceFigures> enterprises(String authorization, List<String> parks, String from, String to) {
        return enterprises.figures(authorization, parks, from, to).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = DownstreamRejection.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamRejection.class)
    public Uni<ServiceFigures> projects(String authorization, List<String> parks, String from, String to) {
        return projects.figures(authorization, parks, from, to).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = DownstreamRejection.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamRejection.class)
    public Uni<ServiceFigures> safety(String authorization, List<String> parks, String from, String to) {
        return safety.figures(authorization, parks, from, to).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = DownstreamRejection.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamRejection.class)
    public Uni<ServiceFigures> land(String authorization, List<String> parks, String from, String to) {
        return land.figures(authorization, parks, from, to).onFailure().transform(Downstream::rejection);
    }
}
