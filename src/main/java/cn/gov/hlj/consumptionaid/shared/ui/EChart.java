package cn.gov.hlj.consumptionaid.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Objects;

/**
 * An Apache ECharts chart. The browser side is the custom element {@code <hlj-echart>} in
 * {@code frontend/scripts/hlj-echart.js} on top of the ECharts WebJar: no npm build is involved.
 * <p>
 * The whole chart is one ECharts option, given as JSON ({@link #setOption(String)}) or built in Java as a Jackson
 * {@link ObjectNode} ({@link #newOption()}, {@link #setOption(JsonNode)}) or a {@link Map}. Each new option replaces
 * the previous one (ECharts {@code notMerge}). Maps (the {@code geo} component or {@code map} series) need
 * {@link #registerMap(String, String)} first, for example {@code registerMap("heilongjiang", "maps/heilongjiang.json")}.
 * <p>
 * Texts inside the option (titles, series names, tooltips) are the caller's to translate.
 */
@Tag("hlj-echart")
@JavaScript("context://webjars/echarts/5.5.0/echarts.min.js")
@JavaScript("context://scripts/hlj-echart.js")
public class EChart extends Component implements HasSize {

    static final String OPTION_PROPERTY = "option";
    static final String MAP_NAME_PROPERTY = "mapName";
    static final String MAP_URL_PROPERTY = "mapUrl";

    // Thread-safe once built; used only to write options and read JSON values.
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public EChart() {
        setWidth("100%");
        setHeight("360px");
    }

    public EChart(String optionJson) {
        this();
        setOption(optionJson);
    }

    /** An empty option to fill in Java: {@code newOption().putObject("title").put("text", …)}. */
    public static ObjectNode newOption() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** Replaces the chart's option; {@code null} clears the chart. The JSON must be an object. */
    public void setOption(String optionJson) {
        if (optionJson == null || optionJson.isBlank()) {
            getElement().removeProperty(OPTION_PROPERTY);
            return;
        }
        JsonNode parsed;
        try {
            parsed = JSON.readTree(optionJson);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The ECharts option is not valid JSON", e);
        }
        setOption(parsed);
    }

    /** Replaces the chart's option with a Jackson tree (usually an {@link ObjectNode} from {@link #newOption()}). */
    public void setOption(JsonNode option) {
        Objects.requireNonNull(option, "option");
        if (!option.isObject()) {
            throw new IllegalArgumentException("An ECharts option is a JSON object, not " + option.getNodeType());
        }
        getElement().setProperty(OPTION_PROPERTY, JSON.writeValueAsString(option));
    }

    /** Replaces the chart's option with maps, lists, strings, numbers and records, written as JSON by Jackson. */
    public void setOption(Map<String, ?> option) {
        Objects.requireNonNull(option, "option");
        getElement().setProperty(OPTION_PROPERTY, JSON.writeValueAsString(option));
    }

    /** The current option as JSON, or {@code null} when none is set. */
    public String getOption() {
        return getElement().getProperty(OPTION_PROPERTY);
    }

    /**
     * Registers a GeoJSON map under {@code mapName} before the option is applied; the option refers to it by that
     * name ({@code geo.map} or a {@code map} series' {@code map}). The browser fetches {@code geoJsonUrl} once per
     * page; ECharts' compressed GeoJSON ({@code "UTF8Encoding": true}) is accepted.
     *
     * @param mapName    the name the option uses, e.g. {@code heilongjiang}
     * @param geoJsonUrl a URL the browser can fetch, relative to the page, e.g. {@code maps/heilongjiang.json}
     */
    public void registerMap(String mapName, String geoJsonUrl) {
        if (mapName == null || mapName.isBlank()) {
            throw new IllegalArgumentException("The map needs a name");
        }
        if (geoJsonUrl == null || geoJsonUrl.isBlank()) {
            throw new IllegalArgumentException("The map needs a GeoJSON URL");
        }
        getElement().setProperty(MAP_URL_PROPERTY, geoJsonUrl);
        getElement().setProperty(MAP_NAME_PROPERTY, mapName);
    }

    /** The name given to {@link #registerMap(String, String)}, or {@code null}. */
    public String getMapName() {
        return getElement().getProperty(MAP_NAME_PROPERTY);
    }

    /** The URL given to {@link #registerMap(String, String)}, or {@code null}. */
    public String getMapUrl() {
        return getElement().getProperty(MAP_URL_PROPERTY);
    }

    /** Called when the user clicks a data item: a bar, a pie slice, a point or a map region. */
    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }

    /** A click on a chart item, as ECharts reports it. */
    @DomEvent("chart-click")
    public static class ChartClickEvent extends ComponentEvent<EChart> {

        private final String name;
        private final String seriesName;
        private final Integer dataIndex;
        private final String value;

        public ChartClickEvent(EChart source, boolean fromClient,
                               @EventData("event.detail.name") String name,
                               @EventData("event.detail.seriesName") String seriesName,
                               @EventData("event.detail.dataIndex") JsonNode dataIndex,
                               @EventData("event.detail.value") JsonNode value) {
            super(source, fromClient);
            this.name = name;
            this.seriesName = seriesName;
            this.dataIndex = dataIndex != null && dataIndex.isNumber() ? dataIndex.intValue() : null;
            this.value = asText(value);
        }

        /** The item's name: the category, the pie slice or the region (e.g. 哈尔滨市). */
        public String getName() {
            return name;
        }

        public String getSeriesName() {
            return seriesName;
        }

        /** The item's index in its series' data, or {@code null} (a map region that has no data). */
        public Integer getDataIndex() {
            return dataIndex;
        }

        /**
         * The item's value as text: a number as written in the option ({@code 123.4}), a string as is, an array
         * (scatter points) or object as JSON; {@code null} when the item has no value.
         */
        public String getValue() {
            return value;
        }

        private static String asText(JsonNode value) {
            if (value == null || value.isNull() || value.isMissingNode()) {
                return null;
            }
            if (value.isString()) {
                return value.asString();
            }
            if (value.isNumber()) {
                return value.decimalValue().stripTrailingZeros().toPlainString();
            }
            return JSON.writeValueAsString(value);
        }
    }
}
