package cn.gov.hlj.consumptionaid.shared.jobs;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A running job on screen: a progress bar, the step ("正在读取文件：已读 1,200 行") and a cancel button. It starts the
 * job through the {@link JobRunner} and brings every report and the outcome back to the UI with {@code UI.access}
 * (server push delivers them), so the rest of the view stays usable while the job runs. Hidden when no job runs.
 */
public class JobProgressIndicator extends Composite<HorizontalLayout> {

    /** What a view does with the outcome of a job; each is called in the UI, after the indicator hid itself. */
    public record Outcome<T>(Consumer<T> succeeded, Consumer<Throwable> failed, Runnable cancelled) {
    }

    public final ProgressBar bar = new ProgressBar();
    public final Span step = new Span();
    public final Button cancel = new Button();

    private final JobRunner runner;
    private Job<?> job;

    public JobProgressIndicator(JobRunner runner) {
        this.runner = runner;
        bar.setWidth("16em");
        bar.setId("job-progress");
        step.setId("job-step");
        cancel.setId("job-cancel");
        cancel.setText(getTranslation("shared.jobs.cancel"));
        cancel.setIcon(VaadinIcon.CLOSE_SMALL.create());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> cancel());
        var layout = getContent();
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        layout.add(bar, step, cancel);
        setVisible(false);
    }

    /**
     * Starts a job as the signed-in user and shows its progress. A refusal (too many jobs of the user, a full queue)
     * goes to {@code failed} at once as a {@link JobRefusedException}.
     *
     * @return the job, or empty when it was refused
     */
    public <T> Optional<Job<T>> start(String startKey, JobRunner.Task<T> task, Outcome<T> outcome) {
        var ui = UI.getCurrent();
        try {
            bar.setIndeterminate(true);
            bar.setValue(0);
            step.setText(getTranslation(startKey));
            cancel.setEnabled(true);
            setVisible(true);
            // Reports of a job this indicator no longer shows (replaced by a newer one) are dropped.
            var self = new AtomicReference<Job<T>>();
            var started = runner.start(task, new JobListener<T>() {
                @Override
                public void progressed(JobProgress progress) {
                    inUi(ui, () -> {
                        if (job == self.get()) {
                            show(progress);
                        }
                    });
                }

                @Override
                public void succeeded(T result) {
                    inUi(ui, () -> finished(self.get(), () -> outcome.succeeded().accept(result)));
                }

                @Override
                public void failed(Throwable error) {
                    inUi(ui, () -> finished(self.get(), () -> outcome.failed().accept(error)));
                }

                @Override
                public void cancelled() {
                    inUi(ui, () -> finished(self.get(), outcome.cancelled()));
                }
            });
            self.set(started);
            job = started;
            return Optional.of(started);
        } catch (JobRefusedException e) {
            setVisible(false);
            outcome.failed().accept(e);
            return Optional.empty();
        }
    }

    /** Whether a job of this indicator is queued or running. */
    public boolean isRunning() {
        return job != null && !job.isDone();
    }

    /** Cancels the running job, if any; the view hears it through its outcome. */
    public void cancel() {
        if (job != null) {
            cancel.setEnabled(false);
            step.setText(getTranslation("shared.jobs.cancelling"));
            job.cancel();
        }
    }

    /** The job last started here (tests wait for it), if any. */
    public Optional<Job<?>> job() {
        return Optional.ofNullable(job);
    }

    private void show(JobProgress progress) {
        if (job.isCancelRequested()) {
            return;
        }
        bar.setIndeterminate(progress.indeterminate());
        bar.setValue(progress.fraction());
        if (progress.stepKey() != null) {
            step.setText(getTranslation(progress.stepKey(), progress.argArray()));
        }
    }

    private void finished(Job<?> ended, Runnable then) {
        if (ended == null || job != ended) {
            return;
        }
        job = null;
        setVisible(false);
        then.run();
    }

    private static void inUi(UI ui, Runnable command) {
        if (ui == null) {
            return;
        }
        try {
            ui.access(command::run);
        } catch (UIDetachedException e) {
            // the user left the page; the job's work is done or rolled back regardless
        }
    }
}
