package cn.yuanqu.platform.error;

import java.util.Map;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import cn.yuanqu.platform.creditcode.CreditCode;

/**
 * Turns Bean Validation failures into {@link Violation}s: the field as the client knows it (the
 * JSON path, without the Java method and parameter names) and messages in Chinese and English.
 */
public final class ViolationMessages {

    private ViolationMessages() {
    }

    /** A violation from a Bean Validation constraint violation. */
    public static Violation of(ConstraintViolation<?> v) {
        String rule = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        Object invalid = v.getInvalidValue();
        return of(field(v.getPropertyPath()), rule, attributes, v.getMessage(), invalid);
    }

    /** The testable core: field, constraint name, its attributes, the interpolated message, the bad value. */
    public static Violation of(String field, String rule, Map<String, Object> attributes, String interpolated,
            Object invalidValue) {
        String[] text = texts(rule, attributes, invalidValue);
        if (text == null) {
            return new Violation(field, rule, interpolated, interpolated);
        }
        return new Violation(field, rule, text[0], text[1]);
    }

    /**
     * The client's field path of a property path: {@code register.input.contacts[0].phone} →
     * {@code contacts[0].phone}; a parameter without properties ({@code list.size}) → {@code size}.
     */
    public static String field(Path path) {
        StringBuilder out = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER || kind == ElementKind.CROSS_PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                // the index belongs to the element of the previous node's collection
                out.append('[').append(node.getIndex() != null ? node.getIndex()
                        : node.getKey() != null ? node.getKey() : "").append(']');
            }
            if ((kind == ElementKind.PROPERTY || kind == ElementKind.BEAN) && node.getName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        return out.length() == 0 ? (parameter == null ? "" : parameter) : out.toString();
    }

    private static String[] texts(String rule, Map<String, Object> a, Object invalid) {
        return switch (rule) {
            case "NotNull" -> new String[] { "不能为空", "must not be null" };
            case "NotBlank" -> new String[] { "不能为空白", "must not be blank" };
            case "NotEmpty" -> new String[] { "不能为空", "must not be empty" };
            case "Size" -> size(a);
            case "Min" -> new String[] { "不能小于 " + a.get("value"), "must be at least " + a.get("value") };
            case "Max" -> new String[] { "不能大于 " + a.get("value"), "must be at most " + a.get("value") };
            case "DecimalMin" -> new String[] { "不能小于 " + a.get("value"), "must be at least " + a.get("value") };
            case "DecimalMax" -> new String[] { "不能大于 " + a.get("value"), "must be at most " + a.get("value") };
            case "Positive" -> new String[] { "必须大于0", "must be greater than 0" };
            case "PositiveOrZero" -> new String[] { "不能为负数", "must not be negative" };
            case "Digits" -> new String[] { "整数最多 " + a.get("integer") + " 位、小数最多 " + a.get("fraction") + " 位",
                    "at most " + a.get("integer") + " integer and " + a.get("fraction") + " fraction digits" };
            case "Pattern" -> new String[] { "格式不正确（应匹配 " + a.get("regexp") + "）",
                    "must match " + a.get("regexp") };
            case "Email" -> new String[] { "邮箱格式不正确", "must be an e-mail address" };
            case "Past" -> new String[] { "必须是过去的日期", "must be in the past" };
            case "PastOrPresent" -> new String[] { "不能晚于今天", "must not be in the future" };
            case "Future" -> new String[] { "必须是将来的日期", "must be in the future" };
            case "FutureOrPresent" -> new String[] { "不能早于今天", "must not be in the past" };
            case "UnifiedCreditCode" -> {
                Optional<String> why = invalid instanceof String s ? CreditCode.problem(s) : Optional.empty();
                yield new String[] { "统一社会信用代码无效" + why.map(w -> "（" + w + "）").orElse(""),
                        "invalid unified social credit code" + why.map(w -> " (" + w + ")").orElse("") };
            }
            default -> null;
        };
    }

    private static String[] size(Map<String, Object> a) {
        Object min = a.get("min");
        Object max = a.get("max");
        boolean hasMin = min instanceof Integer i && i > 0;
        boolean hasMax = max instanceof Integer j && j < Integer.MAX_VALUE;
        if (hasMin && hasMax) {
            return new String[] { "长度应在 " + min + " 到 " + max + " 之间", "size must be between " + min + " and " + max };
        }
        if (hasMax) {
            return new String[] { "长度不能超过 " + max, "size must be at most " + max };
        }
        return new String[] { "长度不能少于 " + min, "size must be at least " + min };
    }
}
