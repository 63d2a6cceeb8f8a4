package cn.gov.hlj.consumptionaid.metrics.query;

import cn.gov.hlj.consumptionaid.metrics.rollup.RollupWriter;
import cn.gov.hlj.consumptionaid.shared.time.Period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * How a period is read from the rollups: the whole months in it (from the monthly tables), the days at either end
 * that do not make a whole month (from the daily tables or the raw rows), and — when the period is exactly one
 * calendar month, quarter or year — that unit's grain and key in the per-period tables.
 * <p>
 * A period from January 1 to the end of a month that is not January, March or December (those are a month, a
 * quarter, a year) is no calendar unit, so {@link #exact()} is false for it; but the per-purchaser tables
 * ({@code rollup_purchaser_period}, {@code rollup_participation}) also hold it, as grain {@code T} ("year to month")
 * with key yyyyMM: {@link #perPurchaserGrain()} and {@link #perPurchaserKey()}. The other per-period tables (suppliers,
 * budget-unit completions) have no such grain and keep reading {@code exactGrain}.
 *
 * @param yearToMonthKey yyyyMM when the period is January 1 to the end of that month and no calendar unit, else null
 */
record Window(Period period, Integer firstMonthKey, Integer lastMonthKey, List<DayRange> edges, String exactGrain,
              Integer exactKey, Integer yearToMonthKey) {

    record DayRange(LocalDate from, LocalDate to) {
    }

    static Window of(Period period) {
        var from = period.from();
        var to = period.to();
        var first = from.getDayOfMonth() == 1 ? YearMonth.from(from) : YearMonth.from(from).plusMonths(1);
        var last = to.equals(YearMonth.from(to).atEndOfMonth()) ? YearMonth.from(to) : YearMonth.from(to).minusMonths(1);
        var edges = new ArrayList<DayRange>();
        Integer firstKey = null;
        Integer lastKey = null;
        if (!first.isAfter(last)) {
            firstKey = monthKey(first);
            lastKey = monthKey(last);
            if (from.isBefore(first.atDay(1))) {
                edges.add(new DayRange(from, first.atDay(1).minusDays(1)));
            }
            if (to.isAfter(last.atEndOfMonth())) {
                edges.add(new DayRange(last.atEndOfMonth().plusDays(1), to));
            }
        } else {
            edges.add(new DayRange(from, to));
        }
        String grain = null;
        Integer key = null;
        Integer yearToMonth = null;
        if (edges.isEmpty()) {
            long months = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
            if (months == 1) {
                grain = "M";
                key = monthKey(first);
            } else if (months == 3 && (first.getMonthValue() - 1) % 3 == 0) {
                grain = "Q";
                key = first.getYear() * 10 + (first.getMonthValue() - 1) / 3 + 1;
            } else if (months == 12 && first.getMonthValue() == 1) {
                grain = "Y";
                key = first.getYear();
            } else if (first.getMonthValue() == 1 && months < 12) {
                yearToMonth = monthKey(last);
            }
        }
        return new Window(period, firstKey, lastKey, List.copyOf(edges), grain, key, yearToMonth);
    }

    boolean hasMonths() {
        return firstMonthKey != null;
    }

    boolean exact() {
        return exactGrain != null;
    }

    /** Whether the per-purchaser tables hold the period as one row per purchaser (a calendar unit or year to month). */
    boolean perPurchaserExact() {
        return exact() || yearToMonthKey != null;
    }

    /** The period's grain in the per-purchaser tables (M, Q, Y or T), or null. */
    String perPurchaserGrain() {
        return exact() ? exactGrain : yearToMonthKey != null ? RollupWriter.YEAR_TO_MONTH : null;
    }

    /** The period's key in the per-purchaser tables, or null. */
    Integer perPurchaserKey() {
        return exact() ? exactKey : yearToMonthKey;
    }

    /**
     * The whole months as a condition on a monthly table's month column, {@code IN} the month keys: the monthly cubes'
     * keys lead with the month and then the purchaser segment (or channel), and a list of months lets MariaDB seek each
     * month's rows of the segment asked for, where a range of months reads every segment's rows of the months.
     */
    Sql monthsIn(String column) {
        var keys = new ArrayList<Object>();
        for (var month = YearMonth.of(firstMonthKey / 100, firstMonthKey % 100); monthKey(month) <= lastMonthKey;
             month = month.plusMonths(1)) {
            keys.add(monthKey(month));
        }
        return new Sql().add(" " + column + " IN (" + String.join(", ", java.util.Collections.nCopies(keys.size(), "?"))
                + ")", keys.toArray());
    }

    static int monthKey(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    static String monthLabel(int monthKey) {
        return YearMonth.of(monthKey / 100, monthKey % 100).toString();
    }
}
