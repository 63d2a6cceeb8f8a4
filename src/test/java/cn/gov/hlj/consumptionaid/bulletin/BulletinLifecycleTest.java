package cn.gov.hlj.consumptionaid.bulletin;

import cn.gov.hlj.consumptionaid.shared.Checksums;
import cn.gov.hlj.consumptionaid.shared.jobs.Progress;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The life of a bulletin: an editor generates a draft (PDF, DOCX, XLSX archived with the PDF's SHA-256), edits the
 * narrative, regenerates it as a new version with the same issue number, and publishes it; a leader sees published
 * bulletins only and downloads them, and each download is recorded. Every denial is shown.
 */
class BulletinLifecycleTest extends BulletinDataTest {

    BulletinLifecycleTest() {
        super(7, 80, 300, 150);
    }

    @Autowired
    BulletinService bulletins;

    YearMonth lastMonth;

    @BeforeEach
    void setUp() {
        lastMonth = YearMonth.from(LocalDate.now(clock)).minusMonths(1);
    }

    private BulletinRequest request(YearMonth month, String region) {
        return BulletinRequest.monthly(month.getYear(), month.getMonthValue(), region);
    }

    @Test
    void an_editor_generates_a_draft_archived_in_three_formats_with_the_pdf_checksum_and_progress() throws Exception {
        signIn.as("bulletin-editor");
        var steps = new ArrayList<String>();
        Progress progress = (fraction, step, args) -> steps.add(step);
        var month = lastMonth.minusMonths(2);

        var row = bulletins.generate(request(month, "230000"), progress);

        assertThat(row.status()).isEqualTo(BulletinStatus.DRAFT);
        assertThat(row.version()).isEqualTo(1);
        assertThat(row.generatedBy()).isEqualTo("bulletin-editor");
        assertThat(row.dataCutoff()).isNotNull();
        assertThat(steps).contains("bulletin.job.reading", "bulletin.job.rendering", "bulletin.job.saving");
        var pdf = bulletins.download(row.id(), BulletinFormat.PDF);
        assertThat(Checksums.sha256(pdf.content())).isEqualTo(row.sha256());
        assertThat(pdf.fileName()).startsWith("全省消费扶贫工作进展情况通报_").endsWith(".pdf");
        assertThat(new String(pdf.content(), 0, 5)).isEqualTo("%PDF-");
        assertThat(bulletins.download(row.id(), BulletinFormat.DOCX).content()).startsWith('P', 'K');
        assertThat(bulletins.download(row.id(), BulletinFormat.XLSX).content()).startsWith('P', 'K');
        assertThat(PdfText.of(pdf.content())).contains("全省消费扶贫工作进展情况通报",
                "%d年第%d期".formatted(row.issueYear(), row.issueNumber()), "哈尔滨市", "大兴安岭地区");
    }

    @Test
    void regenerating_adds_a_version_with_the_same_issue_number_that_prints_the_edited_narrative() throws Exception {
        signIn.as("bulletin-editor");
        var month = lastMonth.minusMonths(1);
        var first = bulletins.generate(request(month, "230000"), Progress.NONE);
        bulletins.editNarrative(first.id(), new Narrative("七台河市组织消费扶贫产品进机关活动。", "典型做法在此。",
                null, "下月开展专项督导。"));

        var second = bulletins.regenerate(first.id(), Progress.NONE);

        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(second.issueNumber()).isEqualTo(first.issueNumber());
        assertThat(second.narrative().workNews()).isEqualTo("七台河市组织消费扶贫产品进机关活动。");
        var text = PdfText.of(bulletins.download(second.id(), BulletinFormat.PDF).content());
        assertThat(text).contains("工作动态", "七台河市组织消费扶贫产品进机关活动", "典型经验做法", "下步工作")
                .doesNotContain("存在问题");
        assertThat(PdfText.of(bulletins.download(first.id(), BulletinFormat.PDF).content()))
                .doesNotContain("七台河市组织消费扶贫产品进机关活动");
        // the next month is the next issue of the year
        var next = bulletins.generate(request(month.plusMonths(1), "230000"), Progress.NONE);
        assertThat(next.issueNumber()).isEqualTo(month.plusMonths(1).getYear() == month.getYear()
                ? first.issueNumber() + 1 : 1);
    }

    @Test
    void a_leader_sees_and_downloads_only_published_bulletins_and_every_download_is_recorded() {
        signIn.as("bulletin-editor");
        var draft = bulletins.generate(request(lastMonth, "230000"), Progress.NONE);
        var published = bulletins.generate(request(lastMonth.minusMonths(3), "230000"), Progress.NONE);
        bulletins.publish(published.id());

        signIn.as("leader");
        var visible = bulletins.list(PageRequest.of(0, 100));
        assertThat(visible).extracting(BulletinRow::id).contains(published.id()).doesNotContain(draft.id());
        assertThat(visible).allMatch(row -> row.status() == BulletinStatus.PUBLISHED);
        assertThat(bulletins.count()).isEqualTo(visible.size());
        assertThat(bulletins.download(published.id(), BulletinFormat.PDF).content()).isNotEmpty();
        assertThat(bulletins.download(published.id(), BulletinFormat.DOCX).fileName()).endsWith(".docx");
        assertThatThrownBy(() -> bulletins.download(draft.id(), BulletinFormat.PDF))
                .isInstanceOf(AccessDeniedException.class);

        signIn.as("bulletin-editor");
        assertThat(bulletins.downloads(published.id())).extracting(DownloadRow::username, DownloadRow::format)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("leader", BulletinFormat.DOCX),
                        org.assertj.core.groups.Tuple.tuple("leader", BulletinFormat.PDF));
        assertThat(bulletins.downloads(draft.id())).isEmpty();
        assertThat(bulletins.find(published.id()).orElseThrow().downloads()).isEqualTo(2);
    }

    @Test
    void a_published_bulletin_cannot_change_and_a_too_long_section_is_refused_without_writing_anything() {
        signIn.as("bulletin-editor");
        var row = bulletins.generate(request(lastMonth.minusMonths(4), "230000"), Progress.NONE);
        bulletins.editNarrative(row.id(), new Narrative("原有文字", null, null, null));

        assertThatThrownBy(() -> bulletins.editNarrative(row.id(), new Narrative("长".repeat(2001), null, null, null)))
                .isInstanceOf(BulletinException.class)
                .extracting(e -> ((BulletinException) e).getMessageKey())
                .isEqualTo("bulletin.error.narrative-too-long");
        assertThat(bulletins.find(row.id()).orElseThrow().narrative().workNews()).isEqualTo("原有文字");

        bulletins.publish(row.id());
        assertThatThrownBy(() -> bulletins.editNarrative(row.id(), new Narrative("新文字", null, null, null)))
                .isInstanceOf(BulletinException.class).hasMessage("bulletin.error.not-draft");
        assertThatThrownBy(() -> bulletins.publish(row.id())).hasMessage("bulletin.error.not-draft");
        assertThat(bulletins.find(row.id()).orElseThrow().narrative().workNews()).isEqualTo("原有文字");
    }

    @Test
    void a_leader_may_not_generate_edit_or_publish() {
        signIn.as("bulletin-editor");
        var row = bulletins.generate(request(lastMonth.minusMonths(5), "230000"), Progress.NONE);
        signIn.as("leader");
        assertThatThrownBy(() -> bulletins.generate(request(lastMonth, "230000"), Progress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulletins.regenerate(row.id(), Progress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulletins.editNarrative(row.id(), Narrative.EMPTY))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulletins.publish(row.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulletins.downloads(row.id())).isInstanceOf(AccessDeniedException.class);
        signIn.as("bulletin-editor");
        assertThat(bulletins.find(row.id()).orElseThrow().status()).isEqualTo(BulletinStatus.DRAFT);
    }

    @Test
    void a_department_member_has_no_access_to_bulletins() {
        signIn.as("finance");
        assertThatThrownBy(() -> bulletins.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulletins.count()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulletins.download(1L, BulletinFormat.PDF))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_city_editor_generates_for_their_city_only_and_sees_only_their_citys_bulletins() throws Exception {
        signIn.as("bulletin-editor");
        var provincial = bulletins.generate(request(lastMonth.minusMonths(6), "230000"), Progress.NONE);

        signIn.as("POVERTY_OFFICE", "230100", AppRoles.BULLETIN_EDITOR);
        assertThatThrownBy(() -> bulletins.generate(request(lastMonth, "230000"), Progress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulletins.generate(request(lastMonth, "230200"), Progress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulletins.publish(provincial.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulletins.download(provincial.id(), BulletinFormat.PDF))
                .isInstanceOf(AccessDeniedException.class);

        var harbin = bulletins.generate(request(lastMonth, "230100"), Progress.NONE);
        assertThat(bulletins.list(PageRequest.of(0, 100))).extracting(BulletinRow::scopeRegionCode)
                .containsOnly("230100");
        var text = PdfText.of(bulletins.download(harbin.id(), BulletinFormat.PDF).content());
        assertThat(text).contains("哈尔滨市消费扶贫工作进展情况通报", "县（市、区）", "延寿县").doesNotContain("齐齐哈尔市");
    }

    @Test
    void a_request_for_a_custom_period_or_a_county_is_refused() {
        assertThatThrownBy(() -> new BulletinRequest(BulletinType.PROGRESS,
                cn.gov.hlj.consumptionaid.shared.time.Period.custom(LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 1, 9)), "230000"))
                .hasMessage("bulletin.error.custom-period");
        assertThatThrownBy(() -> BulletinRequest.monthly(2026, 1, "230129")).hasMessage("bulletin.error.scope");
        assertThat(List.of(BulletinRequest.monthly(2026, 1, "230100").scopeRegionCode())).containsExactly("230100");
    }
}
