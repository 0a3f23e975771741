package cn.yuanqu.gateway.support;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller's access token, forwarded to every downstream call so each service applies its own
 * rules (roles, parks, the enterprise user's own enterprise) to the real user.
 */
@RequestScoped
public class CallerToken {

    private final JsonWebToken token;

    public CallerToken(JsonWebToken token) {
        this.token = token;
    }

    /** The {@code Authorization} header value for downstream calls. */
    public String authorization() {
        String raw = token.getRawToken();
        if (raw == null) {
            throw new IllegalStateException("no caller token: the gateway only serves authenticated requests");
        }
        return "Bearer " + raw;
    }
}
