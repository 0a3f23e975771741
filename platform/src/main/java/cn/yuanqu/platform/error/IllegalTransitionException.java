package cn.yuanqu.platform.error;

import io.smallrye.graphql.api.ErrorCode;

/** 422: the state machine does not allow this transition from the current state. */
@ErrorCode("illegal-transition")
public class IllegalTransitionException extends DomainException {

    private final String machine;
    private final String from;
    private final String to;

    public IllegalTransitionException(String machine, String from, String to, String reasonZh, String reasonEn) {
        super(reasonZh, reasonEn, "非法状态变更", "Illegal transition");
        this.machine = machine;
        this.from = from;
        this.to = to;
    }

    public String machine() {
        return machine;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String code() {
        return "illegal-transition";
    }
}
