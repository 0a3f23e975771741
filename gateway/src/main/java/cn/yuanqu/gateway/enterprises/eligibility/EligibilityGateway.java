package cn.yuanqu.gateway.enterprises.eligibility;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.enterprises.EnterpriseGateway;
import cn.yuanqu.gateway.support.CallerToken;
import cn.yuanqu.gateway.support.Downstream;

/**
 * The gateway's application layer for the pre-screen for 规上 entry and qualifications (入规与资质预评): forwards the caller's token and reports an unreachable
 * enterprises-service as {@code service-unavailable} for the fields that need it.
 */
@ApplicationScoped
public class EligibilityGateway {

    private final EligibilityClient client;
    private final CallerToken token;

    public EligibilityGateway(EligibilityClient client, CallerToken token) {
        this.client = client;
        this.token = token;
    }

    public Uni<EligibilityPage> eligibility(String park, String asOf, Program program, Outcome outcome, Integer page, Integer size) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.eligibility(auth, park, asOf, program, outcome, page, size));
    }

    public Uni<EligibilityResult> enterpriseEligibility(String enterpriseId, String asOf) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.enterpriseEligibility(auth, enterpriseId, asOf));
    }

    public Uni<EligibilitySettings> eligibilitySettings(String park) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.eligibilitySettings(auth, park));
    }

    public Uni<EligibilitySettings> setEligibilityThresholds(String park, Long version, EligibilityThresholds thresholds) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.setEligibilityThresholds(auth, park, version, thresholds));
    }

    public Uni<EnterpriseYearFacts> enterpriseYearFacts(String enterpriseId, int year) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.enterpriseYearFacts(auth, enterpriseId, year));
    }

    public Uni<EnterpriseYearFacts> recordEnterpriseYearFacts(String enterpriseId, int year, Long version, EligibilityFacts facts) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> client.recordEnterpriseYearFacts(auth, enterpriseId, year, version, facts));
    }
}
