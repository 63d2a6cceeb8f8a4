package cn.gov.hlj.consumptionaid.shared.importing;

import java.util.Arrays;
import java.util.Objects;

/**
 * One thing wrong with one cell (or one row) of an uploaded file, shown to the user in plain Chinese:
 * "第 12 行，“金额”：不能为负数".
 *
 * @param row        the row number as in Excel
 * @param column     the column's header as in the file, or {@code null} when the problem concerns the whole row
 * @param value      the offending cell text, or {@code null}
 * @param messageKey the i18n key of the explanation
 * @param arguments  arguments of the explanation
 */
public record ImportProblem(int row, String column, String value, String messageKey, Object... arguments) {

    public ImportProblem {
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImportProblem other && row == other.row && Objects.equals(column, other.column)
                && Objects.equals(value, other.value) && messageKey.equals(other.messageKey)
                && Arrays.equals(arguments, other.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(row, column, value, messageKey, Arrays.hashCode(arguments));
    }

    @Override
    public String toString() {
        return "row " + row + (column == null ? "" : " [" + column + "]") + ": " + messageKey
                + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments));
    }
}
