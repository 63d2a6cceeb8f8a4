package cn.gov.hlj.consumptionaid.shared.jobs;

/**
 * Hears how a job goes. Called on the job's thread: a UI listener goes through {@code UI.access}
 * ({@link JobProgressIndicator} does). Exactly one of {@link #succeeded}, {@link #failed} and {@link #cancelled} is
 * called, last.
 */
public interface JobListener<T> {

    default void progressed(JobProgress progress) {
    }

    void succeeded(T result);

    void failed(Throwable error);

    void cancelled();
}
