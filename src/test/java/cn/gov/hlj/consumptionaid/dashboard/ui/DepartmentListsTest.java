package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorSourceRow;
import cn.gov.hlj.consumptionaid.metrics.SourceKind;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists behind the indicators added for DESIGN.md §1's dashboard focus: the 示范单位 candidates on the poverty
 * office's dashboard (budget units that completed their reserved share, largest purchases first) and the counters,
 * zones and halls in Guangdong on development and reform's — each as many rows as its KPI counts, within the user's
 * region, and exportable to Excel; the new KPIs appear for their department only.
 */
class DepartmentListsTest extends DashboardTestBase {

    private static List<IndicatorSourceRow> rows(SourceListCard card) {
        var rows = new ArrayList<IndicatorSourceRow>();
        for (int i = 0; i < GridKt._size(card.grid); i++) {
            rows.add(GridKt._get(card.grid, i));
        }
        return rows;
    }

    @Test
    void the_poverty_office_lists_the_model_unit_candidates_by_purchase_amount_as_many_as_its_kpi_counts()
            throws IOException {
        var view = open("poverty-office", PovertyOfficeDashboardView.class);
        var filter = view.filter();
        var kpi = view.kpis.tile(Indicator.POVERTY_MODEL_UNIT_CANDIDATES).orElseThrow();
        long candidates = kpi.value().value().longValueExact();
        assertThat(candidates).isPositive();

        var list = view.modelUnits;
        assertThat(list).isNotNull();
        assertThat(list.count.getText()).isEqualTo("共 " + candidates + " 条");
        var rows = rows(list);
        assertThat(rows).hasSize((int) candidates).allMatch(r -> r.source() == SourceKind.PURCHASER);
        assertThat(rows).extracting(IndicatorSourceRow::amount)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // Each listed unit is a budget unit whose purchases of the year reach its counted share above zero.
        int year = filter.period().to().getYear();
        for (var row : rows) {
            var reserved = jdbc.queryForObject("SELECT s.reserved_amount FROM reserved_share s JOIN purchaser u"
                    + " ON u.id = s.purchaser_id WHERE u.code = ? AND s.share_year = ?"
                    + " AND s.status IN ('SUBMITTED', 'APPROVED') AND u.purchaser_type = 'BUDGET_UNIT'",
                    BigDecimal.class, row.reference(), year);
            assertThat(reserved).as(row.reference()).isPositive();
            assertThat(row.amount()).as(row.reference()).isGreaterThanOrEqualTo(reserved);
        }
        assertThat(view.panels).anyMatch(p -> p instanceof BreakdownCard card
                && card.series.getFirst() == Indicator.POVERTY_MODEL_UNIT_CANDIDATES);

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(list.export.toXlsx("list")))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("期间采购额（万元）");
            assertThat(sheet.getLastRowNum()).isEqualTo((int) candidates);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(rows.getFirst().reference());
        }
    }

    @Test
    void a_prefectures_poverty_office_sees_only_its_own_candidates() {
        var harbin = new AppUser("harbin-poverty", "哈尔滨市扶贫办专班", "POVERTY_OFFICE", "230100",
                Set.of(AppRoles.DEPARTMENT_MEMBER), null);
        var view = openAs(harbin, PovertyOfficeDashboardView.class);
        var kpi = view.kpis.tile(Indicator.POVERTY_MODEL_UNIT_CANDIDATES).orElseThrow();
        var rows = rows(view.modelUnits);
        assertThat(rows).hasSize(kpi.value().value().intValueExact())
                .allMatch(r -> r.regionCode().startsWith("2301"));
        long all = jdbc.queryForObject("SELECT COUNT(*) FROM purchaser WHERE purchaser_type = 'BUDGET_UNIT'",
                Long.class);
        assertThat((long) rows.size()).isLessThan(all);
    }

    @Test
    void development_and_reform_lists_the_outlets_open_in_guangdong_as_its_platforms_built() {
        var view = open("development-reform", DevelopmentReformDashboardView.class);
        var kpi = view.kpis.tile(Indicator.REFORM_PLATFORMS_BUILT).orElseThrow();
        assertThat(kpi.card.isComparing()).as("a stock: no previous period").isFalse();
        long platforms = kpi.value().value().longValueExact();
        long expected = jdbc.queryForObject("SELECT COUNT(*) FROM sales_outlet WHERE status = 'OPEN'"
                + " AND address LIKE '广东%'", Long.class);
        assertThat(platforms).isPositive().isEqualTo(expected);
        var rows = rows(view.platforms);
        assertThat(rows).hasSize((int) platforms).allMatch(r -> r.source() == SourceKind.OUTLET);
        for (var row : rows) {
            var address = jdbc.queryForObject("SELECT address FROM sales_outlet WHERE id = ?", String.class, row.id());
            assertThat(address).startsWith("广东");
        }
        assertThat(view.platforms.count.getText()).isEqualTo("共 " + platforms + " 条");
    }

    @Test
    void the_new_kpis_show_for_their_own_department_only() {
        var supply = open("supply-cooperative", SupplyCooperativeDashboardView.class);
        assertThat(supply.kpis.tile(Indicator.SUPPLY_LISTED_SUPPLIERS)).isPresent();
        assertThat(supply.kpis.tile(Indicator.SUPPLY_LISTED_SUPPLIERS).orElseThrow().value().value()).isPositive();
        var cyberspace = open("cyberspace", CyberspaceDashboardView.class);
        assertThat(cyberspace.kpis.tile(Indicator.CYBERSPACE_PRODUCTS_ONLINE).orElseThrow().value().value())
                .isPositive();
        // The commerce task force sees the online sales (shared) but not the products online.
        var commerce = open("commerce", CommerceDashboardView.class);
        assertThat(commerce.kpis.tile(Indicator.CYBERSPACE_ONLINE_SALES_AMOUNT)).isPresent();
        assertThat(commerce.kpis.tile(Indicator.CYBERSPACE_PRODUCTS_ONLINE)).isEmpty();
    }
}
