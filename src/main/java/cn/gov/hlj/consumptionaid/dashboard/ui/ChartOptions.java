package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.shared.ui.EChart;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The ECharts options of the dashboards, in one house style: the portal's palette, Chinese fonts, a legend only where
 * there is more than one series, a rank-ordered bar chart with the largest on top.
 */
final class ChartOptions {

    /** The portal's red first, then colours that stay apart in print and for colour-blind readers. */
    static final List<String> PALETTE = List.of("#b71c1c", "#1565c0", "#f9a825", "#2e7d32", "#6a1b9a", "#00838f",
            "#ef6c00", "#5d4037", "#c2185b", "#455a64", "#7cb342", "#8d6e63");
    static final List<String> MAP_COLOURS = List.of("#fdecea", "#f28b82", "#d32f2f", "#8e0000");
    private static final String FONT = "PingFang SC, Microsoft YaHei, Noto Sans CJK SC, sans-serif";

    /** A named series of shown values, and the unit it is shown in (for the axis). */
    record Series(String name, String unit, List<BigDecimal> values) {
    }

    private ChartOptions() {
    }

    static ObjectNode base() {
        var option = EChart.newOption();
        var colours = option.putArray("color");
        PALETTE.forEach(colours::add);
        option.putObject("textStyle").put("fontFamily", FONT);
        option.put("animationDuration", 400);
        return option;
    }

    /** Bars by member: horizontal and rank-ordered (largest on top), or vertical columns. */
    static ObjectNode bars(List<String> members, List<Series> series, boolean horizontal) {
        var option = base();
        option.putObject("tooltip").put("trigger", "axis").putObject("axisPointer").put("type", "shadow");
        legend(option, series);
        var grid = option.putObject("grid").put("left", 8).put("right", 48).put("bottom", 8)
                .put("top", series.size() > 1 ? 36 : 16);
        grid.put("containLabel", true);
        var category = option.putObject(horizontal ? "yAxis" : "xAxis").put("type", "category");
        var names = category.putArray("data");
        members.forEach(names::add);
        if (horizontal) {
            category.put("inverse", true);
            category.putObject("axisLabel").put("width", 110).put("overflow", "truncate");
        } else {
            category.putObject("axisLabel").put("interval", 0).put("rotate", members.size() > 6 ? 30 : 0);
        }
        var value = option.putObject(horizontal ? "xAxis" : "yAxis").put("type", "value");
        value.put("name", series.getFirst().unit());
        value.putObject("splitLine").putObject("lineStyle").put("type", "dashed");
        var all = option.putArray("series");
        for (var each : series) {
            var bar = all.addObject().put("type", "bar").put("name", each.name()).put("barMaxWidth", 22);
            bar.putObject("label").put("show", members.size() <= 15 && series.size() == 1)
                    .put("position", horizontal ? "right" : "top").put("fontSize", 11);
            bar.putObject("itemStyle").put("borderRadius", 2);
            values(bar.putArray("data"), each.values());
        }
        return option;
    }

    /** Lines by month; a second unit gets a second axis on the right. */
    static ObjectNode lines(List<String> months, List<Series> series) {
        var option = base();
        option.putObject("tooltip").put("trigger", "axis");
        legend(option, series);
        option.putObject("grid").put("left", 8).put("right", 16).put("bottom", 8)
                .put("top", series.size() > 1 ? 44 : 28).put("containLabel", true);
        var axis = option.putObject("xAxis").put("type", "category").put("boundaryGap", false);
        var names = axis.putArray("data");
        months.forEach(names::add);
        var units = new ArrayList<String>();
        series.forEach(s -> {
            if (!units.contains(s.unit())) {
                units.add(s.unit());
            }
        });
        var yAxes = option.putArray("yAxis");
        for (int i = 0; i < Math.min(2, units.size()); i++) {
            var y = yAxes.addObject().put("type", "value").put("name", units.get(i));
            y.putObject("splitLine").put("show", i == 0).putObject("lineStyle").put("type", "dashed");
        }
        var all = option.putArray("series");
        for (var each : series) {
            var line = all.addObject().put("type", "line").put("name", each.name()).put("smooth", true)
                    .put("symbolSize", 6).put("yAxisIndex", Math.min(1, units.indexOf(each.unit())));
            if (series.size() == 1) {
                line.putObject("areaStyle").put("opacity", 0.12);
            }
            values(line.putArray("data"), each.values());
        }
        return option;
    }

    /** A ring of shares; slices named by member, the label shows the percentage. */
    static ObjectNode ring(List<String> members, Series series) {
        var option = base();
        option.putObject("tooltip").put("trigger", "item").put("formatter", "{b}<br/>{c} " + series.unit() + "（{d}%）");
        option.putObject("legend").put("type", "scroll").put("orient", "vertical").put("right", 0).put("top", "middle");
        var ring = option.putArray("series").addObject().put("type", "pie").put("name", series.name());
        ring.putArray("radius").add("42%").add("70%");
        ring.putArray("center").add("38%").add("52%");
        ring.put("avoidLabelOverlap", true).put("minShowLabelAngle", 8);
        ring.putObject("label").put("formatter", "{d}%").put("fontSize", 11);
        ring.putObject("itemStyle").put("borderColor", "#fff").put("borderWidth", 2);
        var data = ring.putArray("data");
        for (int i = 0; i < members.size(); i++) {
            var value = series.values().get(i);
            data.addObject().put("name", members.get(i)).put("value", value == null ? BigDecimal.ZERO : value);
        }
        return option;
    }

    /** The visual map that shades regions from light to dark by value. */
    static void shading(ObjectNode option, BigDecimal max, String high, String low, int seriesIndex) {
        var visualMap = option.putObject("visualMap");
        if (seriesIndex > 0) {
            // Horizontal bars: the value is on the x axis, dimension 0 (the last one would be the category).
            visualMap.put("dimension", 0);
        }
        visualMap.put("min", 0).put("max", max.signum() > 0 ? max : BigDecimal.ONE).put("left", 8).put("bottom", 8)
                .put("calculable", true).put("seriesIndex", seriesIndex).put("itemHeight", 100);
        visualMap.putArray("text").add(high).add(low);
        var colours = visualMap.putObject("inRange").putArray("color");
        MAP_COLOURS.forEach(colours::add);
    }

    private static void legend(ObjectNode option, List<Series> series) {
        if (series.size() > 1) {
            option.putObject("legend").put("top", 0).put("type", "scroll");
        }
    }

    private static void values(ArrayNode data, List<BigDecimal> values) {
        for (var value : values) {
            data.add(value == null ? BigDecimal.ZERO : value);
        }
    }
}
