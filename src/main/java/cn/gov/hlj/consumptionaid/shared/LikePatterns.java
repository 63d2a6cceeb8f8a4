package cn.gov.hlj.consumptionaid.shared;

import java.util.Locale;

/**
 * Search text inside SQL LIKE patterns: a user who types {@code %} or {@code _} searches for that character, not for
 * "anything". Use with {@code cb.like(expression, pattern, LikePatterns.ESCAPE)}.
 */
public final class LikePatterns {

    public static final char ESCAPE = '\\';

    private LikePatterns() {
    }

    /** The text with LIKE's wildcards and the escape character escaped. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A case-insensitive "contains" pattern for a lower-cased column: {@code %text%}, escaped. */
    public static String containing(String text) {
        return "%" + escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
    }
}
