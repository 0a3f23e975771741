package cn.yuanqu.platform.error;

import java.util.List;
import java.util.stream.Collectors;

import io.smallrye.graphql.api.ErrorCode;

/** 422: a well-formed request that breaks a business rule; each violation names its field. */
@ErrorCode("rule-violation")
public class RuleViolationException extends DomainException {

    private final List<Violation> violations;

    public RuleViolationException(List<Violation> violations) {
        super(join(violations, true), join(violations, false), "违反业务规则", "Business rule violated");
        this.violations = List.copyOf(violations);
    }

    static String join(List<Violation> violations, boolean zh) {
        return violations.stream().map(v -> v.field() + ": " + (zh ? v.message() : v.messageEn()))
                .collect(Collectors.joining("; "));
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String code() {
        return "rule-violation";
    }

    @Override
    public List<Violation> violations() {
        return violations;
    }
}
