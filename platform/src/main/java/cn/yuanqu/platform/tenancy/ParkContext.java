package cn.yuanqu.platform.tenancy;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

import cn.yuanqu.platform.error.ForbiddenException;

/**
 * The caller's {@link ParkScope} for the current request, read once from the access token. Inject it
 * into application services and resolve every park through it.
 */
@RequestScoped
public class ParkContext {

    private final SecurityIdentity identity;
    private ParkScope scope;

    public ParkContext(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller's scope; anonymous callers have none. */
    public ParkScope scope() {
        if (scope == null) {
            if (identity.isAnonymous()) {
                throw new ForbiddenException("需要登录", "authentication required");
            }
            if (identity.getPrincipal() instanceof JsonWebToken jwt) {
                String actor = jwt.getClaim("preferred_username");
                scope = ParkScope.of(jwt.getClaim("parks"), jwt.getClaim("enterprise_id"),
                        actor != null ? actor : jwt.getName());
            } else {
                scope = ParkScope.of(identity.getAttribute("parks"), identity.getAttribute("enterprise_id"),
                        identity.getPrincipal().getName());
            }
        }
        return scope;
    }

    public String resolve(String requestedPark) {
        return scope().resolve(requestedPark);
    }

    public List<String> resolveAll(List<String> requested) {
        return scope().resolveAll(requested);
    }

    public String actor() {
        return scope().actor();
    }
}
