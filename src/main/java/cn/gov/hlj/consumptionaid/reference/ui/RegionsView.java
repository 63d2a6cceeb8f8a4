package cn.gov.hlj.consumptionaid.reference.ui;

import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.reference.RegionFilter;
import cn.gov.hlj.consumptionaid.reference.RegionLevel;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.HashMap;
import java.util.Map;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** The province's regions (administrative divisions) with their poverty-county flags, filtered and exported. */
@Route("admin/regions")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "reference.menu.regions", order = 910, icon = "vaadin:globe")
@MenuGroup(MenuGroup.ADMINISTRATION)
class RegionsView extends VerticalLayout implements HasDynamicTitle {

    final TextField text = new TextField();
    final Select<RegionLevel> level = new Select<>();
    final ComboBox<RegionRow> prefecture = new ComboBox<>();
    final Checkbox povertyOnly = new Checkbox();
    final Grid<RegionRow> grid = new Grid<>();

    private final ReferenceService service;
    private final Map<String, String> parentNames = new HashMap<>();
    private RegionFilter filter = RegionFilter.ALL;

    RegionsView(ReferenceService service) {
        this.service = service;
        setSizeFull();

        text.setId("region-filter-text");
        text.setLabel(getTranslation("reference.region.filter.text"));
        text.setPlaceholder(getTranslation("reference.region.filter.text.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> filter(filter.withText(e.getValue())));

        level.setId("region-filter-level");
        level.setLabel(getTranslation("reference.region.filter.level"));
        level.setItems(RegionLevel.values());
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("reference.region.filter.all"));
        level.setItemLabelGenerator(l -> l == null ? getTranslation("reference.region.filter.all") : levelLabel(l));
        level.addValueChangeListener(e -> filter(filter.withLevel(e.getValue())));

        prefecture.setId("region-filter-prefecture");
        prefecture.setLabel(getTranslation("reference.region.filter.prefecture"));
        prefecture.setItems(service.prefectures());
        prefecture.setItemLabelGenerator(r -> r.name(getLocale()));
        prefecture.setClearButtonVisible(true);
        prefecture.addValueChangeListener(e -> filter(filter.withPrefectureCode(
                e.getValue() == null ? null : e.getValue().code())));

        povertyOnly.setId("region-filter-poverty-only");
        povertyOnly.setLabel(getTranslation("reference.region.filter.poverty-only"));
        povertyOnly.addValueChangeListener(e -> filter(filter.withPovertyOnly(e.getValue())));

        grid.setId("regions-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        var export = GridExcelExport.of(grid);
        export.addColumn(RegionRow::code).setHeader(getTranslation("reference.region.code"))
                .setSortProperty("code").setAutoWidth(true).setFlexGrow(0);
        var english = getLocale() != null && "en".equals(getLocale().getLanguage());
        export.addColumn(r -> r.name(getLocale())).setHeader(getTranslation("reference.region.name"))
                .setSortProperty(english ? "nameEn" : "nameZh").setFlexGrow(2);
        export.addColumn(r -> levelLabel(r.level())).setHeader(getTranslation("reference.region.level"))
                .setSortProperty("level");
        export.addColumn(this::parentName).setHeader(getTranslation("reference.region.parent"))
                .setSortProperty("parentCode");
        export.register(grid.addColumn(r -> yesOrBlank(r.nationalPovertyCounty()))
                        .setHeader(getTranslation("reference.region.national-poverty"))
                        .setSortProperty("nationalPovertyCounty"),
                RegionRow::nationalPovertyCounty);
        export.register(grid.addColumn(r -> yesOrBlank(r.provincialPovertyCounty()))
                        .setHeader(getTranslation("reference.region.provincial-poverty"))
                        .setSortProperty("provincialPovertyCounty"),
                RegionRow::provincialPovertyCounty);
        grid.setItems(query -> service.findRegions(filter, toSpringPageRequest(query)).stream(),
                query -> (int) service.countRegions(filter));

        add(new ViewToolbar(getTranslation("reference.regions.title"),
                ViewToolbar.group(text, level, prefecture, povertyOnly), export.downloadButton("regions")));
        addAndExpand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reference.regions.title");
    }

    private void filter(RegionFilter newFilter) {
        filter = newFilter;
        grid.getDataProvider().refreshAll();
    }

    private String levelLabel(RegionLevel level) {
        return getTranslation(level.labelKey());
    }

    private String parentName(RegionRow row) {
        if (row.parentCode() == null) {
            return "";
        }
        return parentNames.computeIfAbsent(row.parentCode(),
                code -> service.region(code).map(parent -> parent.name(getLocale())).orElse(code));
    }

    private String yesOrBlank(boolean value) {
        return value ? getTranslation("shared.yes") : "";
    }
}
