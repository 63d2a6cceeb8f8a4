package cn.gov.hlj.consumptionaid.shared.importing;

import java.util.List;

/**
 * One row of an uploaded file as text, cells trimmed (full-width and non-breaking spaces too), empty cells as "".
 *
 * @param number the row number as the user sees it in Excel (the header is row 1)
 * @param cells  the cells by column position
 */
public record SourceRow(int number, List<String> cells) {

    public SourceRow {
        cells = List.copyOf(cells);
    }

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }
}
