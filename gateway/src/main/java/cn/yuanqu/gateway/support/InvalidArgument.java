package cn.yuanqu.gateway.support;

import io.smallrye.graphql.api.ErrorCode;

/** An argument the gateway checks itself is invalid; the message names the argument and the rule. */
@ErrorCode("invalid-input")
public final class InvalidArgument extends GatewayError {

    private final String argument;

    public InvalidArgument(String argument, String messageZh, String messageEn) {
        super(argument + "：" + messageZh + " / " + argument + ": " + messageEn);
        this.argument = argument;
    }

    public String argument() {
        return argument;
    }

    @Override
    public String code() {
        return "invalid-input";
    }
}
