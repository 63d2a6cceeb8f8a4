package cn.gov.hlj.consumptionaid.purchasing;

/**
 * A reserved-share command refused because of the share's state or a concurrent change; the message key (with its
 * arguments) says why, for the user. Nothing was written.
 */
public class ReservedShareException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ReservedShareException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
