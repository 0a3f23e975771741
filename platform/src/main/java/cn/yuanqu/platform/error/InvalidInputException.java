package cn.yuanqu.platform.error;

import java.util.List;

import io.smallrye.graphql.api.ErrorCode;

/** 400: malformed input (bad parameter, header, enum value, id); each violation names its field. */
@ErrorCode("invalid-input")
public class InvalidInputException extends DomainException {

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(RuleViolationException.join(violations, true), RuleViolationException.join(violations, false),
                "参数校验失败", "Validation failed");
        this.violations = List.copyOf(violations);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String code() {
        return "invalid-input";
    }

    @Override
    public List<Violation> violations() {
        return violations;
    }
}
