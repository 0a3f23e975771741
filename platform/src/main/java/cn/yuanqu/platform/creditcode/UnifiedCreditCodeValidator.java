package cn.yuanqu.platform.creditcode;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link UnifiedCreditCode}. */
public class UnifiedCreditCodeValidator implements ConstraintValidator<UnifiedCreditCode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || CreditCode.isValid(value);
    }
}
