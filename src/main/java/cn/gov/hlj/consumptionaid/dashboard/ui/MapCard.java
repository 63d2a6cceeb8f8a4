package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.metrics.Dimension;
import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import cn.gov.hlj.consumptionaid.reference.RegionLevel;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Heilongjiang's 13 prefectures shaded by the dashboard's main indicator. Clicking a prefecture drills down to its
 * counties (ranked beside the prefecture, which stays marked on the map), and "返回全省" goes back up. A user whose
 * scope or filter is one prefecture starts at its counties and cannot go up; a county's user sees their county.
 * <p>
 * The map file has prefecture outlines only (no county polygons of trustworthy origin exist in the project, see
 * docs/decisions/2026-11-28-dashboards.md), so counties are drawn as a ranking rather than as areas.
 */
final class MapCard extends ChartCard {

    static final String MAP_NAME = "heilongjiang";
    static final String MAP_URL = "maps/heilongjiang.json";

    final Indicator indicator;
    final Span path = new Span();
    final Button up = new Button();
    /** The prefecture drilled into from the province level, or null. */
    private String drilled;
    private String lastRegion;

    MapCard(DashboardContext context, Indicator indicator) {
        super(context, "card-map-" + indicator.code().replace('.', '-'), "", "", List.of(indicator));
        this.indicator = indicator;
        setCardTitle(getTranslation("dashboard.chart.map", Display.name(this, indicator)));
        addClassName("chart-card--wide");
        addClassName("chart-card--map");
        chart.registerMap(MAP_NAME, MAP_URL);
        setChartHeight("480px");

        path.setId(getId().orElseThrow() + "-path");
        path.addClassName("chart-card__path");
        up.setId(getId().orElseThrow() + "-up");
        up.setText(getTranslation("dashboard.map.up"));
        up.setIcon(VaadinIcon.ARROW_BACKWARD.create());
        up.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        up.addClickListener(e -> up());
        var bar = new Div(path, up);
        bar.addClassName("chart-card__drill");
        addComponentAtIndex(1, bar);
    }

    /** The region the dashboard's filter or the user's scope fixes, or the province. */
    private String fixedRegion() {
        return filter == null || filter.regionCode() == null ? context.scope.regionCode() : filter.regionCode();
    }

    /** Whether the map may show the whole province (and so drill and come back up). */
    boolean atProvinceScale() {
        return DataScope.PROVINCE.equals(fixedRegion());
    }

    /** The prefecture whose counties are shown, or null at province level. */
    String prefecture() {
        if (atProvinceScale()) {
            return drilled;
        }
        var fixed = context.region(fixedRegion()).orElseThrow();
        return fixed.level() == RegionLevel.COUNTY ? fixed.parentCode() : fixed.code();
    }

    /** The region of the county-level figures: the prefecture, or the user's or filter's one county. */
    private String countyLevelRegion() {
        var fixed = fixedRegion();
        return context.region(fixed).map(r -> r.level() == RegionLevel.COUNTY).orElse(false) ? fixed : prefecture();
    }

    @Override
    public void refresh(IndicatorFilter filter) {
        if (!Objects.equals(lastRegion, filter.regionCode())) {
            drilled = null;
            lastRegion = filter.regionCode();
        }
        super.refresh(filter);
        var prefecture = prefecture();
        var locale = getLocale();
        path.setText(prefecture == null ? getTranslation("dashboard.map.province")
                : getTranslation("dashboard.map.path", getTranslation("dashboard.map.province"),
                context.regionName(prefecture, locale)));
        up.setVisible(prefecture != null && atProvinceScale());
        memberColumn.setHeader(getTranslation(prefecture == null ? Dimension.CITY.labelKey()
                : Dimension.COUNTY.labelKey()));
    }

    /** Shows the counties of a prefecture, when the map shows the province. */
    void drillInto(String prefectureCode) {
        if (atProvinceScale() && context.scope.coversRegion(prefectureCode)) {
            drilled = prefectureCode;
            refresh(filter);
        }
    }

    void up() {
        drilled = null;
        refresh(filter);
    }

    @Override
    IndicatorFilter wholeFilter() {
        return prefecture() == null ? filter : filter.withRegion(countyLevelRegion());
    }

