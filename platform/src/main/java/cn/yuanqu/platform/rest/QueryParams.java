package cn.yuanqu.platform.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import cn.yuanqu.platform.error.Violation;

/**
 * Parsing of query parameters that name their field when they are wrong. Resources take enums and
 * dates as strings (JAX-RS would answer a bad value with a bare 404) and collect every violation
 * before answering 400 once.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** An enum constant, or null when absent; a bad value adds a violation naming the allowed ones. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String raw, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.toString(type.getEnumConstants());
            violations.add(new Violation(field, "Enum", "取值无效，可选：" + allowed, "unknown value; one of " + allowed));
            return null;
        }
    }

    /** A date {@code yyyy-MM-dd}, or null when absent; a bad value adds a violation. */
    public static LocalDate date(String field, String raw, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "Date", "日期格式应为 yyyy-MM-dd", "date must be yyyy-MM-dd"));
            return null;
        }
    }
}
