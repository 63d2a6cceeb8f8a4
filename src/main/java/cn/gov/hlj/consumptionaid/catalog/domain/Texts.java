package cn.gov.hlj.consumptionaid.catalog.domain;

/** Guards for text invariants; the services explain missing input to the user before it gets here. */
final class Texts {

    private Texts() {
    }

    static String required(String value, String what, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return optional(value, what, maxLength);
    }

    static String optional(String value, String what, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength);
        }
        return stripped;
    }
}
