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

    @ErrorCode("not-found")
    public static final class NotFound extends DownstreamRejection {
        NotFound(String m) {
            super(m);
        }

        @Override
        public String code() {
            return "not-found";
        }
    }

    @ErrorCode("forbidden")
    public static final class Forbidden extends DownstreamRejection {
        Forbidden(String m) {
            super(m);
        }

        @Override
        public String code() {
            return "forbidden";
        }
    }

    @ErrorCode("stale-version")
    public static final class StaleVersion extends DownstreamRejection {
        StaleVersion(String m) {
            super(m);
        }

        @Override
        public String code() {
            return "stale-version";
        }
    }

    @ErrorCode("conflict")
    public static final class Conflict extends DownstreamRejection {
        Conflict(String m) {
            super(m);
        }

        @Override
        public String code() {
            return "conflict";
        }
    }

    @ErrorCode("illegal-transition")
    public static final class IllegalTransition extends DownstreamRejection {
        IllegalTransition(String m) {
            super(m);
        }

        @Override
        public String code() {
            return "illegal-transition";
        }
    }

    @ErrorCode("rule-violation")
    public static final class RuleViolation extends DownstreamRejection {
        RuleViolation(String m) {
            super(m);
        }

        @Override
        public String code() {
            return "rule-violation";
        }
    }

    @ErrorCode("invalid-input")
    public static final class InvalidInput extends DownstreamRejection {
        InvalidInput(String m) {
            super(m);
        }

        @Override
        public String code() {
            return "invalid-input";
        }
    }

    @ErrorCode("downstream-error")
    public static final class Other extends DownstreamRejection {
        Other(String m) {
            super(m);
        }

        @Override
        public String code() {
            return "downstream-error";
        }
    }
}
