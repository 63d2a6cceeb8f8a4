package cn.gov.hlj.consumptionaid.sales;

import java.util.Arrays;
import java.util.function.BiFunction;

/**
 * An outlet or exhibition command was refused because of its input, the state of the record or a concurrent change:
 * the message for the user is the i18n key {@link #messageKey()} with {@link #arguments()}. Nothing was written.
 */
public class SalesException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public SalesException(String messageKey, Object... arguments) {
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
     * themselves message keys of this module (the label of the field that is wrong) are translated first.
     */
    public String message(BiFunction<String, Object[], String> translator) {
        var translated = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            translated[i] = arguments[i] instanceof String text && text.startsWith("sales.")
                    ? translator.apply(text, new Object[0]) : arguments[i];
        }
        return translator.apply(messageKey, translated);
    }
}
