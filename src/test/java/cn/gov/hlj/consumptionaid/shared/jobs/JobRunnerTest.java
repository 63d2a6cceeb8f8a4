package cn.gov.hlj.consumptionaid.shared.jobs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The job runner on its own: who a job runs as, limits, progress, errors and cancelling. */
class JobRunnerTest {

    /** The application's strategy (Vaadin's): outside a Vaadin request it is a plain thread-local. */
    private final SecurityContextHolderStrategy holder = new VaadinAwareSecurityContextHolderStrategy();
    private final JobRunner runner = new JobRunner(holder, 2, 4, 2, 0);

    /** Records what a listener hears, in order. */
    static final class Heard<T> implements JobListener<T> {
        final List<JobProgress> progress = new CopyOnWriteArrayList<>();
        final List<String> events = new CopyOnWriteArrayList<>();
        final AtomicReference<T> result = new AtomicReference<>();
        final AtomicReference<Throwable> error = new AtomicReference<>();

        @Override
        public void progressed(JobProgress p) {
            progress.add(p);
        }

        @Override
        public void succeeded(T value) {
            result.set(value);
            events.add("succeeded");
        }

        @Override
        public void failed(Throwable e) {
            error.set(e);
            events.add("failed");
        }

        @Override
        public void cancelled() {
            events.add("cancelled");
        }
    }

