package cn.gov.hlj.consumptionaid.purchasing.ui;

import cn.gov.hlj.consumptionaid.purchasing.PurchaserFilter;
import cn.gov.hlj.consumptionaid.purchasing.ReservedShareRow;
import cn.gov.hlj.consumptionaid.purchasing.ReservedShareService;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.time.ClockConfiguration;
import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.NumberRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;

/** Budget units' reserved shares of a year, as the user's department sees them, lazily loaded and exportable. */
@Route("data/reserved-shares")
@RolesAllowed({AppRoles.DEPARTMENT_MEMBER, AppRoles.LEADER})
@Menu(title = "purchasing.menu.reserved-shares", order = 505, icon = "vaadin:piggy-bank-coin")
@MenuGroup(MenuGroup.DATA)
class ReservedSharesView extends VerticalLayout implements HasDynamicTitle {

    final Select<Integer> year = new Select<>();
    final TextField search = new TextField();
    final Grid<ReservedShareRow> grid = new Grid<>();

    ReservedSharesView(ReservedShareService service, Clock clock) {
        setSizeFull();
        setPadding(false);
        int thisYear = LocalDate.now(clock.withZone(ClockConfiguration.ZONE)).getYear();
        year.setId("reserved-shares-year");
        year.setLabel(getTranslation("purchasing.reserved-shares.year"));
        year.setItems(IntStream.rangeClosed(2016, thisYear + 1).boxed().sorted((a, b) -> b - a).toList());
        year.setValue(thisYear);
        search.setId("reserved-shares-search");
        search.setPlaceholder(getTranslation("purchasing.purchasers.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);

        grid.setId("reserved-shares-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        var export = GridExcelExport.of(grid);
        export.addColumn(ReservedShareRow::purchaserCode).setHeader(getTranslation("purchasing.purchaser.code"))
                .setAutoWidth(true);
        export.addColumn(ReservedShareRow::purchaserName).setHeader(getTranslation("purchasing.purchaser.name"))
                .setFlexGrow(3).setWidth("16em");
        export.addColumn(row -> getTranslation(row.canteen().labelKey()))
                .setHeader(getTranslation("purchasing.purchaser.canteen")).setAutoWidth(true);
        money(export, ReservedShareRow::canteenBudget, "purchasing.reserved-share.budget");
        money(export, ReservedShareRow::reservedRatio, "purchasing.reserved-share.ratio");
        money(export, ReservedShareRow::reservedAmount, "purchasing.reserved-share.amount");
        export.addColumn(row -> row.filedByCode() == null ? "" : row.filedByCode())
                .setHeader(getTranslation("purchasing.reserved-share.filed-by")).setAutoWidth(true);
        export.addColumn(row -> getTranslation(row.status().labelKey()))
                .setHeader(getTranslation("purchasing.reserved-share.status")).setAutoWidth(true);
        export.addColumn(row -> row.remarks() == null ? "" : row.remarks())
                .setHeader(getTranslation("purchasing.reserved-share.remarks")).setFlexGrow(2);
        grid.setItems(query -> service.list(year.getValue(), filter(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.count(year.getValue(), filter()));
        year.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(new ViewToolbar(getTranslation("purchasing.reserved-shares.title"), ViewToolbar.group(year, search),
                export.downloadButton(getTranslation("purchasing.reserved-shares.export-name"))));
        addAndExpand(grid);
    }

    /** An amount shown as 2,662,050.00, right-aligned; the export keeps it a number. */
    private void money(GridExcelExport<ReservedShareRow> export, ValueProvider<ReservedShareRow, BigDecimal> value,
                       String headerKey) {
        var renderer = new NumberRenderer<ReservedShareRow>(row -> value.apply(row), "%,.2f", getLocale());
        var column = grid.addColumn(renderer).setHeader(getTranslation(headerKey)).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        export.register(column, value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchasing.reserved-shares.title");
    }

    private PurchaserFilter filter() {
        return PurchaserFilter.ALL.withText(search.getValue());
    }
}
