package cn.gov.hlj.consumptionaid.shell.ui;

import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.ComponentUtil;
import cn.gov.hlj.consumptionaid.shared.ui.EChart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;

class HomeViewTest extends KaribuTest {

    private HomeView home;

    @BeforeEach
    void openHome() {
        login("leader");
        home = LocatorJ._get(HomeView.class);
    }

    @Test
    void the_map_shades_all_thirteen_prefectures_by_their_poverty_counties() {
        var option = JsonMapper.builder().build().readTree(home.map.getOption());
        var data = option.get("series").get(0).get("data");
        assertThat(data).hasSize(13);
        long total = 0;
        for (var entry : data) {
            total += entry.get("value").asLong();
        }
        assertThat(total).isEqualTo(28);
        assertThat(home.map.getMapName()).isEqualTo("heilongjiang");
        assertThat(home.map.getMapUrl()).isEqualTo("maps/heilongjiang.json");
        assertThat(home.povertyCountsByPrefecture()).hasSize(13).containsEntry("230100", 3L).containsEntry("230200", 8L).containsEntry("232700", 0L);
    }

    @Test
    void the_table_lists_the_twenty_eight_poverty_counties() {
        assertThat(GridKt._size(home.counties)).isEqualTo(28);
        assertThat(GridKt._fetch(home.counties, 0, 28)).extracting(RegionRow::nameZh).contains("延寿县");
        assertThat(home.povertyCard.getValueText()).isEqualTo("28");
        assertThat(home.countyCard.getValueText()).isEqualTo("121");
        assertThat(home.prefectureCard.getValueText()).isEqualTo("13");
        assertThat(home.povertyCard.getFootnote()).isEqualTo("国家级 20 个，省级 8 个");
        assertThat(home.selection.getText()).isEqualTo("全省 28 个贫困县");
    }

    @Test
    void clicking_a_prefecture_lists_only_its_counties_and_show_all_restores_the_list() {
        ComponentUtil.fireEvent(home.map, new EChart.ChartClickEvent(home.map, true, "哈尔滨市", "",
                JsonNodeFactory.instance.numberNode(0), JsonNodeFactory.instance.numberNode(2)));
        assertThat(GridKt._fetch(home.counties, 0, 28)).extracting(RegionRow::parentCode).containsOnly("230100");
        assertThat(GridKt._fetch(home.counties, 0, 28)).extracting(RegionRow::nameZh)
                .containsExactly("巴彦县", "木兰县", "延寿县");
        assertThat(home.selection.getText()).isEqualTo("哈尔滨市：3 个贫困县");
        assertThat(home.showAll.isVisible()).isTrue();

        LocatorJ._click(home.showAll);
        assertThat(GridKt._size(home.counties)).isEqualTo(28);
        assertThat(home.showAll.isVisible()).isFalse();
    }
}
