package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.purchasing.domain.ImportBatchRepository;
import cn.gov.hlj.consumptionaid.purchasing.domain.PurchaserRepository;
import cn.gov.hlj.consumptionaid.shared.Checksums;
import cn.gov.hlj.consumptionaid.shared.importing.ImportPreview;
import cn.gov.hlj.consumptionaid.shared.importing.ImportResult;
import cn.gov.hlj.consumptionaid.shared.jobs.ImportSteps;
import cn.gov.hlj.consumptionaid.shared.jobs.Job;
import cn.gov.hlj.consumptionaid.shared.jobs.JobCancelledException;
import cn.gov.hlj.consumptionaid.shared.jobs.JobListener;
import cn.gov.hlj.consumptionaid.shared.jobs.JobProgress;
import cn.gov.hlj.consumptionaid.shared.jobs.JobRunner;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Imports run as background jobs: as the user who started them, with their permissions, and cancellable. */
@IntegrationTest
class ImportJobTest {

    private static final String HEADER = "单位编码,单位名称,采购人类型,单位性质,学校类型,级次,主管部门,所在地区,食堂情况\n";

    @Autowired
    JobRunner jobs;
    @Autowired
    PurchaserImport imports;
    @Autowired
    PurchaserRepository purchasers;
    @Autowired
    ImportBatchRepository batches;
    @Autowired
    CurrentUser currentUser;

    private static byte[] file(String prefix, int rows) {
        var csv = new StringBuilder(HEADER);
        for (int i = 1; i <= rows; i++) {
            csv.append("%s-%03d,某某机关%d,预算单位,机关,,省级,省财政厅,230000,有\n".formatted(prefix, i, i));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Remembers what the job reported. */
    static final class Recorder<T> implements JobListener<T> {
        final List<JobProgress> progress = new CopyOnWriteArrayList<>();
        final List<String> outcome = new CopyOnWriteArrayList<>();

        @Override
        public void progressed(JobProgress p) {
            progress.add(p);
        }

        @Override
        public void succeeded(T result) {
            outcome.add("succeeded");
        }

        @Override
        public void failed(Throwable error) {
            outcome.add("failed: " + error.getClass().getSimpleName());
        }

        @Override
        public void cancelled() {
            outcome.add("cancelled");
        }
    }

    @Test
    @WithUserDetails("finance")
    void a_preview_job_runs_as_the_user_who_started_it_with_their_scope() throws Exception {
        var user = new AtomicReference<String>();
        var recorder = new Recorder<ImportPreview>();
        var job = jobs.start(progress -> {
            user.set(currentUser.require().username());
            return imports.preview("单位.csv", file("JOB-A", 3), progress);
        }, recorder);

        var preview = job.outcome().get(30, TimeUnit.SECONDS);
        assertThat(user.get()).isEqualTo("finance");
        assertThat(preview.rowsToCreate()).isEqualTo(3);
        assertThat(preview.problems()).isEmpty();
        assertThat(recorder.outcome).containsExactly("succeeded");
        assertThat(recorder.progress).extracting(JobProgress::stepKey)
                .contains(ImportSteps.READING, ImportSteps.CHECKING);
        assertThat(job.owner()).isEqualTo("finance");
    }

    @Test
    @WithUserDetails("leader")
    void a_user_without_the_import_permission_is_refused_inside_the_job_too() {
        var recorder = new Recorder<ImportPreview>();
        var job = jobs.start(progress -> imports.preview("单位.csv", file("JOB-B", 1), progress), recorder);

        assertThatThrownBy(() -> job.outcome().get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(AccessDeniedException.class);
        assertThat(recorder.outcome).containsExactly("failed: AuthorizationDeniedException");
        assertThat(job.state()).isEqualTo(Job.State.FAILED);
        assertThat(purchasers.findByCode("JOB-B-001")).isEmpty();
    }

    @Test
    @WithUserDetails("finance")
    void a_commit_cancelled_while_writing_rolls_back_and_writes_nothing() throws Exception {
        var content = file("JOB-C", 40);
        var jobRef = new AtomicReference<Job<ImportResult>>();
        var started = new CountDownLatch(1);
        var recorder = new Recorder<ImportResult>();
        var job = jobs.start(progress -> {
            started.await(10, TimeUnit.SECONDS);
            return imports.commit("单位.csv", content, (fraction, step, args) -> {
                // The user presses cancel when half of the rows are written.
                if (step.equals(ImportSteps.WRITING) && (int) args[0] == 20) {
                    jobRef.get().cancel();
                }
                progress.report(fraction, step, args);
            });
        }, recorder);
        jobRef.set(job);
        started.countDown();

        assertThatThrownBy(() -> job.outcome().get(30, TimeUnit.SECONDS))
                .hasCauseInstanceOf(JobCancelledException.class);
        assertThat(recorder.outcome).containsExactly("cancelled");
        assertThat(job.state()).isEqualTo(Job.State.CANCELLED);
        assertThat(purchasers.findByCode("JOB-C-001")).isEmpty();
        assertThat(purchasers.findByCode("JOB-C-020")).isEmpty();
        assertThat(batches.findByTypeAndFileSha256(ImportType.PURCHASERS, Checksums.sha256(content))).isEmpty();

        // The same file imports in full afterwards.
        var result = jobs.start(progress -> imports.commit("单位.csv", content, progress), new Recorder<>())
                .outcome().get(30, TimeUnit.SECONDS);
        assertThat(result.created()).isEqualTo(40);
        assertThat(purchasers.findByCode("JOB-C-040")).isPresent();
    }

    @Test
    @WithUserDetails("finance")
    void the_progress_of_a_commit_rises_through_reading_checking_and_writing_to_the_end() throws Exception {
        var recorder = new Recorder<ImportResult>();
        var steps = new CopyOnWriteArrayList<String>();
        var fractions = new CopyOnWriteArrayList<Double>();
        var job = jobs.start(progress -> imports.commit("单位.csv", file("JOB-D", 30), (fraction, step, args) -> {
            steps.add(step);
            fractions.add(fraction);
            progress.report(fraction, step, args);
        }), recorder);
        job.outcome().get(30, TimeUnit.SECONDS);

        assertThat(steps.stream().distinct().toList())
                .containsExactly(ImportSteps.READING, ImportSteps.CHECKING, ImportSteps.WRITING);
        var known = fractions.stream().filter(f -> f >= 0).toList();
        assertThat(known).isSorted();
        assertThat(known.getLast()).isEqualTo(1.0);
        assertThat(job.progress().fraction()).isEqualTo(1.0);
    }
}
