package cn.gov.hlj.consumptionaid.sales;

/**
 * The checks every form of this module makes; each refusal names the field by its label key, so the message reads
 * "请填写名称" in the user's language.
 */
final class FormRules {

    private FormRules() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new SalesException("sales.error.required", field);
        }
        return value;
    }

    /** Stripped text of at most {@code max} characters; refused when blank. */
    static String text(String value, String field, int max) {
        var text = optionalText(value, field, max);
        if (text == null) {
            throw new SalesException("sales.error.required", field);
        }
        return text;
    }

    /** Stripped text of at most {@code max} characters, or {@code null} when blank. */
    static String optionalText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        if (text.length() > max) {
            throw new SalesException("sales.error.too-long", field, max);
        }
        return text;
    }
}
