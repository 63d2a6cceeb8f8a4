package cn.gov.hlj.consumptionaid.shared.importing;

import java.util.Arrays;

/**
 * A file that cannot be read at all (empty, too large, broken, a zip bomb, an old .xls, a missing column): the
 * whole import stops before anything is written. The message key and arguments are for the UI's translation.
 */
public class ImportFileException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ImportFileException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public ImportFileException(Throwable cause, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)), cause);
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
