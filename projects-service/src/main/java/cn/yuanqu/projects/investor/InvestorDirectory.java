package cn.yuanqu.projects.investor;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.error.DomainException;
import cn.yuanqu.platform.error.RuleViolationException;
import cn.yuanqu.platform.error.UnavailableException;
import cn.yuanqu.platform.error.Violation;

/**
 * Checks a project's investor against enterprises-service, with the caller's own token (so the
 * enterprise must be one the caller may see). Each look-up is limited to 3 s, retried twice on
 * failures that are not the service's answer, and guarded by a circuit breaker; "no such enterprise"
 * is a 422 naming {@code investorId}, an unreachable service a 503.
 */
@ApplicationScoped
public class InvestorDirectory {

    private static final Logger LOG = Logger.getLogger(InvestorDirectory.class);
    private static final String DEPENDENCY = "企业服务 enterprises-service";

    private final EnterprisesClient client;

    InvestorDirectory(EnterprisesClient client) {
        this.client = client;
    }

    /** The investor if it is an enterprise of {@code park}; fails with a 422 or a 503 otherwise. */
    public Uni<Investor> require(String authorization, UUID id, String park) {
        return client.enterprise(authorization, id.toString())
                .onFailure(e -> !(e instanceof DomainException)).transform(e -> {
                    LOG.warnf("enterprises-service look-up of %s failed: %s", id, e.toString());
                    return new UnavailableException(DEPENDENCY);
                })
                .map(investor -> {
                    if (!park.equals(investor.park())) {
                        throw notFound();
                    }
                    return investor;
                });
    }

    static RuleViolationException notFound() {
        return new RuleViolationException(List.of(new Violation("investorId", "Exists",
                "企业服务中没有该企业（或不在本园区）", "no such enterprise in this park in enterprises-service")));
    }
}
