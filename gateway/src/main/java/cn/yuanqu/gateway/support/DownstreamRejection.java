package cn.yuanqu.gateway.support;

import java.util.Map;
import java.util.function.Function;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A downstream service refused the request (not found, forbidden, stale version, invalid input …).
 * Passed on to the client with the service's code and message; never retried, and not a failure
 * for the circuit breaker.
 */
public abstract class DownstreamRejection extends GatewayError {

    protected DownstreamRejection(String message) {
        super(message);
    }

    private static final Map<String, Function<String, DownstreamRejection>> BY_CODE = Map.of(
            "not-found", NotFound::new,
            "forbidden", Forbidden::new,
            "stale-version", StaleVersion::new,
            "duplicate-credit-code", Conflict::new,
            "conflict", Conflict::new,
            "illegal-transition", IllegalTransition::new,
            "rule-violation", RuleViolation::new,
            "invalid-input", InvalidInput::new);

    /** The rejection for a downstream error code; unknown codes become {@code downstream-error}. */
    public static DownstreamRejection of(String code, String message) {
        return BY_CODE.getOrDefault(code == null ? "" : code, Other::new).apply(message);
    }

    /** The code of this rejection: the value of its {@code @ErrorCode}, which GraphQL clients see too. */
    @Override
    public final String code() {
        return getClass().getAnnotation(ErrorCode.class).value();
    }

    @ErrorCode("not-found")
    public static final class NotFound extends DownstreamRejection {
        NotFound(String message) {
            super(message);
        }
    }

    @ErrorCode("forbidden")
    public static final class Forbidden extends DownstreamRejection {
        Forbidden(String message) {
            super(message);
        }
    }

    @ErrorCode("stale-version")
    public static final class StaleVersion extends DownstreamRejection {
        StaleVersion(String message) {
            super(message);
        }
    }

    @ErrorCode("conflict")
    public static final class Conflict extends DownstreamRejection {
        Conflict(String message) {
            super(message);
        }
    }

    @ErrorCode("illegal-transition")
    public static final class IllegalTransition extends DownstreamRejection {
        IllegalTransition(String message) {
            super(message);
        }
    }

    @ErrorCode("rule-violation")
    public static final class RuleViolation extends DownstreamRejection {
        RuleViolation(String message) {
            super(message);
        }
    }

    @ErrorCode("invalid-input")
    public static final class InvalidInput extends DownstreamRejection {
        InvalidInput(String message) {
            super(message);
        }
    }

    @ErrorCode("downstream-error")
    public static final class Other extends DownstreamRejection {
        Other(String message) {
            super(message);
        }
    }
}
