package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.metrics.Indicator;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

/** 全省总览: the province's headline figures and every task force's, each leading into its dashboard. */
class OverviewViewTest extends DashboardTestBase {

    @Test
    void a_leader_sees_the_provinces_headlines_and_every_task_forces_figures() {
        var view = open("leader", OverviewView.class);
        var filter = view.filter();

        assertThat(view.getPageTitle()).isEqualTo("全省消费扶贫工作总览");
        assertThat(view.kpis.tiles).extracting(t -> t.indicator).containsExactly(Indicator.POVERTY_PURCHASE_AMOUNT,
                Indicator.POVERTY_SALES_AMOUNT, Indicator.POVERTY_CERTIFIED_PRODUCTS,
                Indicator.POVERTY_POOR_PEOPLE_DRIVEN, Indicator.FINANCE_COMPLETION_RATE,
                Indicator.EDUCATION_PARTICIPATING_SCHOOLS);
        for (var tile : view.kpis.tiles) {
            assertThat(tile.value()).isEqualTo(indicators.value(tile.indicator, filter));
        }
        assertThat(view.departments).extracting(c -> c.department).containsExactlyElementsOf(
                Dashboards.BY_DEPARTMENT.keySet());
        for (var department : view.departments) {
            assertThat(department.tiles).extracting(t -> t.indicator)
                    .containsExactlyElementsOf(OverviewView.HEADLINES.get(department.department));
            for (var tile : department.tiles) {
                assertThat(tile.value()).isEqualTo(indicators.value(tile.indicator, filter));
            }
        }
        var finance = view.departments.get(2);
        assertThat(finance.getElement().getTextRecursively()).contains("省财政厅", "预留份额完成率");
        assertThat(view.map.rows).isNotEmpty();
    }

    @Test
    void a_task_forces_card_leads_into_its_dashboard() {
        var view = open("leader", OverviewView.class);
        var sasac = view.departments.stream().filter(d -> d.department.equals("SASAC")).findFirst().orElseThrow();
        _click(sasac.open);
        assertThat(LocatorJ._get(SasacDashboardView.class).kpis.tiles).isNotEmpty();
        assertThat(currentPath()).isEqualTo("dashboard/sasac");
        LocatorJ._assertNone(OverviewView.class);
    }

    @Test
    void the_overviews_period_applies_to_every_task_forces_figures() {
        var view = open("leader", OverviewView.class);
        view.filters.kind.setValue(cn.gov.hlj.consumptionaid.shared.time.Period.Kind.QUARTER);
        var filter = view.filter();
        assertThat(filter.period().kind()).isEqualTo(cn.gov.hlj.consumptionaid.shared.time.Period.Kind.QUARTER);
        for (var department : view.departments) {
            for (var tile : department.tiles) {
                assertThat(tile.value()).isEqualTo(indicators.value(tile.indicator, filter));
            }
        }
    }
}
