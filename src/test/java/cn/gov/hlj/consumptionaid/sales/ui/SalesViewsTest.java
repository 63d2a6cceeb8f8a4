package cn.gov.hlj.consumptionaid.sales.ui;

import cn.gov.hlj.consumptionaid.sales.OutletKind;
import cn.gov.hlj.consumptionaid.sales.OutletRow;
import cn.gov.hlj.consumptionaid.sales.SaleRow;
import cn.gov.hlj.consumptionaid.sales.SalesTestData;
import cn.gov.hlj.consumptionaid.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SalesViewsTest extends KaribuTest {

    private static final String HEADER = "渠道,流水号,销售日期,产品名称,品类,地区代码,购买方类型,购买方省份,数量,单位,金额（元）\n";

    @Autowired
    JdbcTemplate jdbc;

    private SalesImportView openImport(String user) {
        login(user);
        UI.getCurrent().navigate("data/import/sales");
        return LocatorJ._get(SalesImportView.class);
    }

    @Test
    void commerce_previews_commits_and_opens_the_rows_of_its_batch() {
        var view = openImport("commerce");
        var no = SalesTestData.unique("UI-ZG-");
        var file = (HEADER + "专柜," + no + "-1,2025-03-01,延寿大米,大米,230129,个人,,2,袋,136\n"
                + "专馆," + no + "-2,2025-03-02,方正黑木耳,食用菌,230124,企业,广东省,10,袋,580\n")
                .getBytes(Charset.forName("GBK"));

        view.panel.receive("专柜销售.csv", file);
        finishJob(view.panel.progress);
        assertThat(view.panel.summary.getText())
                .startsWith("文件“专柜销售.csv”共 2 行：将新增 2 条，已存在跳过 0 条，发现问题 0 处");
        assertThat(view.panel.commit.isEnabled()).isTrue();
        assertThat(view.panel.problems.isVisible()).isFalse();

        LocatorJ._click(view.panel.commit);
        finishJob(view.panel.progress);
        assertThat(view.panel.summary.getText()).startsWith("导入完成（批次 #").contains("新增 2 条");
        assertThat(view.panel.commit.isEnabled()).isFalse();
        var batch = jdbc.queryForObject("SELECT import_batch_id FROM sale WHERE record_no = ?", Long.class,
                no + "-1");
        assertThat(view.panel.shownAfterCommit()).get().isInstanceOfSatisfying(RouterLink.class, link -> {
            assertThat(link.getText()).isEqualTo("查看批次 #" + batch + " 的数据");
            assertThat(link.getHref()).isEqualTo("data/sales?batch=" + batch);
        });

        view.panel.receive("专柜销售.csv", file);
        finishJob(view.panel.progress);
        assertThat(view.panel.shownAfterCommit()).isEmpty();
        assertThat(view.panel.summary.getText()).contains("由 commerce 导入").contains("#" + batch);
        assertThat(view.panel.commit.isEnabled()).isFalse();

        UI.getCurrent().navigate("data/sales", QueryParameters.simple(Map.of("batch", String.valueOf(batch))));
        var list = LocatorJ._get(SalesView.class);
        assertThat(list.batch.getValue()).isEqualTo(batch.intValue());
        assertThat(GridKt._size(list.grid)).isEqualTo(2);
        assertThat(GridKt._fetch(list.grid, 0, 10)).extracting(SaleRow::recordNo)
                .containsExactly(no + "-2", no + "-1");
        assertThat(list.total.getText()).isEqualTo("共 2 条记录，销售额合计 0.07 万元");
        assertThat(list.batchInfo.isVisible()).isTrue();
        assertThat(list.batchInfo.getText()).contains("专柜销售.csv").contains("新增 2 条");
    }

    @Test
    void preview_and_commit_run_as_jobs_with_a_progress_bar_and_the_result_lands_when_they_end() {
        var view = openImport("commerce");
        assertThat(view.panel.progress.isVisible()).isFalse();
        var no = SalesTestData.unique("UI-JOB-");
        var file = (HEADER + "专柜," + no + "-1,2025-04-01,延寿大米,大米,230129,个人,,1,袋,68\n")
                .getBytes(Charset.forName("GBK"));

        view.panel.receive("作业.csv", file);
        assertThat(view.panel.progress.isVisible()).isTrue();
        assertThat(view.panel.progress.step.getText()).isEqualTo("正在读取并检查文件……");
        assertThat(view.panel.progress.cancel.isEnabled()).isTrue();
        assertThat(view.panel.commit.isEnabled()).isFalse();
        assertThat(view.panel.summary.getText()).isEmpty();

        finishJob(view.panel.progress);
        assertThat(view.panel.progress.isVisible()).isFalse();
        assertThat(view.panel.summary.getText()).startsWith("文件“作业.csv”共 1 行：将新增 1 条");
        assertThat(view.panel.commit.isEnabled()).isTrue();

        LocatorJ._click(view.panel.commit);
        assertThat(view.panel.progress.isVisible()).isTrue();
        assertThat(view.panel.progress.step.getText()).isEqualTo("正在导入……");
        assertThat(view.panel.commit.isEnabled()).isFalse();

        finishJob(view.panel.progress);
        assertThat(view.panel.progress.isVisible()).isFalse();
        assertThat(view.panel.summary.getText()).startsWith("导入完成（批次 #").contains("新增 1 条，已存在跳过 0 条");
        assertThat(view.panel.shownAfterCommit()).isPresent();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sale WHERE record_no = ?", Long.class, no + "-1"))
                .isEqualTo(1L);
    }

    @Test
    void bad_rows_are_listed_with_their_reasons_and_nothing_can_be_committed() {
        var view = openImport("commerce");
        var no = SalesTestData.unique("UI-BAD-");
        view.panel.receive("有问题.csv", (HEADER + "专柜," + no + ",2025-03-01,大米,大米,123456,个人,,1,袋,50\n")
                .getBytes(Charset.forName("GBK")));
        finishJob(view.panel.progress);
        assertThat(view.panel.commit.isEnabled()).isFalse();
        assertThat(view.panel.problemReport.isVisible()).isTrue();
        var problem = GridKt._get(view.panel.problems, 0);
        assertThat(problem.row()).isEqualTo(2);
        assertThat(view.getTranslation(problem.messageKey())).startsWith("未知的地区");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sale WHERE record_no = ?", Long.class, no)).isZero();
    }

    @Test
    void the_list_filters_by_channel_and_a_department_sees_only_its_lens() {
        var prefix = SalesTestData.unique("UI-LENS-");
        var day = LocalDate.of(2025, 7, 1);
        SalesTestData.storeSale(jdbc, "JD", prefix + "-1", day, "230129", "110000", new BigDecimal("10.00"));
        SalesTestData.storeSale(jdbc, "PLATFORM_832", prefix + "-2", day, "230129", "230000", new BigDecimal("20.00"));
        SalesTestData.storeSale(jdbc, "CONSUMPTION_AID_ZONE", prefix + "-3", day, "230129", null,
                new BigDecimal("30.00"));

        login("cyberspace");
        UI.getCurrent().navigate("data/sales");
        var list = LocatorJ._get(SalesView.class);
        list.search.setValue(prefix);
        assertThat(GridKt._fetch(list.grid, 0, 10)).extracting(SaleRow::channelCode)
                .containsExactlyInAnyOrder("JD", "PLATFORM_832");
        list.channel.setValue(list.channel.getListDataView().getItems()
                .filter(c -> c.code().equals("JD")).findFirst().orElseThrow());
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        assertThat(list.total.getText()).isEqualTo("共 1 条记录，销售额合计 0.00 万元");

        login("leader");
        UI.getCurrent().navigate("data/sales");
        var all = LocatorJ._get(SalesView.class);
        all.search.setValue(prefix);
        assertThat(GridKt._size(all.grid)).isEqualTo(3);
    }

    @Test
    void departments_without_sales_reviewers_and_leaders_are_refused_where_they_have_no_business() {
        login("finance");
        assertThatThrownBy(() -> UI.getCurrent().navigate("data/sales")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("data/import/sales"))
                .isInstanceOf(MockAccessDeniedException.class);
        login("harbin-reviewer");
        assertThatThrownBy(() -> UI.getCurrent().navigate("data/sales")).isInstanceOf(MockAccessDeniedException.class);
        login("leader");
        assertThatThrownBy(() -> UI.getCurrent().navigate("data/import/sales"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void commerce_records_an_outlet_through_the_form_and_other_departments_are_refused() {
        var rice = SalesTestData.catalogProduct(jdbc, "230129", "延寿大米", "RICE");
        login("commerce");
        UI.getCurrent().navigate("commerce/outlets");
        var view = LocatorJ._get(OutletsView.class);
        assertThat(view.add.isVisible()).isTrue();
        var name = SalesTestData.unique("物美消费扶贫专区");

        LocatorJ._click(view.add);
        var dialog = view.dialog;
        dialog.kind.setValue(OutletKind.ZONE);
        dialog.name.setValue(name);
        dialog.address.setValue("哈尔滨市道里区中央大街 100 号");
        dialog.region.setValue(dialog.region.getListDataView().getItems()
                .filter(r -> r.code().equals("230100")).findFirst().orElseThrow());
        dialog.operator.setValue("物美");
        dialog.openedOn.setValue(LocalDate.of(2024, 9, 1));
        dialog.products.setValue(java.util.Set.of(new cn.gov.hlj.consumptionaid.sales.CatalogProduct(rice.id(),
                rice.catalogNumber(), rice.productName(), rice.categoryCode(), rice.countyCode(), rice.producerId(),
                rice.producerName(), true)));
        LocatorJ._click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();

        view.search.setValue(name);
        assertThat(GridKt._fetch(view.grid, 0, 10)).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(OutletKind.ZONE);
            assertThat(row.productIds()).containsExactly(rice.id());
        });

        view.openForm(GridKt._get(view.grid, 0));
        view.dialog.name.setValue("");
        LocatorJ._click(view.dialog.save);
        assertThat(view.dialog.isOpened()).as("a refused form stays open").isTrue();
        assertThat(GridKt._fetch(view.grid, 0, 10)).extracting(OutletRow::name).containsExactly(name);

        login("cyberspace");
        assertThatThrownBy(() -> UI.getCurrent().navigate("commerce/outlets"))
                .isInstanceOf(MockAccessDeniedException.class);

        login("leader");
        UI.getCurrent().navigate("commerce/outlets");
        var read = LocatorJ._get(OutletsView.class);
        assertThat(read.add.isVisible()).isFalse();
        assertThat(read.edit.isVisible()).isFalse();
        read.search.setValue(name);
        assertThat(GridKt._size(read.grid)).isEqualTo(1);
    }

    @Test
    void commerce_records_an_exhibition_and_a_deal_and_other_departments_are_refused() {
        login("commerce");
        UI.getCurrent().navigate("commerce/exhibitions");
        var view = LocatorJ._get(ExhibitionsView.class);
        var name = SalesTestData.unique("2025绿博会");

        LocatorJ._click(view.add);
        var form = view.exhibitionDialog;
        form.channel.setValue(form.channel.getListDataView().getItems()
                .filter(c -> c.code().equals("GREEN_FOOD_EXPO")).findFirst().orElseThrow());
        form.name.setValue(name);
        form.startsOn.setValue(LocalDate.of(2025, 8, 26));
        form.endsOn.setValue(LocalDate.of(2025, 8, 29));
        form.place.setValue("哈尔滨国际会展体育中心");
        form.organizer.setValue("黑龙江省农业农村厅");
        LocatorJ._click(form.save);
        assertThat(form.isOpened()).isFalse();
        assertThat(view.dealsTitle.getText()).isEqualTo("签约项目：" + name);

        LocatorJ._click(view.addDeal);
        var deal = view.dealDialog;
        deal.project.setValue("寒地黑木耳进京项目");
        deal.supplierName.setValue("东宁市某木耳合作社");
        deal.buyer.setValue("北京新发地农副产品批发市场");
        deal.amount.setValue(new BigDecimal("2800000"));
        deal.signedOn.setValue(LocalDate.of(2025, 8, 27));
        LocatorJ._click(deal.save);
        assertThat(deal.isOpened()).isFalse();
        assertThat(GridKt._size(view.deals)).isEqualTo(1);
        view.search.setValue(name);
        assertThat(GridKt._get(view.grid, 0).dealAmount()).isEqualByComparingTo("2800000");

        login("cyberspace");
        assertThatThrownBy(() -> UI.getCurrent().navigate("commerce/exhibitions"))
                .isInstanceOf(MockAccessDeniedException.class);

        login("poverty-office");
        UI.getCurrent().navigate("commerce/exhibitions");
        var read = LocatorJ._get(ExhibitionsView.class);
        assertThat(read.add.isVisible()).isFalse();
        assertThat(read.addDeal.isVisible()).isFalse();
        read.search.setValue(name);
        read.select(GridKt._get(read.grid, 0));
        assertThat(GridKt._size(read.deals)).isEqualTo(1);
    }
}