    @Override
    List<ChartRow> load(IndicatorFilter filter) {
        var locale = getLocale();
        var service = context.indicators();
        var rows = prefecture() == null
                ? service.breakdown(indicator, Dimension.CITY, filter, 0)
                : service.breakdown(indicator, Dimension.COUNTY, filter.withRegion(countyLevelRegion()), 0);
        return rows.stream().map(r -> new ChartRow(r.key(), r.name(locale),
                List.of(Display.shown(indicator, r.value())))).toList();
    }

    @Override
    ObjectNode option(List<ChartRow> rows) {
        var locale = getLocale();
        var name = Display.name(this, indicator);
        var unit = Display.unit(this, indicator);
        var option = ChartOptions.base();
        option.putObject("tooltip").put("trigger", "item").put("formatter", "{b}<br/>{a}：{c} " + unit);
        var max = rows.stream().map(r -> r.value(0)).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        var byCode = new HashMap<String, BigDecimal>();
        rows.forEach(r -> byCode.put(r.key(), r.value(0)));
        var prefecture = prefecture();

        var allSeries = option.putArray("series");
        var map = allSeries.addObject().put("type", "map").put("map", MAP_NAME).put("roam", false);
        map.putObject("label").put("show", true).put("fontSize", 10);
        var nameMap = map.putObject("nameMap");
        var data = map.putArray("data");
        if (prefecture == null) {
            map.put("name", name).put("selectedMode", false);
            for (var each : context.prefectures()) {
                nameMap.put(each.nameZh(), each.name(locale));
                data.addObject().put("name", each.name(locale))
                        .put("value", byCode.getOrDefault(each.code(), BigDecimal.ZERO));
            }
            ChartOptions.shading(option, max, getTranslation("dashboard.map.high"),
                    getTranslation("dashboard.map.low"), 0);
            return option;
        }
        // County level: the prefecture marked on the map at the left, its counties ranked at the right.
        map.put("name", getTranslation("dashboard.map.region-series")).put("selectedMode", "single")
                .put("left", "1%").put("width", "40%").put("top", 24).put("bottom", 24);
        map.putObject("itemStyle").put("areaColor", "#eeeeee").put("borderColor", "#ffffff");
        map.putObject("select").putObject("itemStyle").put("areaColor", ChartOptions.PALETTE.getFirst());
        map.putObject("tooltip").put("formatter", "{b}");
        for (var each : context.prefectures()) {
            nameMap.put(each.nameZh(), each.name(locale));
            var item = data.addObject().put("name", each.name(locale));
            if (each.code().equals(prefecture)) {
                item.put("selected", true);
            }
        }
        option.putObject("grid").put("left", "46%").put("right", 56).put("top", 16).put("bottom", 8)
                .put("containLabel", true);
        var yAxis = option.putObject("yAxis").put("type", "category").put("inverse", true);
        var names = yAxis.putArray("data");
        rows.forEach(r -> names.add(r.name()));
        yAxis.putObject("axisLabel").put("width", 96).put("overflow", "truncate");
        option.putObject("xAxis").put("type", "value").put("name", unit).putObject("splitLine")
                .putObject("lineStyle").put("type", "dashed");
        var bars = allSeries.addObject().put("type", "bar").put("name", name)
                .put("barMaxWidth", 18);
        bars.putObject("label").put("show", rows.size() <= 20).put("position", "right").put("fontSize", 11);
        var values = bars.putArray("data");
        rows.forEach(r -> values.add(r.value(0)));
        ChartOptions.shading(option, max, getTranslation("dashboard.map.high"), getTranslation("dashboard.map.low"),
                1);
        return option;
    }

    /**
     * A click on a prefecture drills into it (from the province level), a click on a county's bar lists its rows.
     */
    @Override
    void clicked(String seriesName, String name, Integer dataIndex) {
        var locale = getLocale();
        var prefecture = context.prefectures().stream().filter(p -> p.name(locale).equals(name)).findFirst();
        if (prefecture() == null || getTranslation("dashboard.map.region-series").equals(seriesName)) {
            prefecture.map(RegionRow::code).ifPresent(this::drillInto);
            return;
        }
        super.clicked(seriesName, name, dataIndex);
    }

    @Override
    Optional<IndicatorFilter> narrow(ChartRow row) {
        var dimension = prefecture() == null ? Dimension.CITY : Dimension.COUNTY;
        return Narrowing.to(filter, dimension, row.key(), context.scope);
    }
}
