package cn.gov.hlj.consumptionaid.catalog;

import java.util.Arrays;
import java.util.function.BiFunction;

/**
 * A catalog operation was refused because of its input, the state of the record or a concurrent change: the message
 * for the user is the i18n key {@link #messageKey()} with {@link #arguments()}. Nothing was written.
 */
public class CatalogException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public CatalogException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /**
     * The message in the user's language: {@code translator} is a view's {@code getTranslation}. Arguments that are
     * themselves message keys (the label of the field that is wrong, e.g. {@code catalog.entity.name}) are translated
     * first, so "请填写{0}" names the field in the same language.
     */
    public String message(BiFunction<String, Object[], String> translator) {
        var translated = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            translated[i] = arguments[i] instanceof String text && text.startsWith("catalog.")
                    ? translator.apply(text, new Object[0]) : arguments[i];
        }
        return translator.apply(messageKey, translated);
    }
}
