package cn.yuanqu.platform.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details, the body of every error answer of the REST APIs
 * ({@code application/problem+json}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String code,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://yuanqu.cn/problems/";

    /** A problem of a given code. */
    public static Problem of(int status, String code, String titleZh, String titleEn, String detail,
            List<Violation> violations) {
        return new Problem(TYPE_BASE + code, titleZh + " / " + titleEn, status, detail, null, code,
                violations == null || violations.isEmpty() ? null : List.copyOf(violations));
    }

    public Problem withInstance(String instance) {
        return new Problem(type, title, status, detail, instance, code, violations);
    }
}
