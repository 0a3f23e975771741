package cn.yuanqu.platform.creditcode;

import java.util.Optional;

/**
 * The 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters — registration
 * department (1), organisation type (1), region code GB/T 2260 (6), organisation code GB 11714 (9,
 * with its own check digit) and the check character (1), over the alphabet
 * {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (no I, O, Z, S, V).
 */
public final class CreditCode {

    /** The 31 characters a credit code is made of; a character's index is its value. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    private static final int[] ORG_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

    private CreditCode() {
    }

    /** Whether {@code code} is a valid credit code (upper case, both check characters right). */
    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /** Empty when valid; otherwise why not, in English. */
    public static Optional<String> problem(String code) {
        if (code == null || code.length() != 18) {
            return Optional.of("must be 18 characters");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("contains a character outside 0-9A-HJ-NPQRTUWXY");
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return Optional.of("check character should be " + expected);
        }
        char orgExpected = organisationCheckDigit(code.substring(8, 16));
        if (code.charAt(16) != orgExpected) {
            return Optional.of("organisation code check digit should be " + orgExpected);
        }
        return Optional.empty();
    }

    /** The check character of the first 17 characters: 31 − (Σ value × weight mod 31), 31 → '0'. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("need the first 17 characters of a credit code");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a credit-code character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /**
     * The check digit of the 8-character body of an organisation code (GB 11714): digits count as
     * their value, letters A=10 … Z=35; 11 − (Σ mod 11), 10 → 'X', 11 → '0'.
     */
    public static char organisationCheckDigit(String body8) {
        if (body8 == null || body8.length() != 8) {
            throw new IllegalArgumentException("need the 8-character body of an organisation code");
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body8.charAt(i);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                value = c - 'A' + 10;
            } else {
                throw new IllegalArgumentException("not an organisation-code character: " + c);
            }
            sum += value * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** Completes 17 characters with their check character (for generators and tests). */
    public static String withCheckCharacter(String first17) {
        return first17 + checkCharacter(first17);
    }
}
