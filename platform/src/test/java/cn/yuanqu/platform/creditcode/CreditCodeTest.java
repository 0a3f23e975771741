package cn.yuanqu.platform.creditcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = { "91310110666007217T", "91310115591693856A", "91440101327598294H", "91360732MA35XH8C2X" })
    void realCodesAreValid(String code) {
        assertThat(CreditCode.problem(code)).isEmpty();
    }

    @Test
    void aWrongCheckCharacterIsNamed() {
        assertThat(CreditCode.problem("91310110666007217A")).contains("check character should be T");
    }

    @Test
    void aWrongOrganisationCheckDigitIsNamedEvenWithARecomputedCheckCharacter() {
        String tampered = CreditCode.withCheckCharacter("91310110666007218");
        assertThat(CreditCode.problem(tampered)).contains("organisation code check digit should be 7");
    }

    @Test
    void lengthAndAlphabetAreChecked() {
        assertThat(CreditCode.problem("9131011066600721")).contains("must be 18 characters");
        assertThat(CreditCode.problem(null)).contains("must be 18 characters");
        assertThat(CreditCode.problem("91310110666007217I")).contains("contains a character outside 0-9A-HJ-NPQRTUWXY");
        assertThat(CreditCode.isValid("91310110666007217t")).isFalse();
    }

    @Test
    void generatedCodesRoundTrip() {
        Random random = new Random(7);
        for (int n = 0; n < 1000; n++) {
            StringBuilder org = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                org.append("0123456789ABCDEFGHJKLMNPQRTUWXY".charAt(random.nextInt(31)));
            }
            char orgCheck = CreditCode.organisationCheckDigit(org.toString());
            String code = CreditCode.withCheckCharacter("91360732" + org + orgCheck);
            assertThat(CreditCode.isValid(code)).as(code).isTrue();
        }
    }

    @Test
    void theValidatorAcceptsNullAndRejectsBadCodes() {
        UnifiedCreditCodeValidator validator = new UnifiedCreditCodeValidator();
        assertThat(validator.isValid(null, null)).isTrue();
        assertThat(validator.isValid("91440101327598294H", null)).isTrue();
        assertThat(validator.isValid("91440101327598294X", null)).isFalse();
    }
}
