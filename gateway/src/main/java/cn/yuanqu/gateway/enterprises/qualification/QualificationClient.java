package cn.yuanqu.gateway.enterprises.qualification;

import java.time.LocalDate;
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
 * The qualification ledger (资质荣誉台账) with fault tolerance: every call time-limited and behind a circuit breaker; reads are retried on
 * failures that are not the service's own refusal, writes never are. The service's GraphQL errors become
 * {@link DownstreamRejection}s with its code and message.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 100, abortOn = DownstreamRejection.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
        skipOn = DownstreamRejection.class)
public class QualificationClient {

    private final QualificationApi api;

    QualificationClient(QualificationApi api) {
        this.api = api;
    }

    public Uni<QualificationPage> qualifications(String authorization, String park, QualificationFilterInput filter, Integer page, Integer size, String sort) {
        return api.qualifications(authorization, park, filter, page, size, sort).onFailure().transform(Downstream::rejection);
    }

    public Uni<Qualification> qualification(String authorization, String id) {
        return api.qualification(authorization, id).onFailure().transform(Downstream::rejection);
    }

    public Uni<List<QualificationCount>> qualificationCounts(String authorization, String park, LocalDate validOn) {
        return api.qualificationCounts(authorization, park, validOn).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Qualification> awardQualification(String authorization, String park, QualificationInput input) {
        return api.awardQualification(authorization, park, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Qualification> updateQualification(String authorization, String id, long version, QualificationInput input) {
        return api.updateQualification(authorization, id, version, input).onFailure().transform(Downstream::rejection);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    public Uni<Qualification> revokeQualification(String authorization, String id, long version, RevocationInput revocation) {
        return api.revokeQualification(authorization, id, version, revocation).onFailure().transform(Downstream::rejection);
    }
}
