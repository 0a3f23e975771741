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

    /** {@code true} or {@code false}, or null when absent; anything else adds a violation. */
    public static Boolean bool(String field, String raw, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.strip();
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.valueOf(v);
        }
        violations.add(new Violation(field, "Boolean", "取值应为 true 或 false", field + " must be true or false"));
        return null;
    }

    /** A whole number within {@code min}…{@code max}, or null when absent; anything else adds a violation. */
    public static Integer integer(String field, String raw, int min, int max, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int v = Integer.parseInt(raw.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(new Violation(field, "Range", "应为 " + min + " 至 " + max + " 的整数",
                field + " must be a whole number from " + min + " to " + max));
        return null;
    }
}
