package cn.gov.hlj.consumptionaid.purchasing.ui;

import cn.gov.hlj.consumptionaid.purchasing.domain.PurchaserRepository;
import cn.gov.hlj.consumptionaid.shared.jobs.Job;
import cn.gov.hlj.consumptionaid.shared.jobs.JobListener;
import cn.gov.hlj.consumptionaid.shared.jobs.JobRunner;
import cn.gov.hlj.consumptionaid.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The import page runs its two steps as background jobs: a progress bar while they run, the outcome after. */
class ImportJobsViewTest extends KaribuTest {

    private static final String HEADER = "单位编码,单位名称,采购人类型,单位性质,学校类型,级次,主管部门,所在地区,食堂情况\n";

    @Autowired
    PurchaserRepository repository;
    @Autowired
    JobRunner jobs;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> contextHolder;

    private final CountDownLatch release = new CountDownLatch(1);
    private final List<Job<?>> blockers = new ArrayList<>();

    @AfterEach
    void releaseBlockers() throws Exception {
        release.countDown();
        for (var job : blockers) {
            job.outcome().handle((r, e) -> r).get(10, TimeUnit.SECONDS);
        }
    }

    private PurchaserImportView open(String user) {
        login(user);
        UI.getCurrent().navigate("data/import/purchasers");
        return LocatorJ._get(PurchaserImportView.class);
    }

    private static byte[] file(String... codes) {
        var csv = new StringBuilder(HEADER);
        for (var code : codes) {
            csv.append(code).append(",某某机关,预算单位,机关,,省级,省财政厅,230000,有\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Jobs that hold a worker until the test ends, started by {@code user} on a thread of their own. */
    private void occupy(String user, int count) throws InterruptedException {
        var holder = contextHolder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        var thread = new Thread(() -> {
            var context = holder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
            holder.setContext(context);
            for (int i = 0; i < count; i++) {
                blockers.add(jobs.start(progress -> release.await(20, TimeUnit.SECONDS), new Ignore<>()));
            }
            holder.clearContext();
        });
        thread.start();
        thread.join();
    }

    /** Blocks the caller's own job slots (they count towards the signed-in user's limit). */
    private void occupyOwnSlots(int count) {
        for (int i = 0; i < count; i++) {
            blockers.add(jobs.start(progress -> release.await(20, TimeUnit.SECONDS), new Ignore<>()));
        }
    }

    static final class Ignore<T> implements JobListener<T> {
        @Override
        public void succeeded(T result) {
        }

        @Override
        public void failed(Throwable error) {
        }

        @Override
        public void cancelled() {
        }
    }

    @Test
    void the_progress_bar_shows_while_the_preview_runs_and_the_result_lands_when_it_ends() {
        var view = open("finance");
        assertThat(view.panel.progress.isVisible()).isFalse();

        view.panel.receive("单位.csv", file("UIJOB-A-1", "UIJOB-A-2"));
        assertThat(view.panel.progress.isVisible()).isTrue();
        assertThat(view.panel.progress.step.getText()).isEqualTo("正在读取并检查文件……");
        assertThat(view.panel.progress.cancel.isEnabled()).isTrue();
        assertThat(view.panel.commit.isEnabled()).isFalse();

        finishJob(view.panel.progress);
        assertThat(view.panel.progress.isVisible()).isFalse();
        assertThat(view.panel.summary.getText()).startsWith("文件“单位.csv”共 2 行：将新增 2 个");
        assertThat(view.panel.commit.isEnabled()).isTrue();

        LocatorJ._click(view.panel.commit);
        assertThat(view.panel.progress.isVisible()).isTrue();
        assertThat(view.panel.progress.step.getText()).isEqualTo("正在导入……");
        assertThat(view.panel.commit.isEnabled()).isFalse();
        finishJob(view.panel.progress);
        assertThat(view.panel.progress.isVisible()).isFalse();
        assertThat(view.panel.summary.getText()).contains("新增 2 个");
        assertThat(repository.findByCode("UIJOB-A-2")).isPresent();
    }

    @Test
    void a_commit_cancelled_before_it_ran_writes_nothing_and_can_be_started_again() throws Exception {
        var view = open("finance");
        view.panel.receive("单位.csv", file("UIJOB-B-1"));
        finishJob(view.panel.progress);
        assertThat(view.panel.commit.isEnabled()).isTrue();

        occupy("someone-else", 2); // both workers busy: the commit waits in the queue
        LocatorJ._click(view.panel.commit);
        assertThat(view.panel.progress.isVisible()).isTrue();
        assertThat(view.panel.progress.job().orElseThrow().state()).isEqualTo(Job.State.QUEUED);
        LocatorJ._click(view.panel.progress.cancel);
        finishJob(view.panel.progress);

        assertThat(view.panel.summary.getText()).isEqualTo("已取消导入，未写入任何数据。");
        assertThat(view.panel.progress.isVisible()).isFalse();
        assertThat(repository.findByCode("UIJOB-B-1")).isEmpty();
        assertThat(view.panel.commit.isEnabled()).isTrue();

        release.countDown();
        LocatorJ._click(view.panel.commit);
        finishJob(view.panel.progress);
        assertThat(view.panel.summary.getText()).contains("新增 1 个");
        assertThat(repository.findByCode("UIJOB-B-1")).isPresent();
    }

    @Test
    void a_second_file_replaces_a_preview_still_running_even_at_the_users_limit() throws Exception {
        var view = open("finance");
        occupy("someone-else", 2); // both workers busy: previews wait in the queue
        occupyOwnSlots(1);
        view.panel.receive("第一个.csv", file("UIJOB-C-1"));
        var first = view.panel.progress.job().orElseThrow();
        view.panel.receive("第二个.csv", file("UIJOB-C-2", "UIJOB-C-3"));
        assertThat(first.state()).isEqualTo(Job.State.CANCELLED);
        assertThat(view.panel.progress.job().orElseThrow()).isNotSameAs(first);

        release.countDown();
        finishJob(view.panel.progress);
        assertThat(view.panel.summary.getText()).startsWith("文件“第二个.csv”共 2 行");
        assertThat(view.panel.progress.isVisible()).isFalse();
        assertThat(view.panel.commit.isEnabled()).isTrue();
    }

    @Test
    void too_many_jobs_of_one_user_give_a_clear_message_and_start_nothing() {
        var view = open("finance");
        occupyOwnSlots(2);
        view.panel.receive("单位.csv", file("UIJOB-D-1"));
        assertThat(view.panel.progress.isVisible()).isFalse();
        assertThat(view.panel.summary.getText()).isEqualTo("您已有 2 项导入正在进行，请等其完成或取消后再试。");
        assertThat(view.panel.commit.isEnabled()).isFalse();
    }

    @Test
    void a_broken_file_ends_the_job_with_a_clear_message() {
        var view = open("finance");
        view.panel.receive("坏文件.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3});
        finishJob(view.panel.progress);
        assertThat(view.panel.summary.getText()).startsWith("无法读取该 Excel 文件");
        assertThat(view.panel.progress.isVisible()).isFalse();
        assertThat(view.panel.commit.isEnabled()).isFalse();
    }
}
