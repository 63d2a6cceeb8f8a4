package cn.gov.hlj.consumptionaid.catalog.domain;

/** Region subtrees as code prefixes, as {@code DataScope} defines them, and LIKE escaping. */
final class Regions {

    static final char ESCAPE = '\\';

    private Regions() {
    }

    /** {@code 230000} → {@code 23}, {@code 230100} → {@code 2301}, a county → itself. */
    static String prefix(String regionCode) {
        if (regionCode.endsWith("0000")) {
            return regionCode.substring(0, 2);
        }
        if (regionCode.endsWith("00")) {
            return regionCode.substring(0, 4);
        }
        return regionCode;
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
