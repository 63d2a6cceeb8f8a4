package cn.gov.hlj.consumptionaid.shared.jobs;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs long tasks (imports, report generation) off the request and UI threads:
 * <ul>
 * <li>on a small bounded pool — by default two workers for a two-core server and a queue of twenty; a full queue
 * refuses the job with a message instead of piling up work;</li>
 * <li>as the user who started it: the caller's authentication is installed in the job thread through the
 * application's {@link SecurityContextHolderStrategy}, so secured services check the same permissions and the audit
 * trail names the same user;</li>
 * <li>at most {@code portal.jobs.per-user} jobs per user at once (queued or running), so one user cannot take the
 * pool;</li>
 * <li>with progress passed to the listener at most every {@code portal.jobs.progress-interval-ms}, never going back,
 * and cancellation through {@link Progress} until the task returns.</li>
 * </ul>
 */
@Component
public class JobRunner {

    /** Owner of jobs started without a signed-in user (start-up work, tests). */
    public static final String SYSTEM = "system";

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    /** A task of a job; it reports through the progress it is given. */
    @FunctionalInterface
    public interface Task<T> {
        T run(Progress progress) throws Exception;
    }

    private final SecurityContextHolderStrategy contextHolder;
    private final ThreadPoolExecutor executor;
    private final int perUser;
    private final long progressIntervalNanos;
    private final ConcurrentHashMap<String, AtomicInteger> activeByUser = new ConcurrentHashMap<>();

    @Autowired
    JobRunner(ObjectProvider<SecurityContextHolderStrategy> contextHolder,
              @Value("${portal.jobs.threads:2}") int threads, @Value("${portal.jobs.queue:20}") int queue,
              @Value("${portal.jobs.per-user:2}") int perUser,
              @Value("${portal.jobs.progress-interval-ms:150}") long progressIntervalMillis) {
        this(contextHolder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy), threads, queue, perUser,
                progressIntervalMillis);
    }

    JobRunner(SecurityContextHolderStrategy contextHolder, int threads, int queue, int perUser,
              long progressIntervalMillis) {
        if (threads < 1 || queue < 1 || perUser < 1 || progressIntervalMillis < 0) {
            throw new IllegalArgumentException("Job pool settings must be positive");
        }
        this.contextHolder = contextHolder;
        this.perUser = perUser;
        this.progressIntervalNanos = TimeUnit.MILLISECONDS.toNanos(progressIntervalMillis);
        var number = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(queue),
                runnable -> {
                    var thread = new Thread(runnable, "portal-job-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
    }

    /**
     * Starts a task as the current user.
     *
     * @throws JobRefusedException when the user already runs the allowed number of jobs, or the queue is full
     */
    public <T> Job<T> start(Task<T> task, JobListener<T> listener) {
        var authentication = contextHolder.getContext().getAuthentication();
        var owner = authentication == null ? SYSTEM : authentication.getName();
        var active = activeByUser.computeIfAbsent(owner, user -> new AtomicInteger());
        if (active.incrementAndGet() > perUser) {
            release(owner);
            throw new JobRefusedException("shared.jobs.refused.per-user", perUser);
        }
        var work = new Runnable[1];
        var job = new Job<T>(owner, () -> release(owner), () -> {
            executor.remove(work[0]);
            tell(listener::cancelled);
        });
        work[0] = () -> run(job, task, listener, authentication);
        try {
            executor.execute(work[0]);
        } catch (RejectedExecutionException e) {
            release(owner);
            throw new JobRefusedException("shared.jobs.refused.busy");
        }
        return job;
    }

    /** How many jobs the user has queued or running. */
    public int activeJobs(String username) {
        var active = activeByUser.get(username);
        return active == null ? 0 : active.get();
    }

    /** Jobs queued or running on the whole server. */
    public int activeJobs() {
        return activeByUser.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    private <T> void run(Job<T> job, Task<T> task, JobListener<T> listener,
                         Authentication authentication) {
        if (!job.moveTo(Job.State.QUEUED, Job.State.RUNNING)) {
            return; // cancelled while queued: already released and told
        }
        var context = contextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        contextHolder.setContext(context);
        var progress = new Reporter<>(job, listener);
        try {
            var result = task.run(progress);
            job.end(Job.State.SUCCEEDED);
            job.releaseSlot();
            tell(() -> listener.succeeded(result));
            job.completion().complete(result);
        } catch (JobCancelledException e) {
            job.end(Job.State.CANCELLED);
            job.releaseSlot();
            tell(listener::cancelled);
            job.completion().completeExceptionally(e);
        } catch (Throwable e) {
            log.debug("Job of {} failed", job.owner(), e);
            job.end(Job.State.FAILED);
            job.releaseSlot();
            tell(() -> listener.failed(e));
            job.completion().completeExceptionally(e);
        } finally {
            contextHolder.clearContext();
        }
    }

    private void release(String owner) {
        activeByUser.computeIfPresent(owner, (user, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    private static void tell(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            log.warn("A job listener failed", e);
        }
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }

    /** The progress a running task reports to: cancellation, monotonic fractions, throttled listener calls. */
    private final class Reporter<T> implements Progress {

        private final Job<T> job;
        private final JobListener<T> listener;
        private double fraction;
        private String lastStep;
        private long lastSent = System.nanoTime();

        Reporter(Job<T> job, JobListener<T> listener) {
            this.job = job;
            this.listener = listener;
        }

        @Override
        public void report(double reported, String stepKey, Object... args) {
            if (job.isCancelRequested()) {
                throw new JobCancelledException();
            }
            boolean unknown = reported < 0 || Double.isNaN(reported);
            if (!unknown) {
                fraction = Math.max(fraction, Math.min(1, reported));
            }
            var current = new JobProgress(fraction, unknown, stepKey, Arrays.asList(args));
            job.progress(current);
            long now = System.nanoTime();
            if (!stepKey.equals(lastStep) || now - lastSent >= progressIntervalNanos) {
                lastStep = stepKey;
                lastSent = now;
                tell(() -> listener.progressed(current));
            }
        }
    }
}
