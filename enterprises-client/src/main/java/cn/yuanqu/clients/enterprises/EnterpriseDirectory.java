package cn.yuanqu.clients.enterprises;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.error.RuleViolationException;
import cn.yuanqu.platform.error.UnavailableException;
import cn.yuanqu.platform.error.Violation;

/**
 * Checks an enterprise named in a request against enterprises-service, with the caller's own token (so
 * the enterprise must be one the caller may see). "No such enterprise in this park" is a 422 naming the
 * request's field, an unreachable service a 503 (after {@link EnterprisesClient}'s timeout, retries and
 * circuit breaker).
 */
@ApplicationScoped
public class EnterpriseDirectory {

    private static final Logger LOG = Logger.getLogger(EnterpriseDirectory.class);
    private static final String DEPENDENCY = "企业服务 enterprises-service";

    private final EnterprisesClient client;

    EnterpriseDirectory(EnterprisesClient client) {
        this.client = client;
    }

    /** The enterprise if it is one of {@code park}; otherwise a 422 naming {@code field}, or a 503. */
    public Uni<KnownEnterprise> require(String authorization, UUID id, String park, String field) {
        return client.enterprise(authorization, id.toString())
                .onFailure(NoSuchEnterpriseException.class).transform(e -> notFound(field))
                .onFailure(e -> !(e instanceof RuleViolationException)).transform(e -> {
                    LOG.warnf("enterprises-service look-up of %s failed: %s", id, e.toString());
                    return new UnavailableException(DEPENDENCY);
                })
                .map(enterprise -> {
                    if (!park.equals(enterprise.park())) {
                        throw notFound(field);
                    }
                    return enterprise;
                });
    }

    /** {@link #require(String, UUID, String, String)} for a field named {@code enterpriseId}. */
    public Uni<KnownEnterprise> require(String authorization, UUID id, String park) {
        return require(authorization, id, park, "enterpriseId");
    }

    /** Every operating enterprise of the park (all pages of enterprises-service's ledger). */
    public Uni<List<EnterpriseSummary>> operating(String authorization, String park) {
        return collect(authorization, park, 0, new ArrayList<>())
                .onFailure().transform(e -> {
                    LOG.warnf("enterprises-service ledger of %s failed: %s", park, e.toString());
                    return new UnavailableException(DEPENDENCY);
                });
    }

    private Uni<List<EnterpriseSummary>> collect(String authorization, String park, int page, List<EnterpriseSummary> into) {
        return client.page(authorization, park, "OPERATING", page).flatMap(p -> {
            into.addAll(p.items());
            return page + 1 < p.totalPages() ? collect(authorization, park, page + 1, into) : Uni.createFrom().item(into);
        });
    }

    public static RuleViolationException notFound(String field) {
        return new RuleViolationException(List.of(new Violation(field, "Exists",
                "企业服务中没有该企业（或不在本园区）", "no such enterprise in this park in enterprises-service")));
    }
}
