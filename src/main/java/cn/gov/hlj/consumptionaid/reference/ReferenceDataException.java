package cn.gov.hlj.consumptionaid.reference;

import java.util.Arrays;

/**
 * Reference data was refused: the message for the user is the i18n key {@link #messageKey()} with
 * {@link #arguments()} (a view shows {@code getTranslation(e.messageKey(), e.arguments())}). Nothing was written.
 */
public class ReferenceDataException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public ReferenceDataException(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
