package cn.gov.hlj.consumptionaid.reference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * An immutable snapshot of the public-holiday calendar and the working-day arithmetic on it. It knows the years from
 * the first to the last year that has at least one calendar row; every date outside them is refused with
 * {@link HolidaysNotKnownException}.
 */
final class HolidayCalendar {

    private final Map<LocalDate, HolidayKind> days;
    private final int firstYear;
    private final int lastYear;

    HolidayCalendar(Collection<HolidayRow> rows) {
        if (rows.isEmpty()) {
            throw new IllegalStateException("The public-holiday calendar is empty");
        }
        var map = new HashMap<LocalDate, HolidayKind>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (var row : rows) {
            map.put(row.date(), row.kind());
            first = Math.min(first, row.date().getYear());
            last = Math.max(last, row.date().getYear());
        }
        this.days = Map.copyOf(map);
        this.firstYear = first;
        this.lastYear = last;
    }

    int firstYear() {
        return firstYear;
    }

    int lastYear() {
        return lastYear;
    }

    boolean isWorkingDay(LocalDate date) {
        checkKnown(date);
        var kind = days.get(date);
        if (kind != null) {
            return kind == HolidayKind.ADJUSTED_WORKDAY;
        }
        var day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    LocalDate plusWorkingDays(LocalDate date, int n) {
        checkKnown(date);
        int step = n >= 0 ? 1 : -1;
        var current = date;
        for (int remaining = Math.abs(n); remaining > 0; ) {
            current = current.plusDays(step);
            if (isWorkingDay(current)) {
                remaining--;
            }
        }
        return current;
    }

    LocalDate endOfPeriod(LocalDate start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("A period has at least one working day: " + n);
        }
        return isWorkingDay(start) ? plusWorkingDays(start, n - 1) : plusWorkingDays(start, n);
    }

    int countWorkingDays(LocalDate fromInclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromInclusive)) {
            return 0;
        }
        checkKnown(fromInclusive);
        checkKnown(toInclusive);
        int count = 0;
        for (var day = fromInclusive; !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private void checkKnown(LocalDate date) {
        int year = date.getYear();
        if (year < firstYear || year > lastYear) {
            throw new HolidaysNotKnownException(year, firstYear, lastYear);
        }
    }
}
