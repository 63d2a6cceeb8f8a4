package cn.gov.hlj.consumptionaid.shared.importing;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rules for the text cells of an imported file that no field of any import may break, whatever its meaning:
 * <ul>
 * <li>no leading {@code = + - @} (or a tab or carriage return before them): spreadsheet programs take such text for
 * a formula when it is written back to a CSV or pasted, the "CSV injection" of {@code =cmd|' /C calc'!A0}; a
 * {@code +} or {@code -} before nothing but digits and separators (a telephone number) is let through;</li>
 * <li>no markup ({@code <script>}, {@code <img onerror=…>}, {@code javascript:}): no field of the portal holds HTML,
 * and refusing it keeps stored data clean for every output, the reports and exports included.</li>
 * </ul>
 * Numbers, amounts and dates are typed by {@link RowReader} and never reach these rules, so a negative amount is
 * refused as negative, not as a formula. See docs/decisions/2026-11-28-hostile-import-files.md.
 */
public final class CellText {

    public static final String FORMULA = "shared.import.problem.formula";
    public static final String MARKUP = "shared.import.problem.markup";

    private static final Pattern MARKUP_PATTERN = Pattern.compile(
            "<\\s*/?\\s*[a-zA-Z!?][^<>]*>|<\\s*(script|iframe|img|svg|object|embed|style)\\b|javascript\\s*:",
            Pattern.CASE_INSENSITIVE);

    /**
     * A leading + or - followed by nothing but digits and separators ("+86 451-5302 9999", "-5"): at worst a
     * spreadsheet computes a number from it, it cannot call a function, so a telephone number stays acceptable.
     */
    private static final Pattern PHONE_LIKE = Pattern.compile("[+-][\\d\\s().\\-/]*");

    private CellText() {
    }

    /** The message key of the rule a text breaks, if it breaks one. */
    public static Optional<String> problemOf(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        var first = text.replaceFirst("^[\\t\\r\\n ]+", "");
        if (!first.isEmpty() && "=+-@".indexOf(first.charAt(0)) >= 0 && !PHONE_LIKE.matcher(first).matches()) {
            return Optional.of(FORMULA);
        }
        if (MARKUP_PATTERN.matcher(text).find()) {
            return Optional.of(MARKUP);
        }
        return Optional.empty();
    }
}
