package cn.gov.hlj.consumptionaid.shared.jobs;

/**
 * A job that was not started: the user already runs as many jobs as allowed, or the server's queue is full. The
 * message key and arguments say which, for the user.
 */
public class JobRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public JobRefusedException(String messageKey, Object... arguments) {
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
