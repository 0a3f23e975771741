package cn.yuanqu.gateway.support;

/**
 * An error the gateway reports to its GraphQL clients with a stable {@code extensions.code}. Each
 * subclass carries SmallRye's {@code @ErrorCode}; messages are "中文 / English".
 */
public abstract class GatewayError extends RuntimeException {

    protected GatewayError(String message) {
        super(message);
    }

    /** The code the client sees in {@code extensions.code}. */
    public abstract String code();

    @Override
    public synchronized Throwable fillInStackTrace() {
        // an expected outcome, reported to the client; no stack trace to build
        return this;
    }
}
