package cn.gov.hlj.consumptionaid.purchasing.ui;

import cn.gov.hlj.consumptionaid.purchasing.PurchaserRow;
import cn.gov.hlj.consumptionaid.purchasing.PurchaserType;
import cn.gov.hlj.consumptionaid.purchasing.domain.PurchaserRepository;
import cn.gov.hlj.consumptionaid.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PurchaserViewsTest extends KaribuTest {

    private static final String HEADER = "单位编码,单位名称,采购人类型,单位性质,学校类型,级次,主管部门,所在地区,食堂情况\n";

    @Autowired
    PurchaserRepository repository;

    private PurchaserImportView openImport(String user) {
        login(user);
        UI.getCurrent().navigate("data/import/purchasers");
        return LocatorJ._get(PurchaserImportView.class);
    }

    @Test
    void a_task_force_member_previews_then_commits_a_gbk_csv_and_the_second_try_adds_nothing() {
        var view = openImport("education");
        var file = (HEADER + "UI-E-001,巴彦县第一中学,预算单位,学校,中小学,县级,省教育厅,230126,有\n"
                + "UI-E-002,巴彦县职业技术学校,预算单位,学校,中职,县级,省教育厅,巴彦县,外包\n")
                .getBytes(Charset.forName("GBK"));

        view.panel.receive("学校名单.csv", file);
        finishJob(view.panel.progress);
        assertThat(view.panel.summary.getText()).startsWith("文件“学校名单.csv”共 2 行：将新增 2 个，已存在跳过 0 个，发现问题 0 处");
        assertThat(view.panel.commit.isEnabled()).isTrue();
        assertThat(view.panel.problems.isVisible()).isFalse();
        assertThat(repository.findByCode("UI-E-001")).isEmpty();

        LocatorJ._click(view.panel.commit);
        finishJob(view.panel.progress);
        assertThat(view.panel.summary.getText()).contains("新增 2 个");
        assertThat(repository.findByCode("UI-E-002").orElseThrow().toRow().name()).isEqualTo("巴彦县职业技术学校");
        assertThat(view.panel.commit.isEnabled()).isFalse();

        view.panel.receive("学校名单.csv", file);
        finishJob(view.panel.progress);
        assertThat(view.panel.summary.getText()).contains("已于").contains("由 education 导入");
        assertThat(view.panel.commit.isEnabled()).isFalse();
    }

    @Test
    void bad_rows_are_listed_with_their_reasons_and_nothing_can_be_committed() {
        var view = openImport("finance");
        var file = (HEADER + "UI-F-001,好单位,预算单位,机关,,省级,省财政厅,230000,有\n"
                + "UI-F-002,坏地区,预算单位,机关,,省级,省财政厅,123456,有\n").getBytes(StandardCharsets.UTF_8);

        view.panel.receive("有问题.csv", file);
        finishJob(view.panel.progress);
        assertThat(view.panel.commit.isEnabled()).isFalse();
        assertThat(view.panel.problems.isVisible()).isTrue();
        assertThat(view.panel.problemReport.isVisible()).isTrue();
        assertThat(GridKt._size(view.panel.problems)).isEqualTo(1);
        var problem = GridKt._get(view.panel.problems, 0);
        assertThat(problem.row()).isEqualTo(3);
        assertThat(problem.value()).isEqualTo("123456");
        assertThat(view.getTranslation(problem.messageKey())).startsWith("未知的地区");
        assertThat(repository.findByCode("UI-F-001")).isEmpty();
    }

    @Test
    void an_old_xls_is_refused_with_a_clear_message() {
        var view = openImport("finance");
        view.panel.receive("旧格式.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3, 4});
        finishJob(view.panel.progress);
        assertThat(view.panel.summary.getText()).startsWith("不支持旧版 Excel（.xls）文件");
        assertThat(view.panel.commit.isEnabled()).isFalse();
    }

    @Test
    void the_list_shows_a_department_only_its_own_purchasers() {
        var view = openImport("sasac");
        view.panel.receive("国企.csv", (HEADER + "UI-S-001,北大荒集团,国有企业,,,,省国资委,230000,有\n")
                .getBytes(StandardCharsets.UTF_8));
        finishJob(view.panel.progress);
        LocatorJ._click(view.panel.commit);
        finishJob(view.panel.progress);

        UI.getCurrent().navigate("data/purchasers");
        var list = LocatorJ._get(PurchasersView.class);
        list.search.setValue("UI-");
        assertThat(GridKt._fetch(list.grid, 0, 100)).extracting(PurchaserRow::type).containsOnly(PurchaserType.SOE);
        assertThat(GridKt._fetch(list.grid, 0, 100)).extracting(PurchaserRow::code).contains("UI-S-001");
    }

    @Test
    void leaders_read_the_list_but_reviewers_are_refused_and_leaders_cannot_import() {
        login("leader");
        UI.getCurrent().navigate("data/purchasers");
        LocatorJ._assertOne(PurchasersView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("data/import/purchasers"))
                .isInstanceOf(MockAccessDeniedException.class);
        login("harbin-reviewer");
        assertThatThrownBy(() -> UI.getCurrent().navigate("data/purchasers"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void finance_imports_reserved_shares_through_the_same_two_steps_and_lists_them_by_year() {
        var view = openImport("finance");
        view.panel.receive("单位.csv", (HEADER + "UI-SHARE-001,省农业农村厅机关,预算单位,机关,,省级,省农业农村厅,230000,有\n")
                .getBytes(StandardCharsets.UTF_8));
        finishJob(view.panel.progress);
        LocatorJ._click(view.panel.commit);
        finishJob(view.panel.progress);

        UI.getCurrent().navigate("data/import/reserved-shares");
        var shares = LocatorJ._get(ReservedShareImportView.class);
        shares.panel.receive("预留份额.csv", ("单位编码,年度,食堂情况,食堂食材采购预算（元）,预留比例（%）,预留金额（元）\n"
                + "UI-SHARE-001,2025,有,800000,10,80000\n").getBytes(StandardCharsets.UTF_8));
        finishJob(shares.panel.progress);
        assertThat(shares.panel.commit.isEnabled()).isTrue();
        LocatorJ._click(shares.panel.commit);
        finishJob(shares.panel.progress);
        assertThat(shares.panel.summary.getText()).contains("新增 1 个");

        UI.getCurrent().navigate("data/reserved-shares");
        var list = LocatorJ._get(ReservedSharesView.class);
        list.year.setValue(2025);
        list.search.setValue("UI-SHARE-");
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        assertThat(GridKt._get(list.grid, 0).reservedAmount()).isEqualByComparingTo("80000");
    }
}
