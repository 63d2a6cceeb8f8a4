package cn.gov.hlj.consumptionaid.shared.jobs;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** A started job: its state and progress, a way to cancel it, and its outcome as a future. */
public final class Job<T> {

    public enum State { QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED }

    private final String owner;
    private final CompletableFuture<T> outcome = new CompletableFuture<>();
    private final AtomicReference<State> state = new AtomicReference<>(State.QUEUED);
    private volatile JobProgress progress = JobProgress.START;
    private volatile boolean cancelRequested;
    private final Runnable whenCancelledInQueue;
    private final Runnable releaseSlot;
    private final AtomicBoolean slotReleased = new AtomicBoolean();

    Job(String owner, Runnable releaseSlot, Runnable whenCancelledInQueue) {
        this.owner = owner;
        this.releaseSlot = releaseSlot;
        this.whenCancelledInQueue = whenCancelledInQueue;
    }

    /** The user name of who started the job. */
    public String owner() {
        return owner;
    }

    public State state() {
        return state.get();
    }

    public JobProgress progress() {
        return progress;
    }

    /** Whether the job has ended, one way or another. */
    public boolean isDone() {
        return outcome.isDone();
    }

    /**
     * Asks the job to stop. A queued job never starts; a running one stops at its next progress report, and its
     * transaction rolls back. Once the task has returned (its work committed) cancelling changes nothing.
     */
    public void cancel() {
        cancelRequested = true;
        // A job on its way out no longer counts towards its user's limit, so a new file can replace it at once.
        releaseSlot();
        if (state.compareAndSet(State.QUEUED, State.CANCELLED)) {
            whenCancelledInQueue.run();
            outcome.completeExceptionally(new JobCancelledException());
        }
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    /**
     * Completes with the result, exceptionally with the task's error, or with a {@link JobCancelledException}. It
     * completes after the listener heard the outcome, so a test that waits for it finds the UI update queued.
     */
    public CompletableFuture<T> outcome() {
        return outcome.copy();
    }

    CompletableFuture<T> completion() {
        return outcome;
    }

    void releaseSlot() {
        if (slotReleased.compareAndSet(false, true)) {
            releaseSlot.run();
        }
    }

    boolean moveTo(State from, State to) {
        return state.compareAndSet(from, to);
    }

    void end(State to) {
        state.set(to);
    }

    void progress(JobProgress progress) {
        this.progress = progress;
    }
}
