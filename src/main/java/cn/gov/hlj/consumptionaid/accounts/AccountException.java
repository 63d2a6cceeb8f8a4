package cn.gov.hlj.consumptionaid.accounts;

import java.util.Arrays;

/**
 * An account operation refused because of its input or the rules of delegated administration. The message key and
 * its arguments are for the UI's translation; the message itself is the key for logs.
 */
public class AccountException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public AccountException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
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
