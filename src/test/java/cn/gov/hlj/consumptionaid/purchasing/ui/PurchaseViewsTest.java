package cn.gov.hlj.consumptionaid.purchasing.ui;

import cn.gov.hlj.consumptionaid.catalog.CatalogTestData;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntity;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntityRepository;
import cn.gov.hlj.consumptionaid.purchasing.AdministrativeLevel;
import cn.gov.hlj.consumptionaid.purchasing.BudgetUnitKind;
import cn.gov.hlj.consumptionaid.purchasing.CanteenSituation;
import cn.gov.hlj.consumptionaid.purchasing.PurchaseFiles;
import cn.gov.hlj.consumptionaid.purchasing.PurchaseImport;
import cn.gov.hlj.consumptionaid.purchasing.ImportType;
import cn.gov.hlj.consumptionaid.purchasing.PurchaseRow;
import cn.gov.hlj.consumptionaid.purchasing.PurchaserRow;
import cn.gov.hlj.consumptionaid.purchasing.PurchaserType;
import cn.gov.hlj.consumptionaid.purchasing.domain.Purchaser;
import cn.gov.hlj.consumptionaid.purchasing.domain.PurchaserRepository;
import cn.gov.hlj.consumptionaid.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PurchaseViewsTest extends KaribuTest {

    @Autowired
    PurchaserRepository purchasers;
    @Autowired
    MarketEntityRepository entities;
    @Autowired
    PurchaseImport imports;

    String prefix;
    long batchId;

    @BeforeEach
    void importOrders() {
        prefix = CatalogTestData.unique("PV").replaceAll("[^A-Za-z0-9]", "");
        purchasers.save(new Purchaser(new PurchaserRow(prefix + "-AG", prefix + "省直机关", PurchaserType.BUDGET_UNIT,
                BudgetUnitKind.AGENCY, null, AdministrativeLevel.PROVINCE, "FINANCE", null, "230000",
                CanteenSituation.OWN, null, null, null), null, null, null));
        var supplier = entities.save(new MarketEntity(CatalogTestData.entityForm(CatalogTestData.YANSHOU,
                CatalogTestData.unique("延寿县视图合作社")))).getCreditCode();
        login("finance");
        var file = PurchaseFiles.xlsx(PurchaseFiles.HEADERS_832, List.of(
                List.of(prefix + "-1", "2026-03-05", "采购单位", prefix + "-AG", "供应商", supplier, "延寿大米", "大米", 10,
                        1000, "已完成", "", ""),
                List.of(prefix + "-2", "2026-04-05", "采购单位", prefix + "-AG", "供应商", supplier, "延寿木耳", "食用菌",
                        5, 250.5, "待发货", "", "")));
        batchId = imports.commit("视图.xlsx", file).batch().id();
    }

    private PurchasesView open(String user, long batch) {
        login(user);
        UI.getCurrent().navigate("data/purchases", QueryParameters.of("batch", Long.toString(batch)));
        return LocatorJ._get(PurchasesView.class);
    }

    @Test
    void finance_lists_an_import_batch_with_its_totals_and_narrows_to_what_counts() {
        var view = open("finance", batchId);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(view.totals.getText()).isEqualTo("批次 #" + batchId
                + "：共 2 笔，金额 1,250.50 元，其中计入完成额（已验收已支付）1,000.00 元");
        PurchaseRow newest = GridKt._get(view.grid, 0);
        assertThat(newest.orderNo()).isEqualTo(prefix + "-2");
        assertThat(newest.sourceRow()).isEqualTo(3);

        view.countedOnly.setValue(true);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).orderNo()).isEqualTo(prefix + "-1");

        view.countedOnly.setValue(false);
        view.from.setValue(LocalDate.of(2026, 4, 1));
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(view.totals.getText()).contains("共 1 笔，金额 250.50 元");
    }

    @Test
    void the_list_exports_to_excel_with_the_source_of_every_row() throws Exception {
        var view = open("finance", batchId);
        var export = view.export.toXlsx("purchases");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("订单编号");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            var last = sheet.getRow(1).getLastCellNum() - 1;
            assertThat(sheet.getRow(1).getCell(last).getStringCellValue()).isEqualTo("批次 #" + batchId + " 第 3 行");
        }
    }

    @Test
    void education_sees_none_of_finance_agencies_orders() {
        var view = open("education", batchId);
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.totals.getText()).contains("共 0 笔");
    }

    @Test
    void the_batch_list_shows_who_imported_which_file_and_links_to_its_rows_within_the_department() {
        login("finance");
        UI.getCurrent().navigate(ImportBatchesView.class);
        var batches = LocatorJ._get(ImportBatchesView.class);
        batches.type.setValue(ImportType.PURCHASES);
        var rows = GridKt._findAll(batches.grid);
        assertThat(rows).filteredOn(r -> r.id() == batchId).singleElement().satisfies(row -> {
            assertThat(row.fileName()).isEqualTo("视图.xlsx");
            assertThat(row.importedBy()).isEqualTo("finance");
            assertThat(row.rowsCreated()).isEqualTo(2);
            assertThat(((RouterLink) batches.records(row)).getHref()).isEqualTo("data/purchases?batch=" + batchId);
        });

        login("education");
        UI.getCurrent().navigate(ImportBatchesView.class);
        assertThat(GridKt._findAll(LocatorJ._get(ImportBatchesView.class).grid))
                .noneMatch(r -> r.id() == batchId);
    }

    @Test
    void the_import_page_is_for_task_forces_only() {
        login("leader");
        assertThatThrownBy(() -> UI.getCurrent().navigate("data/import/purchases"))
                .isInstanceOf(MockAccessDeniedException.class);
        login("finance");
        UI.getCurrent().navigate("data/import/purchases");
        assertThat(LocatorJ._get(PurchaseImportView.class).panel).isNotNull();
    }
}
