package cn.yuanqu.gateway.enterprises.qualification;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.enterprises.EnterpriseGateway;
import cn.yuanqu.gateway.support.CallerToken;
import cn.yuanqu.gateway.support.Downstream;

/**
 * The gateway's application layer for the qualification ledger (资质荣誉台账): forwards the caller's token and reports an unreachable
 * enterprises-service as {@code service-unavailable} for the fields that need it.
 */
@ApplicationScoped
public class QualificationGateway {

    private final QualificationClient client;
    private final CallerToken token;

    public QualificationGateway(QualificationClient client, CallerToken token) {
        this.client = client;
        this.token = token;
    }

    public Uni<QualificationPage> qualifications(String park, QualificationFilterInput filter, Integer page, Integer size, String sort) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.qualifications(auth, park, filter, page, size, sort));
    }

    public Uni<Qualification> qualification(String id) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.qualification(auth, id));
    }

    public Uni<List<QualificationCount>> qualificationCounts(String park, LocalDate validOn) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.qualificationCounts(auth, park, validOn));
    }

    public Uni<Qualification> awardQualification(String park, QualificationInput input) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.awardQualification(auth, park, input));
    }

    public Uni<Qualification> updateQualification(String id, long version, QualificationInput input) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.updateQualification(auth, id, version, input));
    }

    public Uni<Qualification> revokeQualification(String id, long version, RevocationInput revocation) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.revokeQualification(auth, id, version, revocation));
    }
}
