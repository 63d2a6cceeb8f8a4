package cn.gov.hlj.consumptionaid.reference.domain;

final class Strings {

    private Strings() {
    }

    static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }
}
