package cn.gov.hlj.consumptionaid.shared.ui;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.dom.DomEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EChartTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void a_new_chart_fills_the_width_and_is_360_pixels_high() {
        var chart = new EChart();

        assertThat(chart.getWidth()).isEqualTo("100%");
        assertThat(chart.getHeight()).isEqualTo("360px");
        assertThat(chart.getElement().getTag()).isEqualTo("hlj-echart");
        assertThat(chart.getOption()).isNull();
    }

    @Test
    void setOption_puts_the_json_into_the_option_property_of_the_element() {
        var chart = new EChart();
        UI.getCurrent().add(chart);

        chart.setOption("{\"xAxis\":{\"type\":\"category\",\"data\":[\"一月\",\"二月\"]},"
                + "\"series\":[{\"type\":\"bar\",\"data\":[12.5,30]}]}");

        var property = json.readTree(chart.getElement().getProperty("option"));
        assertThat(property.at("/xAxis/data/0").asString()).isEqualTo("一月");
        assertThat(property.at("/series/0/type").asString()).isEqualTo("bar");
        assertThat(property.at("/series/0/data/0").doubleValue()).isEqualTo(12.5);
        assertThat(chart.getOption()).isEqualTo(chart.getElement().getProperty("option"));
    }

    @Test
    void an_option_built_as_an_ObjectNode_is_written_as_json() {
        var chart = new EChart();
        ObjectNode option = EChart.newOption();
        option.putObject("title").put("text", "销售额 \"2026\" </script>");
        option.putArray("series").addObject().put("type", "pie");

        chart.setOption(option);

        var property = json.readTree(chart.getOption());
        assertThat(property.at("/title/text").asString()).isEqualTo("销售额 \"2026\" </script>");
        assertThat(property.at("/series/0/type").asString()).isEqualTo("pie");
    }

    @Test
    void an_option_built_as_a_map_is_written_as_json() {
        var chart = new EChart();
        var option = new LinkedHashMap<String, Object>();
        option.put("legend", Map.of("show", true));
        option.put("series", List.of(Map.of("type", "line", "data", List.of(1, 2.5, 3))));

        chart.setOption(option);

        var property = json.readTree(chart.getOption());
        assertThat(property.at("/legend/show").booleanValue()).isTrue();
        assertThat(property.at("/series/0/data/1").doubleValue()).isEqualTo(2.5);
    }

    @Test
    void an_option_that_is_not_a_json_object_is_refused_and_null_clears_the_chart() {
        var chart = new EChart("{\"series\":[]}");

        assertThatThrownBy(() -> chart.setOption("{series: oops")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chart.setOption(JsonNodeFactory.instance.arrayNode()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(chart.getOption()).isEqualTo("{\"series\":[]}");

        chart.setOption((String) null);
        assertThat(chart.getOption()).isNull();
        assertThat(chart.getElement().hasProperty("option")).isFalse();
    }

    @Test
    void registerMap_sets_the_map_name_and_url_properties_the_element_reads() {
        var chart = new EChart();
        UI.getCurrent().add(chart);

        chart.registerMap("heilongjiang", "maps/heilongjiang.json");

        assertThat(chart.getElement().getProperty("mapName")).isEqualTo("heilongjiang");
        assertThat(chart.getElement().getProperty("mapUrl")).isEqualTo("maps/heilongjiang.json");
        assertThat(chart.getMapName()).isEqualTo("heilongjiang");
        assertThat(chart.getMapUrl()).isEqualTo("maps/heilongjiang.json");
        assertThatThrownBy(() -> chart.registerMap(" ", "maps/x.json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chart.registerMap("x", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_chart_click_from_the_browser_reaches_the_listener_with_name_series_index_and_value() {
        var chart = new EChart();
        UI.getCurrent().add(chart);
        var clicks = new ArrayList<EChart.ChartClickEvent>();
        chart.addChartClickListener(clicks::add);

        var detail = JsonNodeFactory.instance.objectNode()
                .put("event.detail.name", "哈尔滨市")
                .put("event.detail.seriesName", "销售额")
                .put("event.detail.dataIndex", 0)
                .put("event.detail.value", 123.4);
        ElementUtilsKt._fireDomEvent(chart.getElement(), new DomEvent(chart.getElement(), "chart-click", detail));

        assertThat(clicks).singleElement().satisfies(click -> {
            assertThat(click.getSource()).isSameAs(chart);
            assertThat(click.isFromClient()).isTrue();
            assertThat(click.getName()).isEqualTo("哈尔滨市");
            assertThat(click.getSeriesName()).isEqualTo("销售额");
            assertThat(click.getDataIndex()).isZero();
            assertThat(click.getValue()).isEqualTo("123.4");
        });
    }

    @Test
    void a_click_on_a_region_without_data_has_no_index_and_no_value_and_arrays_come_as_json() {
        var chart = new EChart();
        UI.getCurrent().add(chart);
        var clicks = new ArrayList<EChart.ChartClickEvent>();
        chart.addChartClickListener(clicks::add);

        var noData = JsonNodeFactory.instance.objectNode()
                .put("event.detail.name", "大兴安岭地区")
                .put("event.detail.seriesName", "销售额")
                .putNull("event.detail.dataIndex")
                .putNull("event.detail.value");
        ElementUtilsKt._fireDomEvent(chart.getElement(), new DomEvent(chart.getElement(), "chart-click", noData));
        var point = JsonNodeFactory.instance.objectNode()
                .put("event.detail.name", "")
                .put("event.detail.seriesName", "价格")
                .put("event.detail.dataIndex", 3);
        point.putArray("event.detail.value").add(126.5).add(45);
        ElementUtilsKt._fireDomEvent(chart.getElement(), new DomEvent(chart.getElement(), "chart-click", point));

        assertThat(clicks).hasSize(2);
        assertThat(clicks.get(0).getName()).isEqualTo("大兴安岭地区");
        assertThat(clicks.get(0).getDataIndex()).isNull();
        assertThat(clicks.get(0).getValue()).isNull();
        assertThat(clicks.get(1).getDataIndex()).isEqualTo(3);
        assertThat(clicks.get(1).getValue()).isEqualTo("[126.5,45]");
    }

    @Test
    void the_scripts_it_loads_exist_in_the_webjar_and_in_frontend() throws Exception {
        var scripts = Arrays.stream(EChart.class.getAnnotationsByType(JavaScript.class)).map(JavaScript::value).toList();
        assertThat(scripts).containsExactly(
                "context://webjars/echarts/5.5.0/echarts.min.js", "context://scripts/hlj-echart.js");

        assertThat(getClass().getResource("/META-INF/resources/webjars/echarts/5.5.0/echarts.min.js")).isNotNull();
        assertThat(getClass().getResource("/META-INF/resources/scripts/hlj-echart.js")).isNotNull();
        assertThat(Files.readString(Path.of("frontend/scripts/hlj-echart.js")))
                .contains("customElements.define('hlj-echart'")
                .contains("'chart-click'")
                .doesNotContain("import ");
    }

    @Test
    void the_heilongjiang_map_has_the_13_prefectures_in_echarts_compressed_geojson() throws Exception {
        var map = json.readTree(Path.of("frontend/maps/heilongjiang.json").toFile());

        assertThat(map.get("UTF8Encoding").booleanValue()).isTrue();
        var names = new ArrayList<String>();
        map.get("features").forEach(feature -> names.add(feature.at("/properties/name").asString()));
        assertThat(names).hasSize(13).contains("哈尔滨市", "齐齐哈尔市", "大兴安岭地区");
    }
}
