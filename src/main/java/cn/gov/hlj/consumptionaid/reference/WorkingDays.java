package cn.gov.hlj.consumptionaid.reference;

import cn.gov.hlj.consumptionaid.reference.domain.PublicHoliday;
import cn.gov.hlj.consumptionaid.reference.domain.PublicHolidayRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Working-day arithmetic on the Chinese public-holiday calendar: Monday to Friday, minus public holidays, plus the
 * adjusted working days (调休上班) on weekends. Deadlines such as the 5-working-day public notice (公示) are counted
 * with it. The calendar covers the years from its first to its last year with holiday rows (2004 – 2026 as shipped);
 * a question about any other year throws {@link HolidaysNotKnownException}, see
 * {@code docs/decisions/2026-11-28-working-days.md}.
 * <p>
 * The calendar is read once and kept in memory; it is read again after {@link HolidayCalendarChanged}.
 */
@Service
// Pure calendar arithmetic on public data, also used by scheduled jobs that run without a signed-in user: open to all.
@PreAuthorize("permitAll()")
public class WorkingDays {

    private final Supplier<List<HolidayRow>> source;
    private volatile HolidayCalendar calendar;

    @Autowired
    public WorkingDays(PublicHolidayRepository repository) {
        this(() -> repository.findAllByOrderByDate().stream().map(PublicHoliday::toRow).toList());
    }

    WorkingDays(Supplier<List<HolidayRow>> source) {
        this.source = Objects.requireNonNull(source);
    }

    /** Whether people work on this day. */
    public boolean isWorkingDay(LocalDate date) {
        return calendar().isWorkingDay(date);
    }

    /**
     * The n-th working day after {@code date} ({@code date} itself is not counted, whether or not it is a working
     * day); {@code n = 0} gives {@code date}, a negative {@code n} counts backwards.
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        return calendar().plusWorkingDays(date, n);
    }

    /**
     * The last day of a period of {@code n} working days (n ≥ 1) that begins on {@code start}: {@code start} counts as
     * the first day if it is a working day, otherwise the period begins on the next working day. A public notice of 5
     * working days published on {@code start} ends on {@code endOfPeriod(start, 5)}.
     */
    public LocalDate endOfPeriod(LocalDate start, int n) {
        return calendar().endOfPeriod(start, n);
    }

    /** The number of working days from one date to another, both included; 0 if {@code to} is before {@code from}. */
    public int countWorkingDays(LocalDate fromInclusive, LocalDate toInclusive) {
        return calendar().countWorkingDays(fromInclusive, toInclusive);
    }

    /** The first year whose holidays are known. */
    public int firstKnownYear() {
        return calendar().firstYear();
    }

    /** The last year whose holidays are known; later dates are refused until that year's arrangement is added. */
    public int lastKnownYear() {
        return calendar().lastYear();
    }

    // After commit, so that the calendar is never re-read before the change is visible (fallbackExecution: also for a
    // change published outside a transaction). Synchronized with the loading below, so that a load that began before
    // the change cannot store its stale result after it.
    @TransactionalEventListener(fallbackExecution = true)
    public synchronized void on(HolidayCalendarChanged event) {
        calendar = null;
    }

    private HolidayCalendar calendar() {
        var current = calendar;
        if (current == null) {
            synchronized (this) {
                current = calendar;
                if (current == null) {
                    current = new HolidayCalendar(source.get());
                    calendar = current;
                }
            }
        }
        return current;
    }
}
