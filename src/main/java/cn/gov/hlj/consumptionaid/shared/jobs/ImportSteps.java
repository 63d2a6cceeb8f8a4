package cn.gov.hlj.consumptionaid.shared.jobs;

/**
 * The steps every import reports, on one scale: reading the file up to half of the bar, checking against what is
 * stored up to 60 %, writing the rest. Reading a streamed file does not know its length in advance, so it reports the
 * rows read with an unknown position; reading with a known row count (an opened workbook) moves the bar.
 */
public final class ImportSteps {

    public static final String READING = "shared.jobs.step.reading";
    public static final String CHECKING = "shared.jobs.step.checking";
    public static final String WRITING = "shared.jobs.step.writing";

    private static final double READ_END = 0.5;
    private static final double CHECK_END = 0.6;

    private final Progress progress;

    public ImportSteps(Progress progress) {
        this.progress = progress == null ? Progress.NONE : progress;
    }

    /** A row was read; the length of the file is not known. */
    public void read(int rowsRead) {
        progress.report(Progress.UNKNOWN, READING, rowsRead);
    }

    /** {@code done} of {@code total} rows were read. */
    public void read(int done, int total) {
        progress.report(READ_END * share(done, total), READING, done);
    }

    /** Checking the rows against what is stored ({@code done} of {@code total}). */
    public void checking(int done, int total) {
        progress.report(READ_END + (CHECK_END - READ_END) * share(done, total), CHECKING, done, total);
    }

    /** {@code done} of {@code total} records were written. */
    public void writing(int done, int total) {
        progress.report(CHECK_END + (1 - CHECK_END) * share(done, total), WRITING, done, total);
    }

    private static double share(int done, int total) {
        return total <= 0 ? 1 : Math.min(1, (double) done / total);
    }
}
