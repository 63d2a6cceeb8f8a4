package cn.gov.hlj.consumptionaid.shared.jobs;

/**
 * Where a long task stands, reported by the task itself: the fraction of the whole work done and the i18n key of the
 * current step (with its arguments, e.g. rows read so far). A task that runs as a job gets a progress that also
 * stops it: once the user cancels, the next report throws {@link JobCancelledException}, so a transactional task rolls
 * back. Tasks should therefore report often (every row is fine: reports are cheap and the runner passes on at most a
 * few per second).
 */
@FunctionalInterface
public interface Progress {

    /** A fraction for a step whose length is not known in advance (the bar shows activity, not a position). */
    double UNKNOWN = -1;

    /** Progress nobody watches: for calls outside a job. */
    Progress NONE = (fraction, stepKey, args) -> {
    };

    /**
     * @param fraction between 0 and 1 for the whole task, or {@link #UNKNOWN}
     * @param stepKey  i18n key of what the task is doing now
     * @param args     arguments of the step text
     * @throws JobCancelledException when the job was cancelled
     */
    void report(double fraction, String stepKey, Object... args);
}
