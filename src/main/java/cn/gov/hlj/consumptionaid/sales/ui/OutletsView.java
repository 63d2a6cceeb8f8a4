package cn.gov.hlj.consumptionaid.sales.ui;

import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.reference.RegionFilter;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.sales.OutletFilter;
import cn.gov.hlj.consumptionaid.sales.OutletKind;
import cn.gov.hlj.consumptionaid.sales.OutletRow;
import cn.gov.hlj.consumptionaid.sales.OutletService;
import cn.gov.hlj.consumptionaid.sales.OutletStatus;
import cn.gov.hlj.consumptionaid.sales.SalesException;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The offline outlets (消费扶贫专柜/专区/专馆) of the user's region: the commerce task force records and edits them, the
 * lead office and leaders read them; other departments are refused.
 */
@Route("commerce/outlets")
@RolesAllowed({AppRoles.DEPARTMENT_MEMBER, AppRoles.LEADER})
@Menu(title = "sales.menu.outlets", order = 700, icon = "vaadin:shop")
@MenuGroup("COMMERCE")
class OutletsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final TextField search = new TextField();
    final ComboBox<OutletKind> kind = new ComboBox<>();
    final ComboBox<OutletStatus> status = new ComboBox<>();
    final Grid<OutletRow> grid = new Grid<>();
    final Button add = new Button();
    final Button edit = new Button();
    final Button delete = new Button();

    private final OutletService service;
    private final List<RegionRow> regions;
    private final Map<String, RegionRow> regionsByCode;
    OutletFormDialog dialog;

    OutletsView(OutletService service, ReferenceService reference) {
        this.service = service;
        this.regions = reference.findRegions(RegionFilter.ALL, Pageable.unpaged());
        this.regionsByCode = regions.stream().collect(Collectors.toMap(RegionRow::code, Function.identity()));
        setSizeFull();
        setPadding(false);

        search.setId("outlets-search");
        search.setPlaceholder(getTranslation("sales.outlets.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        kind.setId("outlets-kind");
        kind.setPlaceholder(getTranslation("sales.outlet.kind"));
        kind.setItems(OutletKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setClearButtonVisible(true);
        status.setId("outlets-status");
        status.setPlaceholder(getTranslation("sales.outlet.status"));
        status.setItems(OutletStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setClearButtonVisible(true);

        grid.setId("outlets-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        var export = GridExcelExport.of(grid);
        export.addColumn(row -> getTranslation(row.kind().labelKey())).setHeader(getTranslation("sales.outlet.kind"))
                .setAutoWidth(true);
        export.addColumn(OutletRow::name).setHeader(getTranslation("sales.outlet.name")).setSortProperty("name")
                .setFlexGrow(2).setWidth("14em");
        export.addColumn(OutletRow::address).setHeader(getTranslation("sales.outlet.address")).setFlexGrow(2)
                .setWidth("14em");
        export.addColumn(row -> regionName(row.regionCode())).setHeader(getTranslation("sales.outlet.region"))
                .setAutoWidth(true);
        export.addColumn(OutletRow::operatorName).setHeader(getTranslation("sales.outlet.operator"))
                .setAutoWidth(true);
        export.addColumn(OutletRow::openedOn).setHeader(getTranslation("sales.outlet.opened-on"))
                .setSortProperty("openedOn").setAutoWidth(true);
        export.addColumn(OutletRow::closedOn).setHeader(getTranslation("sales.outlet.closed-on")).setAutoWidth(true);
        export.addColumn(row -> getTranslation(row.status().labelKey()))
                .setHeader(getTranslation("sales.outlet.status")).setAutoWidth(true);
        export.addColumn(row -> row.productIds().size()).setHeader(getTranslation("sales.outlet.product-count"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setItems(query -> service.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.count(filter()));
        grid.addSelectionListener(e -> updateButtons());

        add.setId("outlets-add");
        add.setText(getTranslation("sales.outlets.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openForm(null));
        edit.setId("outlets-edit");
        edit.setText(getTranslation("sales.form.edit"));
        edit.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::openForm));
        delete.setId("outlets-delete");
        delete.setText(getTranslation("sales.form.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::confirmDelete));

        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(new ViewToolbar(getTranslation("sales.outlets.title"), ViewToolbar.group(search, kind, status),
                ViewToolbar.group(add, edit, delete),
                export.downloadButton(getTranslation("sales.outlets.export-name"))));
        addAndExpand(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var editable = service.editable();
            add.setVisible(editable);
            edit.setVisible(editable);
            delete.setVisible(editable);
            updateButtons();
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class, getTranslation("sales.error.not-your-department"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sales.outlets.title");
    }

    OutletFilter filter() {
        return OutletFilter.ALL.withText(search.getValue()).withKind(kind.getValue()).withStatus(status.getValue());
    }

    void openForm(OutletRow existing) {
        dialog = new OutletFormDialog(service, regions, existing,
                existing == null ? service::create : form -> service.update(existing.id(), existing.version(), form),
                row -> grid.getDataProvider().refreshAll());
        dialog.open();
    }

    private void confirmDelete(OutletRow row) {
        var confirm = new ConfirmDialog(getTranslation("sales.form.delete-title"),
                getTranslation("sales.outlets.delete-text", row.name()), getTranslation("sales.form.delete"),
                e -> delete(row));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("sales.form.cancel"));
        confirm.open();
    }

    void delete(OutletRow row) {
        try {
            service.delete(row.id(), row.version());
            Notifications.success(getTranslation("sales.form.deleted"));
            grid.getDataProvider().refreshAll();
        } catch (SalesException e) {
            Notifications.error(e.message(this::getTranslation));
        } catch (org.springframework.security.access.AccessDeniedException e) {
            Notifications.error(getTranslation("sales.error.not-allowed"));
        }
    }

    private void updateButtons() {
        boolean selected = !grid.getSelectedItems().isEmpty();
        edit.setEnabled(selected);
        delete.setEnabled(selected);
    }

    private String regionName(String code) {
        var row = regionsByCode.get(code);
        return row == null ? code : row.name(getLocale());
    }
}
