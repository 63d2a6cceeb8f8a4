package cn.gov.hlj.consumptionaid.shared.importing;

import cn.gov.hlj.consumptionaid.shared.Checksums;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;

/**
 * The steps every two-step import shares: read and type the rows, catch a natural key the file holds twice,
 * fingerprint the file. What a row means, what is already stored and what a commit writes stay with each import.
 */
public final class ImportFiles {

    /** A row that parsed without a problem, with its row number in the file. */
    public record Parsed<T>(int sourceRow, T value) {
    }

    /** Everything read from one file; {@code problems} stays open for the import's own checks. */
    public record Read<T>(List<Parsed<T>> rows, List<ImportProblem> problems, ColumnLayout layout, int dataRows,
                          String sha256) {

        /** A problem of a parsed row, named by the column's header as the file has it. */
        public ImportProblem problem(Parsed<T> parsed, ColumnSpec column, String value, String messageKey,
                                     Object... arguments) {
            return new ImportProblem(parsed.sourceRow(), layout.headerInFile(column), value, messageKey, arguments);
        }
    }

    /** Types one row; returns {@code null} when it found problems (recorded through the reader). */
    @FunctionalInterface
    public interface RowParser<T> {
        T parse(RowReader reader);
    }

    private ImportFiles() {
    }

    /**
     * Reads a file, parses every row and reports a row whose natural key an earlier row of the file already had
     * (on {@code keyColumn}).
     */
    public static <T> Read<T> read(String fileName, byte[] content, List<ColumnSpec> columns, RowParser<T> parser,
                                   Function<T, String> naturalKey, ColumnSpec keyColumn, String duplicateKey) {
        var problems = new ArrayList<ImportProblem>();
        var rows = new ArrayList<Parsed<T>>();
        var firstRowOfKey = new HashMap<String, Integer>();
        var layout = new ColumnLayout[1];
        var info = TabularReader.read(fileName, content, ImportLimits.DEFAULT, new TabularReader.RowConsumer() {
            @Override
            public void header(SourceRow header) {
                layout[0] = ColumnLayout.match(columns, header);
            }

            @Override
            public void row(SourceRow row) {
                var reader = new RowReader(layout[0], row, problems);
                var value = parser.parse(reader);
                if (value == null || !reader.ok()) {
                    return;
                }
                var key = naturalKey.apply(value);
                var earlier = firstRowOfKey.putIfAbsent(key, row.number());
                if (earlier != null) {
                    reader.problem(keyColumn, reader.raw(keyColumn), duplicateKey, earlier);
                    return;
                }
                rows.add(new Parsed<>(row.number(), value));
            }
        });
        return new Read<>(rows, problems, layout[0], info.dataRows(), Checksums.sha256(content));
    }
}
