package cn.gov.hlj.consumptionaid.reference.ui;

import cn.gov.hlj.consumptionaid.reference.RegionLevel;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionsViewTest extends KaribuTest {

    private void openAsAdministrator() {
        login("admin");
        UI.getCurrent().navigate("admin/regions");
    }

    @SuppressWarnings("unchecked")
    private static Grid<RegionRow> grid() {
        return LocatorJ._get(Grid.class, spec -> spec.withId("regions-grid"));
    }

    private static List<RegionRow> rows() {
        var grid = grid();
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    @Test
    void an_administrator_sees_all_135_regions_of_the_province() {
        openAsAdministrator();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RegionsView.class);
        assertThat(LocatorJ._get(RegionsView.class).grid.getId()).hasValue("regions-grid");
        assertThat(GridKt._size(grid())).isEqualTo(135);
        assertThat(rows().getFirst().code()).isEqualTo("230000");
    }

    @Test
    void poverty_counties_only_leaves_the_28_poverty_counties() {
        openAsAdministrator();
        LocatorJ._get(Checkbox.class, spec -> spec.withId("region-filter-poverty-only")).setValue(true);
        assertThat(GridKt._size(grid())).isEqualTo(28);
        assertThat(rows()).allMatch(RegionRow::povertyCounty);
    }

    @Test
    @SuppressWarnings("unchecked")
    void harbin_with_poverty_counties_only_leaves_bayan_mulan_and_yanshou() {
        openAsAdministrator();
        ComboBox<RegionRow> prefecture = LocatorJ._get(ComboBox.class, spec -> spec.withId("region-filter-prefecture"));
        var harbin = prefecture.getListDataView().getItems()
                .filter(r -> r.nameZh().equals("哈尔滨市")).findFirst().orElseThrow();
        prefecture.setValue(harbin);
        LocatorJ._get(Checkbox.class, spec -> spec.withId("region-filter-poverty-only")).setValue(true);
        assertThat(rows()).extracting(RegionRow::nameZh).containsExactly("巴彦县", "木兰县", "延寿县");
        assertThat(rows()).extracting(RegionRow::parentCode).containsOnly("230100");
    }

    @Test
    void searching_for_yanshou_finds_county_230129() {
        openAsAdministrator();
        LocatorJ._get(TextField.class, spec -> spec.withId("region-filter-text")).setValue("延寿");
        assertThat(rows()).extracting(RegionRow::code).containsExactly("230129");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_county_level_lists_the_121_counties() {
        openAsAdministrator();
        Select<RegionLevel> level = LocatorJ._get(Select.class, spec -> spec.withId("region-filter-level"));
        level.setValue(RegionLevel.COUNTY);
        assertThat(GridKt._size(grid())).isEqualTo(121);
        assertThat(rows()).extracting(RegionRow::level).containsOnly(RegionLevel.COUNTY);
    }

    @Test
    void a_leader_is_refused_the_regions_page() {
        login("leader");
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/regions"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
