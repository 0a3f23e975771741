package cn.yuanqu.platform.error;

import io.smallrye.graphql.api.ErrorCode;

/** 404: the record does not exist or the caller may not see it (another park's rows are "not found"). */
@ErrorCode("not-found")
public class NotFoundException extends DomainException {

    public NotFoundException(String entityZh, String entityEn, Object id) {
        super(entityZh + " " + id + " 不存在", entityEn + " " + id + " not found", "未找到", "Not found");
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String code() {
        return "not-found";
    }
}
