package cn.yuanqu.platform.rest;

import java.util.List;

import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.Violation;

/** Optimistic locking over REST: the version a client read travels back in {@code If-Match}. */
public final class IfMatch {

    private IfMatch() {
    }

    /** The version in an {@code If-Match} header: {@code "3"}, {@code W/"3"} or {@code 3}; required. */
    public static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new InvalidInputException(List.of(new Violation("If-Match", "Required",
                    "缺少 If-Match 请求头（应为读取时的版本号）", "the If-Match header with the version read is required")));
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(new Violation("If-Match", "Version",
                    "If-Match 应为版本号，如 \"3\"", "If-Match must carry a version such as \"3\"")));
        }
    }
}
