package cn.gov.hlj.consumptionaid.shell.ui;

import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.reference.RegionFilter;
import cn.gov.hlj.consumptionaid.reference.RegionLevel;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.shared.ui.EChart;
import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import cn.gov.hlj.consumptionaid.shared.ui.KpiCard;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import tools.jackson.databind.node.ObjectNode;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The home page: Heilongjiang's 13 prefectures shaded by how many of the 28 former poverty counties (20 national, 8
 * provincial) each has, with those counties listed beside the map. Clicking a prefecture lists only its counties.
 * Users without a dashboard land here after signing in; leaders and task-force members land on their dashboard (the
 * dashboard module's landing rule) and reach this page from the menu.
 */
@Route("")
@PermitAll
@Menu(title = "shell.menu.home", order = 0, icon = "vaadin:map-marker")
class HomeView extends VerticalLayout implements HasDynamicTitle {

    static final String MAP_NAME = "heilongjiang";
    static final String MAP_URL = "maps/heilongjiang.json";

    final KpiCard prefectureCard;
    final KpiCard countyCard;
    final KpiCard povertyCard;
    final EChart map = new EChart();
    final Grid<RegionRow> counties = new Grid<>();
    final Span selection = new Span();
    final Button showAll = new Button();

    private final List<RegionRow> prefectures;
    private final List<RegionRow> povertyCounties;
    private final Map<String, RegionRow> prefectureByCode;
    private final Map<String, RegionRow> prefectureByMapName = new LinkedHashMap<>();

    HomeView(ReferenceService referenceService) {
        var locale = getLocale();
        prefectures = referenceService.prefectures();
        povertyCounties = referenceService.povertyCounties().stream()
                .sorted(Comparator.comparing(RegionRow::code)).toList();
        prefectureByCode = prefectures.stream().collect(Collectors.toMap(RegionRow::code, Function.identity()));
        long countyCount = referenceService.countRegions(RegionFilter.ALL.withLevel(RegionLevel.COUNTY));
        long national = povertyCounties.stream().filter(RegionRow::nationalPovertyCounty).count();

        addClassName("home-view");
        setSizeFull();
        setPadding(false);

        prefectureCard = new KpiCard(getTranslation("shell.home.kpi.prefectures")).withFractionDigits(0);
        prefectureCard.setValue(prefectures.size());
        countyCard = new KpiCard(getTranslation("shell.home.kpi.counties")).withFractionDigits(0);
        countyCard.setValue(countyCount);
        povertyCard = new KpiCard(getTranslation("shell.home.kpi.poverty-counties")).withFractionDigits(0);
        povertyCard.setValue(povertyCounties.size());
        povertyCard.setFootnote(getTranslation("shell.home.kpi.poverty-counties.split", national,
                povertyCounties.size() - national));
        prefectureCard.setId("kpi-prefectures");
        countyCard.setId("kpi-counties");
        povertyCard.setId("kpi-poverty-counties");
        var cards = new FlexLayout(prefectureCard, countyCard, povertyCard);
        cards.addClassName("kpi-row");

        map.setId("poverty-map");
        map.registerMap(MAP_NAME, MAP_URL);
        map.setHeight("560px");
        map.setOption(mapOption(locale));
        map.addChartClickListener(event -> {
            var prefecture = prefectureByMapName.get(event.getName());
            if (prefecture != null) {
                select(prefecture);
            }
        });

        var export = GridExcelExport.of(counties);
        counties.setId("poverty-counties");
        counties.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        export.addColumn(r -> r.name(getLocale())).setHeader(getTranslation("shell.home.column.county"))
                .setFlexGrow(2);
        export.addColumn(r -> prefectureByCode.get(r.parentCode()).name(getLocale()))
                .setHeader(getTranslation("shell.home.column.prefecture")).setFlexGrow(2);
        export.addColumn(r -> getTranslation(r.nationalPovertyCounty() ? "shell.home.kind.national"
                : "shell.home.kind.provincial")).setHeader(getTranslation("shell.home.column.kind")).setAutoWidth(true);
        export.addColumn(RegionRow::code).setHeader(getTranslation("shell.home.column.code"));
        counties.setItems(povertyCounties);

        selection.setId("poverty-counties-selection");
        showAll.setText(getTranslation("shell.home.show-all"));
        showAll.setId("poverty-counties-show-all");
        showAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        showAll.addClickListener(e -> select(null));
        select(null);

        var tableHeader = new Div(selection, showAll);
        tableHeader.addClassName("home-table-header");
        var tablePanel = new VerticalLayout(tableHeader, counties);
        tablePanel.setPadding(false);
        tablePanel.addClassName("home-table");
        var mapPanel = new Div(map);
        mapPanel.addClassName("home-map");
        var body = new FlexLayout(mapPanel, tablePanel);
        body.addClassName("home-body");
        body.setWidthFull();

        add(new ViewToolbar(getTranslation("shell.home.title"), export.downloadButton(
                getTranslation("shell.home.export-name"))), cards, body);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.home.title");
    }

    /** Lists the poverty counties of one prefecture, or all 28 when {@code prefecture} is null. */
    void select(RegionRow prefecture) {
        var locale = getLocale();
        if (prefecture == null) {
            counties.setItems(povertyCounties);
            selection.setText(getTranslation("shell.home.selection.all", povertyCounties.size()));
            showAll.setVisible(false);
        } else {
            var items = povertyCounties.stream().filter(c -> prefecture.code().equals(c.parentCode())).toList();
            counties.setItems(items);
            selection.setText(getTranslation("shell.home.selection.prefecture", prefecture.name(locale),
                    items.size()));
            showAll.setVisible(true);
        }
    }

    /** Number of poverty counties per prefecture, for the map; prefectures without any count 0. */
    Map<String, Long> povertyCountsByPrefecture() {
        var counts = new LinkedHashMap<String, Long>();
        prefectures.forEach(p -> counts.put(p.code(), 0L));
        povertyCounties.forEach(c -> counts.merge(c.parentCode(), 1L, Long::sum));
        return counts;
    }

    private String mapOption(Locale locale) {
        var counts = povertyCountsByPrefecture();
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        var option = EChart.newOption();
        option.putObject("tooltip").put("trigger", "item")
                .put("formatter", getTranslation("shell.home.map.tooltip"));
        var visualMap = option.putObject("visualMap");
        visualMap.put("min", 0).put("max", Math.max(max, 1)).put("left", "left").put("bottom", 20)
                .put("calculable", true);
        visualMap.putArray("text").add(getTranslation("shell.home.map.high"))
                .add(getTranslation("shell.home.map.low"));
        visualMap.putObject("inRange").putArray("color").add("#fdecea").add("#f28b82").add("#b71c1c");
        var series = option.putArray("series").addObject();
        series.put("type", "map").put("map", MAP_NAME).put("name", getTranslation("shell.home.map.series"))
                .put("roam", false).put("selectedMode", "single");
        series.putObject("label").put("show", true).put("fontSize", 11);
        // The map file names prefectures in Chinese; nameMap shows them in the UI language.
        ObjectNode nameMap = series.putObject("nameMap");
        var data = series.putArray("data");
        prefectureByMapName.clear();
        for (var prefecture : prefectures) {
            var shown = prefecture.name(locale);
            nameMap.put(prefecture.nameZh(), shown);
            prefectureByMapName.put(shown, prefecture);
            data.addObject().put("name", shown).put("value", counts.get(prefecture.code()));
        }
        return option.toString();
    }
}
