package cn.gov.hlj.consumptionaid.metrics.rollup;

import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Every row of some tables as text ("table|value|value…", amounts without trailing zeros), sorted: two snapshots are
 * equal when the tables hold the same rows, whatever order the database returns them in.
 */
final class TableSnapshot {

    private TableSnapshot() {
    }

    static List<String> of(JdbcTemplate jdbc, List<String> tables) {
        var rows = new ArrayList<String>();
        for (var table : tables) {
            jdbc.query("SELECT * FROM " + table, rs -> {
                var row = new StringBuilder(table);
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    var value = rs.getObject(c);
                    row.append('|').append(value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                            : value);
                }
                rows.add(row.toString());
            });
        }
        rows.sort(null);
        return rows;
    }
}
