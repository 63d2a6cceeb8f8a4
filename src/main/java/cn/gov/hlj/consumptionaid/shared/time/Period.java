package cn.gov.hlj.consumptionaid.shared.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A reporting period of days, both ends inclusive: a calendar month, quarter or year, or any custom range.
 * <p>
 * A month, quarter or year always starts on the first day of its unit and ends within it; it may end before the
 * unit does ("to date", e.g. 1 January to today), which {@link #complete()} tells. {@link #previous()} is the period
 * the change of a figure is measured against: the unit before, cut to the same length when this one is cut (1 Jan –
 * 28 Nov 2026 → 1 Jan – 28 Nov 2025); for a custom range the same number of days just before it.
 *
 * @param kind what the period is
 * @param from first day
 * @param to   last day (inclusive)
 */
public record Period(Kind kind, LocalDate from, LocalDate to) {

    /** What a period is. */
    public enum Kind {
        MONTH(1), QUARTER(3), YEAR(12), CUSTOM(0);

        private final int months;

        Kind(int months) {
            this.months = months;
        }

        /** The i18n key of the kind's name (月 / 季度 / 年 / 自定义). */
        public String labelKey() {
            return "shared.period.kind." + name();
        }
    }

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period ends on or after its first day: " + from + " – " + to);
        }
        if (kind != Kind.CUSTOM) {
            if (!from.equals(unitStart(kind, from))) {
                throw new IllegalArgumentException("A " + kind + " starts on the first day of its unit: " + from);
            }
            if (to.isAfter(unitEnd(kind, from))) {
                throw new IllegalArgumentException("A " + kind + " ends within its unit: " + from + " – " + to);
            }
        }
    }

    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static Period month(int year, int month) {
        return month(YearMonth.of(year, month));
    }

    /** Quarter 1 to 4 of a year. */
    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4: " + quarter);
        }
        var from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(Kind.QUARTER, from, from.plusMonths(3).minusDays(1));
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period custom(LocalDate from, LocalDate to) {
        return new Period(Kind.CUSTOM, from, to);
    }

    /** The month, quarter or year (whole) that contains a day. */
    public static Period containing(Kind kind, LocalDate day) {
        if (kind == Kind.CUSTOM) {
            return custom(day, day);
        }
        var start = unitStart(kind, day);
        return new Period(kind, start, unitEnd(kind, start));
    }

    /** This year from 1 January up to and including today (the clock's date). */
    public static Period yearToDate(Clock clock) {
        var today = LocalDate.now(clock);
        return new Period(Kind.YEAR, today.withDayOfYear(1), today);
    }

    /** This month from its first day up to and including today. */
    public static Period monthToDate(Clock clock) {
        var today = LocalDate.now(clock);
        return new Period(Kind.MONTH, today.withDayOfMonth(1), today);
    }

    /** Whether a month, quarter or year runs to the end of its unit (always true for a custom range). */
    public boolean complete() {
        return kind == Kind.CUSTOM || to.equals(unitEnd(kind, from));
    }

    /** The period a change is measured against; see the class comment. */
    public Period previous() {
        if (kind == Kind.CUSTOM) {
            long days = days();
            return custom(from.minusDays(days), from.minusDays(1));
        }
        var start = from.minusMonths(kind.months);
        var end = unitEnd(kind, start);
        if (complete()) {
            return new Period(kind, start, end);
        }
        var cut = to.minusMonths(kind.months);
        return new Period(kind, start, cut.isAfter(end) ? end : cut);
    }

    /** The number of days, both ends counted. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Every month the period touches, in order. */
    public List<YearMonth> months() {
        var months = new ArrayList<YearMonth>();
        for (var month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** The i18n key of the period's name; fill it with {@link #labelArguments()}. */
    public String labelKey() {
        var base = "shared.period.label." + kind.name();
        return complete() ? base : base + ".to-date";
    }

    /**
     * The arguments of {@link #labelKey()}: year, month or quarter number, first day, last day — as text, so that no
     * locale adds a thousands separator to the year.
     */
    public Object[] labelArguments() {
        int number = switch (kind) {
            case MONTH -> from.getMonthValue();
            case QUARTER -> (from.getMonthValue() - 1) / 3 + 1;
            case YEAR, CUSTOM -> 0;
        };
        return new Object[] {String.valueOf(from.getYear()), String.valueOf(number), from.toString(), to.toString()};
    }

    private static LocalDate unitStart(Kind kind, LocalDate day) {
        return switch (kind) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> day.withDayOfYear(1);
            case CUSTOM -> day;
        };
    }

    private static LocalDate unitEnd(Kind kind, LocalDate start) {
        return start.plusMonths(kind.months).minusDays(1);
    }
}
