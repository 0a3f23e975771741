package cn.yuanqu.platform.error;

import io.smallrye.graphql.api.ErrorCode;

/**
 * 503: a service this request depends on cannot be reached (after its timeout and retries, or while its
 * circuit breaker is open). Nothing was written; the caller may retry later.
 */
@ErrorCode("dependency-unavailable")
public class UnavailableException extends DomainException {

    public UnavailableException(String dependency) {
        super("暂时无法访问" + dependency + "，请稍后重试", dependency + " cannot be reached; try again later",
                "依赖服务不可用", "Dependency unavailable");
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String code() {
        return "dependency-unavailable";
    }
}