    private void signIn(String name) {
        var context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null, List.of()));
        holder.setContext(context);
    }

    @AfterEach
    void tearDown() {
        holder.clearContext();
        runner.shutdown();
    }

    private static <T> void await(Job<T> job) {
        try {
            job.outcome().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            // the listener has the outcome
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_job_runs_on_another_thread_as_the_user_who_started_it_and_the_thread_is_left_clean() throws Exception {
        signIn("finance");
        var heard = new Heard<String>();
        var threads = new CopyOnWriteArrayList<String>();
        var job = runner.start(progress -> {
            threads.add(Thread.currentThread().getName());
            return holder.getContext().getAuthentication().getName();
        }, heard);
        await(job);

        assertThat(heard.result.get()).isEqualTo("finance");
        assertThat(job.owner()).isEqualTo("finance");
        assertThat(job.state()).isEqualTo(Job.State.SUCCEEDED);
        assertThat(threads).singleElement().asString().startsWith("portal-job-")
                .isNotEqualTo(Thread.currentThread().getName());
        var after = runner.start(progress -> holder.getContext().getAuthentication(), new Heard<>());
        holder.clearContext();
        assertThat(after.outcome().get(10, TimeUnit.SECONDS)).isNotNull();
        // A job started without a user runs without one, even on a thread that ran another user's job before.
        var anonymous = runner.start(progress -> String.valueOf(holder.getContext().getAuthentication()),
                new Heard<>());
        assertThat(anonymous.outcome().get(10, TimeUnit.SECONDS)).isEqualTo("null");
        assertThat(anonymous.owner()).isEqualTo(JobRunner.SYSTEM);
    }

    @Test
    void the_error_of_a_task_is_delivered_to_the_listener_and_the_outcome() {
        signIn("finance");
        var heard = new Heard<Object>();
        var job = runner.start(progress -> {
            throw new IllegalStateException("broken file");
        }, heard);
        await(job);

        assertThat(heard.events).containsExactly("failed");
        assertThat(heard.error.get()).isInstanceOf(IllegalStateException.class).hasMessage("broken file");
        assertThat(job.state()).isEqualTo(Job.State.FAILED);
        assertThat(job.outcome()).isCompletedExceptionally();
        assertThat(runner.activeJobs("finance")).isZero();
    }

    @Test
    void progress_never_goes_back_and_an_unknown_position_keeps_the_last_fraction() {
        signIn("finance");
        var heard = new Heard<String>();
        var job = runner.start(progress -> {
            progress.report(0.2, "a");
            progress.report(Progress.UNKNOWN, "b", 10);
            progress.report(0.1, "c");
            progress.report(0.7, "d");
            progress.report(1.5, "e");
            return "done";
        }, heard);
        await(job);

        assertThat(heard.progress).extracting(JobProgress::fraction).containsExactly(0.2, 0.2, 0.2, 0.7, 1.0);
        assertThat(heard.progress).extracting(JobProgress::indeterminate)
                .containsExactly(false, true, false, false, false);
        assertThat(heard.progress.get(1).args()).containsExactly(10);
        assertThat(heard.progress).extracting(JobProgress::stepKey).containsExactly("a", "b", "c", "d", "e");
        assertThat(job.progress().fraction()).isEqualTo(1.0);
    }

    @Test
    void a_user_runs_at_most_the_allowed_number_of_jobs_at_once_and_others_are_not_held_back() throws Exception {
        signIn("finance");
        var release = new CountDownLatch(1);
        Runnable wait = () -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        var first = runner.start(progress -> {
            wait.run();
            return 1;
        }, new Heard<>());
        var second = runner.start(progress -> {
            wait.run();
            return 2;
        }, new Heard<>());

        assertThatThrownBy(() -> runner.start(progress -> 3, new Heard<>()))
                .isInstanceOf(JobRefusedException.class)
                .satisfies(e -> {
                    assertThat(((JobRefusedException) e).getMessageKey()).isEqualTo("shared.jobs.refused.per-user");
                    assertThat(((JobRefusedException) e).getArguments()).containsExactly(2);
                });
        assertThat(runner.activeJobs("finance")).isEqualTo(2);

        signIn("education");
        var other = runner.start(progress -> 4, new Heard<>());
        release.countDown();
        assertThat(other.outcome().get(10, TimeUnit.SECONDS)).isEqualTo(4);
        assertThat(first.outcome().get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(second.outcome().get(10, TimeUnit.SECONDS)).isEqualTo(2);

        signIn("finance");
        assertThat(runner.start(progress -> 5, new Heard<>()).outcome().get(10, TimeUnit.SECONDS)).isEqualTo(5);
    }

    @Test
    void a_full_queue_refuses_a_job_with_a_message() {
        var small = new JobRunner(holder, 1, 1, 10, 0);
        try {
            signIn("finance");
            var release = new CountDownLatch(1);
            JobRunner.Task<Integer> blocking = progress -> {
                release.await(10, TimeUnit.SECONDS);
                return 1;
            };
            small.start(blocking, new Heard<>());
            small.start(blocking, new Heard<>());
            assertThatThrownBy(() -> small.start(blocking, new Heard<>()))
                    .isInstanceOf(JobRefusedException.class)
                    .extracting(e -> ((JobRefusedException) e).getMessageKey())
                    .isEqualTo("shared.jobs.refused.busy");
            release.countDown();
        } finally {
            small.shutdown();
        }
    }

    @Test
    void a_running_job_stops_at_its_next_report_once_cancelled() {
        signIn("finance");
        var started = new CountDownLatch(1);
        var cancelled = new CountDownLatch(1);
        var reachedEnd = new AtomicReference<>(false);
        var heard = new Heard<String>();
        var job = runner.start(progress -> {
            started.countDown();
            cancelled.await(10, TimeUnit.SECONDS);
            progress.report(0.5, "writing");
            reachedEnd.set(true);
            return "written";
        }, heard);
        await(() -> started.await(10, TimeUnit.SECONDS));
        job.cancel();
        cancelled.countDown();
        await(job);

        assertThat(heard.events).containsExactly("cancelled");
        assertThat(heard.result.get()).isNull();
        assertThat(reachedEnd.get()).isFalse();
        assertThat(job.state()).isEqualTo(Job.State.CANCELLED);
        assertThat(runner.activeJobs("finance")).isZero();
    }

    @Test
    void a_queued_job_cancelled_before_it_starts_never_runs() {
        var single = new JobRunner(holder, 1, 4, 5, 0);
        try {
            signIn("finance");
            var release = new CountDownLatch(1);
            single.start(progress -> {
                release.await(10, TimeUnit.SECONDS);
                return 1;
            }, new Heard<>());
            var ran = new AtomicReference<>(false);
            var heard = new Heard<Integer>();
            var queued = single.start(progress -> {
                ran.set(true);
                return 2;
            }, heard);
            assertThat(queued.state()).isEqualTo(Job.State.QUEUED);

            queued.cancel();
            assertThat(heard.events).containsExactly("cancelled");
            assertThat(queued.outcome()).isCompletedExceptionally();
            assertThat(single.activeJobs("finance")).isEqualTo(1);
            release.countDown();
            await(single.start(progress -> 3, new Heard<>()));
            assertThat(ran.get()).isFalse();
        } finally {
            single.shutdown();
        }
    }

    @FunctionalInterface
    interface Waiting {
        boolean await() throws InterruptedException;
    }

    private static void await(Waiting waiting) {
        try {
            assertThat(waiting.await()).isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
