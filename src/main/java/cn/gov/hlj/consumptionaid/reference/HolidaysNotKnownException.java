package cn.gov.hlj.consumptionaid.reference;

/**
 * A working-day question reached a year whose holiday arrangement is not in the calendar: before its first year, or
 * after its last one (the State Council publishes each year's arrangement late in the year before; an administrator
 * adds it on the holidays page). Answering with the plain Monday–Friday week would give wrong deadlines, so
 * {@link WorkingDays} refuses instead.
 */
public class HolidaysNotKnownException extends ReferenceDataException {

    private final int year;

    public HolidaysNotKnownException(int year, int firstKnownYear, int lastKnownYear) {
        super("reference.working-days.error.year-not-known", String.valueOf(year), String.valueOf(firstKnownYear),
                String.valueOf(lastKnownYear));
        this.year = year;
    }

    /** The year whose holidays are not known. */
    public int year() {
        return year;
    }
}
