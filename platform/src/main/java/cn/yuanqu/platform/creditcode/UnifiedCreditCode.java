package cn.yuanqu.platform.creditcode;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The annotated string is a valid 统一社会信用代码 ({@link CreditCode}); null is valid. */
@Documented
@Constraint(validatedBy = UnifiedCreditCodeValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface UnifiedCreditCode {

    String message() default "{cn.yuanqu.platform.creditcode.UnifiedCreditCode.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
