package cn.gov.hlj.consumptionaid.catalog.ui;

import cn.gov.hlj.consumptionaid.catalog.CatalogTestData;
import cn.gov.hlj.consumptionaid.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogImportViewTest extends KaribuTest {

    @Test
    void the_province_previews_a_list_and_imports_it() throws IOException {
        login("province-reviewer");
        UI.getCurrent().navigate("catalog/import");
        var view = LocatorJ._get(CatalogImportView.class);
        var tag = CatalogTestData.unique("UI");
        var file = CatalogTestData.catalogListXlsx(List.of(CatalogTestData.catalogListRow(tag + "-1",
                CatalogTestData.creditCode("230129"), CatalogTestData.unique("导入页合作社"), tag + "大米")));

        view.load("目录.xlsx", file);
        finishJob(view.progress);
        assertThat(view.summary.getText()).isEqualTo("共 1 行：新增 1 条，已在目录中 0 条（将跳过），问题 0 个。有问题时不能导入。");
        assertThat(view.commit.isEnabled()).isTrue();
        view.commit.click();
        finishJob(view.progress);
        expectNotifications("已办理。");
        assertThat(view.summary.getText()).isEqualTo("已导入：共 1 行，新增 1 条，已在目录中 0 条（已跳过）。");
        assertThat(view.commit.isEnabled()).isFalse();

        view.load("目录.xlsx", file);
        finishJob(view.progress);
        assertThat(view.summary.getText()).startsWith("共 1 行：新增 0 条，已在目录中 1 条");
        assertThat(view.commit.isEnabled()).isFalse();
    }

    @Test
    void problems_are_listed_by_row_and_column() throws IOException {
        login("province-reviewer");
        UI.getCurrent().navigate("catalog/import");
        var view = LocatorJ._get(CatalogImportView.class);
        var tag = CatalogTestData.unique("UI");
        view.load("目录.xlsx", CatalogTestData.catalogListXlsx(List.of(CatalogTestData.catalogListRow(tag + "-1",
                "9123", "合作社", tag + "大米"))));
        finishJob(view.progress);
        assertThat(GridKt._size(view.problems)).isOne();
        assertThat(GridKt._getFormattedRow(view.problems, 0)).containsExactly("2", "统一社会信用代码",
                "统一社会信用代码“9123”应为 18 位，实际为 4 位。");
        assertThat(view.commit.isEnabled()).isFalse();
    }

    @Test
    void a_county_reviewer_cannot_open_the_import() {
        login("yanshou-reviewer");
        assertThatThrownBy(() -> UI.getCurrent().navigate("catalog/import"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
