package cn.gov.hlj.consumptionaid.catalog.ui;

import cn.gov.hlj.consumptionaid.catalog.CatalogEntryRow;
import cn.gov.hlj.consumptionaid.catalog.CatalogExpiry;
import cn.gov.hlj.consumptionaid.catalog.CatalogFixtures;
import cn.gov.hlj.consumptionaid.catalog.CatalogTestData;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplicationRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntityRepository;
import cn.gov.hlj.consumptionaid.support.KaribuTest;
import cn.gov.hlj.consumptionaid.support.MutableClock;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;

import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.LONGJIANG;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.YANSHOU;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogViewTest extends KaribuTest {

    @Autowired
    MarketEntityRepository entities;
    @Autowired
    CertificationApplicationRepository applications;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MutableClock clock;

    private CatalogFixtures fixtures;
    private String name;

    @BeforeEach
    void setUp() {
        clock.reset();
        fixtures = new CatalogFixtures(entities, applications, transaction);
        name = CatalogTestData.unique("目录页测试");
    }

    @Test
    void the_catalog_flags_expiring_products_and_exports_the_public_notice_fields() throws Exception {
        var today = LocalDate.now(clock);
        long expiring = fixtures.published(YANSHOU, name + "大米", today.minusYears(1).plusDays(30));
        fixtures.published(LONGJIANG, name + "小米", today.minusDays(5));

        login("province-reviewer");
        UI.getCurrent().navigate("catalog");
        var view = LocatorJ._get(CatalogView.class);
        view.text.setValue(name);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        view.expiry.setValue(CatalogExpiry.EXPIRING);
        assertThat(GridKt._size(view.grid)).isOne();
        CatalogEntryRow row = GridKt._get(view.grid, 0);
        assertThat(row.applicationId()).isEqualTo(expiring);
        assertThat(view.grid.getPartNameGenerator().apply(row)).isEqualTo("catalog-expiring");
        assertThat(GridKt._getFormattedRow(view.grid, 0))
                .contains("黑龙江省 哈尔滨市 延寿县", name + "大米", "大米", "126", "320.50", "延寿县扶贫办", "90 天内到期");

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(view.export.toXlsx("catalog")))) {
            var sheet = workbook.getSheetAt(0);
            var headers = new ArrayList<String>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).contains("省市县", "生产单位", "产品名称", "所属品类", "带贫人数", "商品价值量（万元）", "认定单位");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            var data = sheet.getRow(1);
            assertThat(data.getCell(headers.indexOf("省市县")).getStringCellValue()).isEqualTo("黑龙江省 哈尔滨市 延寿县");
            assertThat(data.getCell(headers.indexOf("带贫人数")).getNumericCellValue()).isEqualTo(126);
            assertThat(data.getCell(headers.indexOf("商品价值量（万元）")).getNumericCellValue()).isEqualTo(320.50);
            assertThat(data.getCell(headers.indexOf("认定单位")).getStringCellValue()).isEqualTo("延寿县扶贫办");
        }
    }

    @Test
    void a_county_reviewer_sees_only_their_countys_products() {
        fixtures.published(YANSHOU, name + "大米", LocalDate.now(clock).minusDays(5));
        fixtures.published(LONGJIANG, name + "小米", LocalDate.now(clock).minusDays(5));
        login("yanshou-reviewer");
        UI.getCurrent().navigate("catalog");
        var view = LocatorJ._get(CatalogView.class);
        view.text.setValue(name);
        assertThat(GridKt._size(view.grid)).isOne();
        CatalogEntryRow row = GridKt._get(view.grid, 0);
        assertThat(row.countyCode()).isEqualTo(YANSHOU);
    }
}
