package cn.gov.hlj.consumptionaid.metrics.ui;

import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorCatalogViewTest extends KaribuTest {

    private IndicatorCatalogView open(String user) {
        login(user);
        UI.getCurrent().navigate("metrics/indicators");
        return LocatorJ._get(IndicatorCatalogView.class);
    }

    @Test
    void lists_every_indicator_with_its_definition_unit_owner_and_dimensions() {
        var view = open("finance");
        assertThat(GridKt._size(view.grid)).isEqualTo(Indicator.values().length);
        assertThat(view.count.getText()).isEqualTo("共 " + Indicator.values().length + " 项指标");
        int rate = java.util.Arrays.asList(Indicator.values()).indexOf(Indicator.FINANCE_COMPLETION_RATE);
        var cells = GridKt._getFormattedRow(view.grid, rate);
        assertThat(cells).containsExactly("预留份额完成率", "finance.completion-rate", "%", "省财政厅", "期间累计",
                "市（地）、县（市、区）、主管部门、采购单位",
                view.getTranslation("metrics.indicator.finance.completion-rate.definition"));
        assertThat(GridKt._getFormattedRow(view.grid, 1)).contains("万元");
    }

    @Test
    void searching_and_choosing_a_department_narrow_the_list() {
        var view = open("leader");
        view.search.setValue("以购代捐");
        assertThat(view.shown()).containsExactly(Indicator.SASAC_PURCHASE_AMOUNT, Indicator.SASAC_DONATION_AMOUNT);
        view.search.clear();
        view.department.setValue(view.department.getListDataView().getItems()
                .filter(d -> d.code().equals("EDUCATION")).findFirst().orElseThrow());
        assertThat(view.shown()).hasSize(4).allMatch(i -> i.department().equals("EDUCATION"));
        assertThat(view.count.getText()).isEqualTo("共 4 项指标");
    }

    @Test
    void the_department_figures_of_design_section_1_are_listed_with_their_rules() {
        var view = open("leader");
        view.search.setValue("示范单位");
        assertThat(view.shown()).contains(Indicator.POVERTY_MODEL_UNIT_CANDIDATES);
        int row = view.shown().indexOf(Indicator.POVERTY_MODEL_UNIT_CANDIDATES);
        var cells = GridKt._getFormattedRow(view.grid, row);
        assertThat(cells.get(0)).isEqualTo("示范单位候选数");
        assertThat(cells.get(3)).isEqualTo("省扶贫办");
        assertThat(cells.getLast()).contains("完成率不低于100%", "从高到低");
        view.search.setValue("入驻");
        assertThat(view.shown()).containsExactly(Indicator.SUPPLY_LISTED_SUPPLIERS);
        view.search.setValue("products-online");
        assertThat(view.shown()).containsExactly(Indicator.CYBERSPACE_PRODUCTS_ONLINE);
        view.search.setValue("广东");
        assertThat(view.shown()).contains(Indicator.REFORM_PLATFORMS_BUILT);
        view.search.setValue("基地");
        assertThat(view.shown()).containsExactly(Indicator.AGRICULTURE_COOPERATIVES);
    }

    @Test
    void a_reviewer_may_read_the_definitions_too() {
        var view = open("yanshou-reviewer");
        assertThat(GridKt._size(view.grid)).isEqualTo(Indicator.values().length);
    }
}
