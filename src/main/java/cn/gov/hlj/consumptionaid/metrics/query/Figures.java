package cn.gov.hlj.consumptionaid.metrics.query;

import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Figures by key (a dimension member, or '' for a total), added up over the parts of a window. */
final class Figures {

    static final String TOTAL = "";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Figures() {
    }

    static Map<String, BigDecimal> empty() {
        return new LinkedHashMap<>();
    }

    /** Runs a statement selecting {@code k} and {@code v} and adds its rows to the figures. */
    static void addAll(Map<String, BigDecimal> figures, JdbcTemplate jdbc, Sql sql) {
        jdbc.query(sql.text(), rs -> {
            var key = rs.getString("k");
            var value = rs.getBigDecimal("v");
            if (value != null) {
                figures.merge(key == null ? TOTAL : key, value, BigDecimal::add);
            }
        }, sql.params());
    }

    static BigDecimal total(Map<String, BigDecimal> figures) {
        return figures.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** numerator × 100 / denominator, two decimals; null when the denominator is zero or missing. */
    static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        if (denominator == null || denominator.signum() == 0) {
            return null;
        }
        var top = numerator == null ? BigDecimal.ZERO : numerator;
        return top.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
    }

    /** The ratio per key of the denominator's keys (where it is not zero). */
    static Map<String, BigDecimal> percentages(Map<String, BigDecimal> numerators, Map<String, BigDecimal> denominators) {
        var result = empty();
        denominators.forEach((key, denominator) -> {
            var rate = percent(numerators.get(key), denominator);
            if (rate != null) {
                result.put(key, rate);
            }
        });
        return result;
    }
}
