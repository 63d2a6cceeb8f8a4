package cn.gov.hlj.consumptionaid.catalog;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from the code's alphabet (digits and
 * the capital letters without I, O, Z, S, V); the 1st is the registration authority, the 2nd the entity type, the 3rd
 * to 8th the 6-digit region code of the registering office, the 9th to 17th the organisation code, and the 18th a
 * check character: {@code 31 − (Σ value(cᵢ) · wᵢ mod 31)}, with {@code wᵢ = 3ⁱ⁻¹ mod 31}, where 31 stands for 0.
 */
public final class CreditCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern REGION = Pattern.compile("\\d{6}");

    private CreditCodes() {
    }

    /** The code in its canonical form (trimmed, upper case); {@code null} for blank input. */
    public static String normalize(String code) {
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Checks a code and returns it normalized; refuses a missing, short or long code, a character outside the alphabet,
     * a region part that is not 6 digits, and a wrong check character — each with its own message naming the field.
     */
    public static String check(String code) {
        var normalized = normalize(code);
        if (normalized == null) {
            throw new CatalogException("catalog.credit-code.error.required");
        }
        if (normalized.length() != 18) {
            throw new CatalogException("catalog.credit-code.error.length", normalized, normalized.length());
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(normalized.charAt(i)) < 0) {
                throw new CatalogException("catalog.credit-code.error.character", normalized, i + 1,
                        String.valueOf(normalized.charAt(i)));
            }
        }
        if (!REGION.matcher(normalized.substring(2, 8)).matches()) {
            throw new CatalogException("catalog.credit-code.error.region", normalized);
        }
        char expected = checkCharacter(normalized.substring(0, 17));
        if (normalized.charAt(17) != expected) {
            throw new CatalogException("catalog.credit-code.error.check", normalized,
                    String.valueOf(normalized.charAt(17)));
        }
        return normalized;
    }

    public static boolean isValid(String code) {
        try {
            check(code);
            return true;
        } catch (CatalogException e) {
            return false;
        }
    }

    /** The check character of the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("The check character is computed from 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("Not a credit code character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
