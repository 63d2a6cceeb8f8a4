package cn.gov.hlj.consumptionaid.shared.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Typed access to the cells of one row, collecting a problem for every cell that is missing or wrong instead of
 * stopping at the first, so the preview can list them all. A getter returns {@code null} for a missing or bad value;
 * {@link #ok()} says whether the row had no problem.
 */
public final class RowReader {

    /** Amounts above this many yuan in one row are taken for a typing error (一百亿元). */
    public static final BigDecimal ABSURD_AMOUNT = new BigDecimal("10000000000");

    private static final Pattern DATE_YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T].*)?");
    private static final Pattern DATE_COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private final ColumnLayout layout;
    private final SourceRow row;
    private final List<ImportProblem> problems;
    private final int problemsBefore;

    public RowReader(ColumnLayout layout, SourceRow row, List<ImportProblem> problems) {
        this.layout = layout;
        this.row = row;
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    public int rowNumber() {
        return row.number();
    }

    /** Whether this row has caused no problem so far. */
    public boolean ok() {
        return problems.size() == problemsBefore;
    }

    /** The raw text of a column ("" when absent). */
    public String raw(ColumnSpec spec) {
        return layout.value(row, spec.key());
    }

    /**
     * Text, at most {@code maxLength} characters and free of formula and markup ({@link CellText}); {@code null} when
     * empty (a problem if the column is required).
     */
    public String text(ColumnSpec spec, int maxLength) {
        var value = present(spec);
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            return problem(spec, value, "shared.import.problem.too-long", maxLength);
        }
        var unsafe = CellText.problemOf(value);
        if (unsafe.isPresent()) {
            return problem(spec, value, unsafe.get());
        }
        return value;
    }

    /** An amount in yuan: not negative, at most two decimal places, below {@link #ABSURD_AMOUNT}. */
    public BigDecimal amount(ColumnSpec spec) {
        var value = present(spec);
        if (value == null) {
            return null;
        }
        var cleaned = value.replaceAll("[,，¥￥元\\s]", "");
        BigDecimal amount;
        try {
            amount = new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            return problem(spec, value, "shared.import.problem.not-a-number");
        }
        if (amount.signum() < 0) {
            return problem(spec, value, "shared.import.problem.negative");
        }
        if (amount.compareTo(ABSURD_AMOUNT) >= 0) {
            return problem(spec, value, "shared.import.problem.absurd-amount");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return problem(spec, value, "shared.import.problem.too-many-decimals");
        }
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** A percentage from 0 to 100 with at most two decimals, written with or without the % sign. */
    public BigDecimal percent(ColumnSpec spec) {
        var value = present(spec);
        if (value == null) {
            return null;
        }
        BigDecimal percent;
        try {
            percent = new BigDecimal(value.replaceAll("[%％\\s]", ""));
        } catch (NumberFormatException e) {
            return problem(spec, value, "shared.import.problem.not-a-percent");
        }
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
                || percent.stripTrailingZeros().scale() > 2) {
            return problem(spec, value, "shared.import.problem.not-a-percent");
        }
        return percent.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** A whole number from 0 to {@code max}. */
    public Integer count(ColumnSpec spec, int max) {
        var value = present(spec);
        if (value == null) {
            return null;
        }
        try {
            var number = new BigDecimal(value.replaceAll("[,，\\s]", ""));
            if (number.signum() < 0) {
                return problem(spec, value, "shared.import.problem.negative");
            }
            if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
                return problem(spec, value, "shared.import.problem.not-a-count", max);
            }
            return number.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return problem(spec, value, "shared.import.problem.not-a-count", max);
        }
    }

    /**
     * A date written as 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日 or 20260301 (a time after it is ignored), within
     * {@code [earliest, latest]}.
     */
    public LocalDate date(ColumnSpec spec, LocalDate earliest, LocalDate latest) {
        var value = present(spec);
        if (value == null) {
            return null;
        }
        var date = parseDate(value);
        if (date.isEmpty()) {
            return problem(spec, value, "shared.import.problem.not-a-date");
        }
        if (date.get().isBefore(earliest) || date.get().isAfter(latest)) {
            return problem(spec, value, "shared.import.problem.date-out-of-range", earliest.toString(),
                    latest.toString());
        }
        return date.get();
    }

    /** A code looked up in reference data; an unknown code is a problem with the given message key. */
    public <T> T lookup(ColumnSpec spec, Function<String, Optional<T>> lookup, String unknownKey) {
        var value = present(spec);
        if (value == null) {
            return null;
        }
        return lookup.apply(value).orElseGet(() -> problem(spec, value, unknownKey));
    }

    /** Records a problem of this row's cell found by the caller's own rule (a duplicate order number, say). */
    public <T> T problem(ColumnSpec spec, String value, String messageKey, Object... arguments) {
        problems.add(new ImportProblem(row.number(), spec == null ? null : layout.headerInFile(spec), value,
                messageKey, arguments));
        return null;
    }

    static Optional<LocalDate> parseDate(String value) {
        var text = value.strip();
        try {
            var ymd = DATE_YMD.matcher(text);
            if (ymd.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)),
                        Integer.parseInt(ymd.group(3))));
            }
            var compact = DATE_COMPACT.matcher(text);
            if (compact.matches()) {
                return Optional.of(LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private String present(ColumnSpec spec) {
        var value = raw(spec);
        if (value.isEmpty()) {
            if (spec.required()) {
                problem(spec, null, "shared.import.problem.required");
            }
            return null;
        }
        return value;
    }
}
