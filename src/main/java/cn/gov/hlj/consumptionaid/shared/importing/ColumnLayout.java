package cn.gov.hlj.consumptionaid.shared.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each column of an import sits in one particular file, found by header name, in any order. A file whose
 * header lacks a required column, or names one column twice, is refused as a whole; columns the import does not know
 * are ignored (and listed, so the preview can say so).
 */
public final class ColumnLayout {

    private final Map<String, Integer> positions;
    private final Map<String, String> headersInFile;
    private final List<String> ignored;

    private ColumnLayout(Map<String, Integer> positions, Map<String, String> headersInFile, List<String> ignored) {
        this.positions = positions;
        this.headersInFile = headersInFile;
        this.ignored = ignored;
    }

    public static ColumnLayout match(List<ColumnSpec> specs, SourceRow header) {
        var positions = new LinkedHashMap<String, Integer>();
        var headers = new HashMap<String, String>();
        var ignored = new ArrayList<String>();
        for (int i = 0; i < header.cells().size(); i++) {
            var cell = header.cell(i);
            if (cell.isEmpty()) {
                continue;
            }
            var spec = specFor(specs, cell);
            if (spec.isEmpty()) {
                ignored.add(cell);
                continue;
            }
            var key = spec.get().key();
            if (positions.containsKey(key)) {
                throw new ImportFileException("shared.import.error.duplicate-column", spec.get().header(),
                        headers.get(key), cell);
            }
            positions.put(key, i);
            headers.put(key, cell);
        }
        var missing = specs.stream().filter(ColumnSpec::required).filter(s -> !positions.containsKey(s.key()))
                .map(ColumnSpec::header).toList();
        if (!missing.isEmpty()) {
            throw new ImportFileException("shared.import.error.missing-columns", String.join("、", missing));
        }
        return new ColumnLayout(positions, headers, List.copyOf(ignored));
    }

    private static Optional<ColumnSpec> specFor(List<ColumnSpec> specs, String cell) {
        return specs.stream().filter(spec -> spec.matches(cell)).findFirst();
    }

    public boolean has(String key) {
        return positions.containsKey(key);
    }

    /** The cell of a column in a row; "" when the column is absent from the file or the row is short. */
    public String value(SourceRow row, String key) {
        var position = positions.get(key);
        return position == null ? "" : row.cell(position);
    }

    /** The header as written in the file, for messages ("第 3 行，“订单号”…"). */
    public String headerInFile(ColumnSpec spec) {
        return headersInFile.getOrDefault(spec.key(), spec.header());
    }

    /** Headers of the file that no column of this import matches. */
    public List<String> ignoredHeaders() {
        return ignored;
    }
}
