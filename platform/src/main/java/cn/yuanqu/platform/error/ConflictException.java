package cn.yuanqu.platform.error;

import java.util.List;

import io.smallrye.graphql.api.ErrorCode;

/** 409: the write conflicts with existing data (e.g. a credit code already registered in the park). */
@ErrorCode("conflict")
public class ConflictException extends DomainException {

    private final String code;
    private final List<Violation> violations;

    public ConflictException(String code, String messageZh, String messageEn, List<Violation> violations) {
        super(messageZh, messageEn, "数据冲突", "Conflict");
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<Violation> violations() {
        return violations;
    }
}
