package cn.gov.hlj.consumptionaid.bulletin;

import java.io.Serial;

/** A bulletin command refused for a reason the user can act on; the message is an i18n key with arguments. */
public class BulletinException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Object[] arguments;

    public BulletinException(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return getMessage();
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
