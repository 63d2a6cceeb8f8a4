package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorUnit;
import cn.gov.hlj.consumptionaid.shared.time.Period;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each task force's dashboard, for its own member: the KPIs of its department appear with the figures the indicator
 * service returns for the same filter (this year, the whole province), each with the change against last year, and
 * every card drawn from the service's breakdowns and trends.
 */
class DepartmentDashboardsTest extends DashboardTestBase {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "poverty-office, POVERTY_OFFICE, POVERTY_CERTIFIED_PRODUCTS POVERTY_NEWLY_CERTIFIED POVERTY_CATALOG_EXPIRING POVERTY_POOR_PEOPLE_DRIVEN POVERTY_SALES_AMOUNT POVERTY_PURCHASE_AMOUNT POVERTY_COMPLAINTS_OPEN POVERTY_BLACKLISTED_ENTITIES POVERTY_MODEL_UNIT_CANDIDATES",
            "cyberspace, CYBERSPACE, CYBERSPACE_ONLINE_SALES_AMOUNT CYBERSPACE_ONLINE_SALES_RECORDS CYBERSPACE_PRODUCTS_ONLINE",
            "finance, FINANCE, FINANCE_BUDGET_UNITS FINANCE_RESERVED_AMOUNT FINANCE_COMPLETED_AMOUNT FINANCE_COMPLETION_RATE FINANCE_UNITS_RESERVING_NOTHING FINANCE_UNITS_BELOW_RATE",
            "education, EDUCATION, EDUCATION_SCHOOLS EDUCATION_PARTICIPATING_SCHOOLS EDUCATION_PARTICIPATION_RATE EDUCATION_PURCHASE_AMOUNT",
            "agriculture, AGRICULTURE, AGRICULTURE_MARKET_ENTITIES AGRICULTURE_LEADING_ENTERPRISES AGRICULTURE_COOPERATIVES POVERTY_CERTIFIED_PRODUCTS POVERTY_NEWLY_CERTIFIED AGRICULTURE_WITHDRAWALS AGRICULTURE_QUALITY_WITHDRAWALS",
            "commerce, COMMERCE, COMMERCE_OFFLINE_SALES_AMOUNT COMMERCE_OUTLETS_OPEN COMMERCE_EXHIBITION_SALES_AMOUNT COMMERCE_EXHIBITION_DEALS_AMOUNT CYBERSPACE_ONLINE_SALES_AMOUNT CYBERSPACE_ONLINE_SALES_RECORDS",
            "sasac, SASAC, SASAC_SOES SASAC_PARTICIPATING_SOES SASAC_PARTICIPATION_RATE SASAC_PURCHASE_AMOUNT SASAC_DONATION_AMOUNT SASAC_CONSIGNMENT_AMOUNT",
            "development-reform, DEVELOPMENT_REFORM, REFORM_GUANGDONG_SALES_AMOUNT REFORM_GD_HALL_SALES_AMOUNT REFORM_PLATFORMS_BUILT",
            "supply-cooperative, SUPPLY_COOPERATIVE, SUPPLY_PLATFORM_TURNOVER SUPPLY_PLATFORM_ORDERS SUPPLY_PLATFORM_SALES_AMOUNT SUPPLY_ACTIVE_SUPPLIERS SUPPLY_LISTED_SUPPLIERS",
            "commerce-federation, COMMERCE_FEDERATION, FEDERATION_ENTERPRISES FEDERATION_PARTICIPATING_ENTERPRISES FEDERATION_PARTICIPATION_RATE FEDERATION_PURCHASE_AMOUNT FEDERATION_CONSIGNMENT_AMOUNT"})
    void a_task_force_member_sees_their_departments_figures_as_the_indicator_service_returns_them(
            String username, String department, String kpis) {
        var view = open(username, Dashboards.BY_DEPARTMENT.get(department));
        var expected = Arrays.stream(kpis.split(" ")).map(Indicator::valueOf).toList();

        var today = LocalDate.now(clock);
        var filter = view.filter();
        assertThat(filter.period()).as("this year").isEqualTo(Period.year(today.getYear()));
        assertThat(filter.regionCode()).as("the whole province").isNull();
        assertThat(view.kpis.tiles).extracting(t -> t.indicator).containsExactlyElementsOf(expected);
        for (var tile : view.kpis.tiles) {
            var value = indicators.value(tile.indicator, filter);
            assertThat(tile.value()).as(tile.indicator.code()).isEqualTo(value);
            assertThat(tile.card.getValueText()).as(tile.indicator.code()).isEqualTo(shown(value.value(),
                    tile.indicator.unit() == IndicatorUnit.YUAN, Display.fractionDigits(tile.indicator)));
            assertThat(tile.card.getTitle()).isEqualTo(view.getTranslation(tile.indicator.nameKey()));
            assertThat(tile.card.isComparing()).isEqualTo(tile.indicator.periodic());
        }
        assertThat(view.kpis.tiles.stream().mapToDouble(t -> t.value().value().doubleValue()).sum())
                .as("generated data shows on the dashboard").isPositive();

        // Every card holds the figures of the service, and the map is shaded by its main indicator.
        assertThat(view.map).isNotNull();
        assertThat(view.map.chart.getOption()).contains("\"map\":\"heilongjiang\"");
        for (var panel : view.panels) {
            if (panel instanceof BreakdownCard card) {
                var rows = indicators.breakdown(card.series.getFirst(), card.dimension, filter, card.limit);
                assertThat(card.rows).extracting(ChartRow::key).containsExactlyElementsOf(
                        rows.stream().map(r -> r.key()).toList());
                assertThat(card.rows).extracting(r -> r.value(0)).containsExactlyElementsOf(rows.stream()
                        .map(r -> Display.shown(card.series.getFirst(), r.value())).toList());
            } else if (panel instanceof TrendCard card) {
                var points = indicators.trend(card.series.getFirst(), filter).stream()
                        .filter(p -> !p.month().isAfter(java.time.YearMonth.from(today))).toList();
                assertThat(card.rows).hasSize(points.size());
                assertThat(card.rows).extracting(r -> r.value(0)).containsExactlyElementsOf(points.stream()
                        .map(p -> Display.shown(card.series.getFirst(), p.value())).toList());
            }
        }
        assertThat(view.panels).hasSizeGreaterThanOrEqualTo(6);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(view.getPageTitle());
        assertThat(LocatorJ._find(DepartmentDashboardView.class)).hasSize(1);
    }
}
