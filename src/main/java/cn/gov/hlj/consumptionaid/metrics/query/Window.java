package cn.gov.hlj.consumptionaid.metrics.query;

import cn.gov.hlj.consumptionaid.shared.time.Period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * How a period is read from the rollups: the whole months in it (from the monthly tables), the days at either end
 * that do not make a whole month (from the daily tables or the raw rows), and — when the period is exactly one
 * calendar month, quarter or year — that unit's grain and key in the per-period tables.
 */
record Window(Period period, Integer firstMonthKey, Integer lastMonthKey, List<DayRange> edges, String exactGrain,
              Integer exactKey) {

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
            }
        }
        return new Window(period, firstKey, lastKey, List.copyOf(edges), grain, key);
    }

    boolean hasMonths() {
        return firstMonthKey != null;
    }

    boolean exact() {
        return exactGrain != null;
    }

    static int monthKey(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    static String monthLabel(int monthKey) {
        return YearMonth.of(monthKey / 100, monthKey % 100).toString();
    }
}
