package cn.yuanqu.clients.enterprises;

import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.mutiny.Uni;

/**
 * Calls to enterprises-service with fault tolerance: each limited in time, retried twice after 200 ms
 * unless the service answered "no such enterprise", behind a circuit breaker. Limits can be tuned
 * through MicroProfile config ({@code cn.yuanqu.clients.enterprises.EnterprisesClient/enterprise/Timeout/value}).
 */
@ApplicationScoped
public class EnterprisesClient {

    private final EnterprisesApi api;
    private final IndicatorsApi indicators;

    EnterprisesClient(@RestClient EnterprisesApi api, @RestClient IndicatorsApi indicators) {
        this.api = api;
        this.indicators = indicators;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = NoSuchEnterpriseException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = NoSuchEnterpriseException.class)
    public Uni<KnownEnterprise> enterprise(String authorization, String id) {
        return api.get(authorization, id).onFailure(WebApplicationException.class).transform(e -> {
            int status = ((WebApplicationException) e).getResponse().getStatus();
            // 404: no such enterprise; 403: one the caller may not see — the same answer for the caller
            return status == 404 || status == 403 ? new NoSuchEnterpriseException(id) : e;
        });
    }

    /** One page of the park's enterprises in {@code status}; read, so retried like the look-up. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Uni<EnterpriseListPage> page(String authorization, String park, String status, int page) {
        return api.list(authorization, park, status, page, 200);
    }

    /**
     * The year of up to {@link YearlyTotals#MAX_IDS} enterprises of {@code park} in one call. A read (the
     * same request gives the same answer), so it is retried like the others; a larger time limit, as it
     * sums a year of reports.
     */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Uni<YearlyTotals> yearlyTotals(String authorization, String park, int year, List<String> enterpriseIds) {
        return indicators.yearlyTotals(authorization, new YearlyTotals.Request(park, year, enterpriseIds));
    }
}
