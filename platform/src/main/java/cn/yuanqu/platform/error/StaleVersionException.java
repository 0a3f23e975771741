package cn.yuanqu.platform.error;

import io.smallrye.graphql.api.ErrorCode;

/** 409: the write names a version that is no longer current; the client must reload and retry. */
@ErrorCode("stale-version")
public class StaleVersionException extends DomainException {

    public StaleVersionException(String entity, Object id, long expected, long actual) {
        super("记录已被他人修改（版本 " + expected + "，当前 " + actual + "），请刷新后重试",
                entity + " " + id + " was changed by someone else (version " + expected + ", now " + actual
                        + "); reload and retry",
                "版本冲突", "Stale version");
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String code() {
        return "stale-version";
    }
}
