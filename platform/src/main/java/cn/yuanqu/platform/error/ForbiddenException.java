package cn.yuanqu.platform.error;

import io.smallrye.graphql.api.ErrorCode;

/** 403: the caller may not act on this park or enterprise. */
@ErrorCode("forbidden")
public class ForbiddenException extends DomainException {

    public ForbiddenException(String reasonZh, String reasonEn) {
        super(reasonZh, reasonEn, "无权访问", "Forbidden");
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String code() {
        return "forbidden";
    }
}
