package cn.yuanqu.clients.enterprises;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** The caller's access token as an Authorization header, to call another service on the caller's behalf. */
public final class CallerToken {

    private CallerToken() {
    }

    /** "Bearer …" for a caller authenticated with a token; null otherwise. */
    public static String bearer(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? "Bearer " + jwt.getRawToken() : null;
    }
}
