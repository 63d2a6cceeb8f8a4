package cn.gov.hlj.consumptionaid.bulletin.ui;

import cn.gov.hlj.consumptionaid.bulletin.BulletinFormat;
import cn.gov.hlj.consumptionaid.bulletin.BulletinRow;
import cn.gov.hlj.consumptionaid.bulletin.BulletinStatus;
import cn.gov.hlj.consumptionaid.bulletin.BulletinType;
import cn.gov.hlj.consumptionaid.bulletin.PdfText;
import cn.gov.hlj.consumptionaid.shared.time.Period;
import cn.gov.hlj.consumptionaid.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An editor generates the next issue as a background job, writes a narrative section, regenerates it as version 2
 * and publishes it; a leader finds it in the archive and downloads it as PDF and Word, and the downloads are counted.
 * Only editors open the editor page; department members open neither page.
 */
class BulletinViewsTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    Clock clock;

    @Test
    void an_editor_generates_regenerates_with_a_narrative_and_publishes_and_a_leader_downloads_it() {
        login("bulletin-editor");
        UI.getCurrent().navigate("bulletins/editor");
        var editor = LocatorJ._get(BulletinEditorView.class);
        var month = YearMonth.from(LocalDate.now(clock)).minusMonths(8);
        editor.year.setValue(month.getYear());
        editor.month.setValue(month.getMonthValue());

        LocatorJ._click(editor.generate);
        assertThat(editor.progress.isVisible()).isTrue();
        finishJob(editor.progress);

        assertThat(editor.message.getText()).contains("黑龙江省", "第1版");
        var first = editor.grid.getSelectedItems().iterator().next();
        assertThat(first.status()).isEqualTo(BulletinStatus.DRAFT);
        assertThat(editor.workNews.isEnabled()).isTrue();
        editor.workNews.setValue("绥化市举办扶贫产品展销会。");
        LocatorJ._click(editor.saveNarrative);
        assertThat(editor.message.getText()).isEqualTo("文字栏目已保存，重新生成后印入通报。");

        LocatorJ._click(editor.regenerate);
        finishJob(editor.progress);
        var second = editor.grid.getSelectedItems().iterator().next();
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.issueNumber()).isEqualTo(first.issueNumber());
        assertThat(second.narrative().workNews()).isEqualTo("绥化市举办扶贫产品展销会。");

        LocatorJ._click(editor.publish);
        assertThat(editor.message.getText()).startsWith("已发布");
        assertThat(editor.publish.isEnabled()).isFalse();
        assertThat(editor.workNews.isEnabled()).isFalse();

        login("leader");
        UI.getCurrent().navigate("bulletins");
        var archive = LocatorJ._get(BulletinArchiveView.class);
        assertThat(GridKt._size(archive.grid)).isEqualTo(1);
        BulletinRow row = GridKt._get(archive.grid, 0);
        assertThat(row.id()).isEqualTo(second.id());
        assertThat(archive.downloads.links.get(BulletinFormat.PDF).isEnabled()).isFalse();
        archive.grid.select(row);
        assertThat(archive.downloads.links.get(BulletinFormat.PDF).isEnabled()).isTrue();
        assertThat(new String(archive.downloads.download(BulletinFormat.PDF).content(), 0, 5)).isEqualTo("%PDF-");
        assertThat(archive.downloads.download(BulletinFormat.DOCX).fileName()).endsWith(".docx");
        archive.grid.getDataProvider().refreshAll();
        assertThat(GridKt._get(archive.grid, 0).downloads()).isEqualTo(2);
    }

    @Test
    void an_editor_generates_a_quarterly_and_a_yearly_bulletin_chosen_by_period_kind() throws Exception {
        login("bulletin-editor");
        UI.getCurrent().navigate("bulletins/editor");
        var editor = LocatorJ._get(BulletinEditorView.class);
        assertThat(editor.type.getListDataView().getItems())
                .containsExactly(BulletinType.PROGRESS, BulletinType.RESERVED_SHARES, BulletinType.SOE_PROCUREMENT);
        int year = LocalDate.now(clock).getYear() - 1;

        editor.periodKind.setValue(Period.Kind.QUARTER);
        assertThat(editor.quarter.isVisible()).isTrue();
        assertThat(editor.month.isVisible()).isFalse();
        editor.year.setValue(year);
        editor.quarter.setValue(2);
        LocatorJ._click(editor.generate);
        finishJob(editor.progress);
        var quarterly = editor.grid.getSelectedItems().iterator().next();
        assertThat(quarterly.period()).isEqualTo(Period.quarter(year, 2));
        assertThat(quarterly.type()).isEqualTo(BulletinType.PROGRESS);
        assertThat(editor.message.getText()).contains("黑龙江省", "第1版");
        assertThat(PdfText.of(editor.downloads.download(BulletinFormat.PDF).content()))
                .contains(year + "年第2季度", "截至" + year + "年6月30日");

        editor.periodKind.setValue(Period.Kind.YEAR);
        assertThat(editor.quarter.isVisible()).isFalse();
        assertThat(editor.month.isVisible()).isFalse();
        editor.year.setValue(year - 1);
        LocatorJ._click(editor.generate);
        finishJob(editor.progress);
        var yearly = editor.grid.getSelectedItems().iterator().next();
        assertThat(yearly.period()).isEqualTo(Period.year(year - 1));
        assertThat(PdfText.of(editor.downloads.download(BulletinFormat.PDF).content()))
                .contains((year - 1) + "年", "截至" + (year - 1) + "年12月31日");

        // an empty year is refused with a message and nothing is generated
        long before = GridKt._size(editor.grid);
        editor.year.clear();
        LocatorJ._click(editor.generate);
        assertThat(editor.message.getText()).isEqualTo("请选择通报类型、期间和范围。");
        assertThat(editor.progress.isRunning()).isFalse();
        editor.grid.getDataProvider().refreshAll();
        assertThat((long) GridKt._size(editor.grid)).isEqualTo(before);
    }

    @Test
    void a_sasac_member_is_offered_only_the_soe_bulletin_and_generates_it() throws Exception {
        login("sasac");
        UI.getCurrent().navigate("bulletins/editor");
        var editor = LocatorJ._get(BulletinEditorView.class);
        assertThat(editor.type.getListDataView().getItems()).containsExactly(BulletinType.SOE_PROCUREMENT);
        assertThat(editor.type.getValue()).isEqualTo(BulletinType.SOE_PROCUREMENT);
        editor.periodKind.setValue(Period.Kind.QUARTER);
        editor.year.setValue(LocalDate.now(clock).getYear() - 1);
        editor.quarter.setValue(4);
        LocatorJ._click(editor.generate);
        finishJob(editor.progress);
        var row = editor.grid.getSelectedItems().iterator().next();
        assertThat(row.type()).isEqualTo(BulletinType.SOE_PROCUREMENT);
        assertThat(row.generatedBy()).isEqualTo("sasac");
        assertThat(PdfText.of(editor.downloads.download(BulletinFormat.PDF).content()))
                .contains("国有企业消费扶贫采购情况通报");
        LocatorJ._click(editor.publish);
        assertThat(editor.message.getText()).startsWith("已发布");
    }

    @Test
    void a_leader_may_not_open_the_editor_and_a_department_member_neither_page() {
        login("leader");
        assertThatThrownBy(() -> UI.getCurrent().navigate("bulletins/editor"))
                .isInstanceOf(MockAccessDeniedException.class);
        login("finance");
        assertThatThrownBy(() -> UI.getCurrent().navigate("bulletins"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("bulletins/editor"))
                .isInstanceOf(MockAccessDeniedException.class);
        login("education");
        assertThatThrownBy(() -> UI.getCurrent().navigate("bulletins/editor"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
