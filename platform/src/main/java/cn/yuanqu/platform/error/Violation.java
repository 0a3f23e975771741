package cn.yuanqu.platform.error;

/**
 * One broken rule of a request: the JSON field path ({@code creditCode}, {@code contacts[0].phone}),
 * the rule's stable name ({@code NotBlank}, {@code UnifiedCreditCode}, a domain rule …) and the
 * message in Chinese and English.
 */
public record Violation(String field, String rule, String message, String messageEn) {
}
