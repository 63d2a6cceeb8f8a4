package cn.gov.hlj.consumptionaid.metrics.ui;

import cn.gov.hlj.consumptionaid.metrics.Dimension;
import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.reference.DepartmentRow;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 指标说明: every indicator of the catalog with its definition, unit, owning department and the dimensions it can be
 * cut by, searchable and exportable — so that a number on a dashboard or in a bulletin can be looked up.
 */
@Route("metrics/indicators")
@RolesAllowed({AppRoles.LEADER, AppRoles.DEPARTMENT_MEMBER, AppRoles.COUNTY_REVIEWER, AppRoles.CITY_REVIEWER,
        AppRoles.PROVINCE_REVIEWER, AppRoles.SUPERVISOR, AppRoles.BULLETIN_EDITOR, AppRoles.ADMIN})
@Menu(title = "metrics.catalog.title", order = 90, icon = "vaadin:book")
@MenuGroup(MenuGroup.OVERVIEW)
class IndicatorCatalogView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final ComboBox<DepartmentRow> department = new ComboBox<>();
    final Grid<Indicator> grid = new Grid<>();
    final Span count = new Span();

    private final Map<String, DepartmentRow> departments;

    IndicatorCatalogView(ReferenceService reference) {
        this.departments = reference.departments().stream()
                .collect(Collectors.toMap(DepartmentRow::code, Function.identity()));
        setSizeFull();
        setPadding(false);

        search.setId("indicators-search");
        search.setPlaceholder(getTranslation("metrics.catalog.filter"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        department.setId("indicators-department");
        department.setPlaceholder(getTranslation("metrics.catalog.all-departments"));
        var owners = Arrays.stream(Indicator.values()).map(Indicator::department).distinct().toList();
        department.setItems(reference.departments().stream().filter(d -> owners.contains(d.code())).toList());
        department.setItemLabelGenerator(d -> d.name(getLocale()));
        department.setClearButtonVisible(true);

        grid.setId("indicators-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        var export = GridExcelExport.of(grid);
        export.addColumn(i -> getTranslation(i.nameKey())).setHeader(getTranslation("metrics.catalog.column.name"))
                .setWidth("14em").setFlexGrow(0);
        export.addColumn(Indicator::code).setHeader(getTranslation("metrics.catalog.column.code"))
                .setWidth("16em").setFlexGrow(0);
        export.addColumn(i -> getTranslation(i.unit().shownIn().labelKey()))
                .setHeader(getTranslation("metrics.catalog.column.unit")).setWidth("6em").setFlexGrow(0);
        export.addColumn(this::departmentName).setHeader(getTranslation("metrics.catalog.column.department"))
                .setWidth("9em").setFlexGrow(0);
        export.addColumn(i -> getTranslation(i.periodic() ? "metrics.label.periodic" : "metrics.label.stock"))
                .setHeader(getTranslation("metrics.catalog.column.kind")).setWidth("7em").setFlexGrow(0);
        export.addColumn(this::dimensions).setHeader(getTranslation("metrics.catalog.column.dimensions"))
                .setWidth("14em").setFlexGrow(0);
        export.addColumn(i -> getTranslation(i.definitionKey()))
                .setHeader(getTranslation("metrics.catalog.column.definition")).setFlexGrow(1);

        search.addValueChangeListener(e -> refresh());
        department.addValueChangeListener(e -> refresh());

        var intro = new Paragraph(getTranslation("metrics.catalog.intro"));
        intro.setId("indicators-intro");
        count.setId("indicators-count");
        add(new ViewToolbar(getTranslation("metrics.catalog.title"), ViewToolbar.group(search, department),
                count, export.downloadButton(getTranslation("metrics.catalog.title"))), intro);
        addAndExpand(grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("metrics.catalog.title");
    }

    /** The indicators the search text and department select, in catalog order. */
    List<Indicator> shown() {
        var text = search.getValue() == null ? "" : search.getValue().trim().toLowerCase(Locale.ROOT);
        var owner = department.getValue();
        return Arrays.stream(Indicator.values())
                .filter(i -> owner == null || i.department().equals(owner.code()))
                .filter(i -> text.isEmpty() || matches(i, text))
                .toList();
    }

    private boolean matches(Indicator indicator, String text) {
        return indicator.code().contains(text)
                || getTranslation(indicator.nameKey()).toLowerCase(Locale.ROOT).contains(text)
                || getTranslation(indicator.definitionKey()).toLowerCase(Locale.ROOT).contains(text);
    }

    private void refresh() {
        var shown = shown();
        grid.setItems(shown);
        count.setText(getTranslation("metrics.catalog.count", shown.size()));
    }

    private String departmentName(Indicator indicator) {
        var owner = departments.get(indicator.department());
        return owner == null ? indicator.department() : owner.name(getLocale());
    }

    private String dimensions(Indicator indicator) {
        return indicator.dimensions().stream().map(Dimension::labelKey).map(this::getTranslation)
                .collect(Collectors.joining("、"));
    }
}
