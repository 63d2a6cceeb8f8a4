package cn.gov.hlj.consumptionaid.sales.ui;

import cn.gov.hlj.consumptionaid.reference.ChannelKind;
import cn.gov.hlj.consumptionaid.reference.ChannelRow;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.reference.RegionFilter;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.sales.DealRow;
import cn.gov.hlj.consumptionaid.sales.ExhibitionFilter;
import cn.gov.hlj.consumptionaid.sales.ExhibitionRow;
import cn.gov.hlj.consumptionaid.sales.ExhibitionService;
import cn.gov.hlj.consumptionaid.sales.SalesException;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.time.ClockConfiguration;
import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Exhibitions (哈洽会, 农交会, 绿博会 …) of the user's region with the deals signed there: the commerce task force
 * records both, the lead office and leaders read them; other departments are refused.
 */
@Route("commerce/exhibitions")
@RolesAllowed({AppRoles.DEPARTMENT_MEMBER, AppRoles.LEADER})
@Menu(title = "sales.menu.exhibitions", order = 710, icon = "vaadin:flag")
@MenuGroup("COMMERCE")
class ExhibitionsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Select<Integer> year = new Select<>();
    final ComboBox<ChannelRow> channel = new ComboBox<>();
    final TextField search = new TextField();
    final Grid<ExhibitionRow> grid = new Grid<>();
    final Button add = new Button();
    final Button edit = new Button();
    final Button delete = new Button();
    final H2 dealsTitle = new H2();
    final Grid<DealRow> deals = new Grid<>();
    final Button addDeal = new Button();
    final Button editDeal = new Button();
    final Button deleteDeal = new Button();
    ExhibitionFormDialog exhibitionDialog;
    DealFormDialog dealDialog;

    private final ExhibitionService service;
    private final List<ChannelRow> exhibitionChannels;
    private final Map<String, ChannelRow> channelsByCode;
    private final List<RegionRow> regions;
    private ExhibitionRow selected;
    private boolean editable;

    ExhibitionsView(ExhibitionService service, ReferenceService reference, Clock clock) {
        this.service = service;
        this.exhibitionChannels = reference.channels().stream().filter(c -> c.kind() == ChannelKind.EXHIBITION)
                .toList();
        this.channelsByCode = reference.channels().stream().collect(Collectors.toMap(ChannelRow::code,
                Function.identity()));
        this.regions = reference.findRegions(RegionFilter.ALL, Pageable.unpaged());
        setSizeFull();
        setPadding(false);

        int thisYear = LocalDate.now(clock.withZone(ClockConfiguration.ZONE)).getYear();
        year.setId("exhibitions-year");
        year.setPlaceholder(getTranslation("sales.exhibitions.year"));
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("sales.exhibitions.all-years"));
        year.setItems(IntStream.rangeClosed(2016, thisYear + 1).boxed().sorted((a, b) -> b - a).toList());
        channel.setId("exhibitions-channel");
        channel.setPlaceholder(getTranslation("sales.exhibition.channel"));
        channel.setItems(exhibitionChannels);
        channel.setItemLabelGenerator(c -> c.name(getLocale()));
        channel.setClearButtonVisible(true);
        search.setId("exhibitions-search");
        search.setPlaceholder(getTranslation("sales.exhibitions.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);

        grid.setId("exhibitions-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        var export = GridExcelExport.of(grid);
        export.addColumn(row -> channelName(row.channelCode())).setHeader(getTranslation("sales.exhibition.channel"))
                .setAutoWidth(true);
        export.addColumn(ExhibitionRow::name).setHeader(getTranslation("sales.exhibition.name")).setFlexGrow(2)
                .setWidth("16em").setSortProperty("name");
        export.addColumn(ExhibitionRow::startsOn).setHeader(getTranslation("sales.exhibition.starts-on"))
                .setSortProperty("startsOn").setAutoWidth(true);
        export.addColumn(ExhibitionRow::endsOn).setHeader(getTranslation("sales.exhibition.ends-on"))
                .setAutoWidth(true);
        export.addColumn(ExhibitionRow::place).setHeader(getTranslation("sales.exhibition.place")).setAutoWidth(true);
        export.addColumn(ExhibitionRow::organizer).setHeader(getTranslation("sales.exhibition.organizer"))
                .setAutoWidth(true);
        export.addColumn(ExhibitionRow::deals).setHeader(getTranslation("sales.exhibition.deals"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        Money.column(grid, export, ExhibitionRow::dealAmount, getLocale())
                .setHeader(getTranslation("sales.exhibition.deal-amount"));
        grid.setItems(query -> service.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.count(filter()));
        grid.addSelectionListener(e -> select(e.getFirstSelectedItem().orElse(null)));

        deals.setId("exhibition-deals-grid");
        deals.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        var dealExport = GridExcelExport.of(deals);
        dealExport.addColumn(DealRow::projectName).setHeader(getTranslation("sales.deal.project")).setFlexGrow(2)
                .setWidth("14em");
        dealExport.addColumn(DealRow::supplierName).setHeader(getTranslation("sales.deal.supplier"))
                .setAutoWidth(true);
        dealExport.addColumn(row -> row.supplierCreditCode() == null ? "" : row.supplierCreditCode())
                .setHeader(getTranslation("sales.deal.supplier-credit-code")).setAutoWidth(true);
        dealExport.addColumn(DealRow::buyerName).setHeader(getTranslation("sales.deal.buyer")).setAutoWidth(true);
        Money.column(deals, dealExport, DealRow::amount, getLocale()).setHeader(getTranslation("sales.deal.amount"));
        dealExport.addColumn(DealRow::signedOn).setHeader(getTranslation("sales.deal.signed-on")).setAutoWidth(true);
        deals.addSelectionListener(e -> updateButtons());

        button(add, "exhibitions-add", "sales.exhibitions.add", e -> openExhibitionForm(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button(edit, "exhibitions-edit", "sales.form.edit", e -> {
            if (selected != null) {
                openExhibitionForm(selected);
            }
        });
        button(delete, "exhibitions-delete", "sales.form.delete", e -> confirm(
                getTranslation("sales.exhibitions.delete-text", selected.name()), () -> deleteExhibition(selected)));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        button(addDeal, "deals-add", "sales.deals.add", e -> openDealForm(null));
        button(editDeal, "deals-edit", "sales.form.edit",
                e -> deals.getSelectedItems().stream().findFirst().ifPresent(this::openDealForm));
        button(deleteDeal, "deals-delete", "sales.form.delete", e -> deals.getSelectedItems().stream().findFirst()
                .ifPresent(deal -> confirm(getTranslation("sales.deals.delete-text", deal.projectName()),
                        () -> deleteDeal(deal))));
        deleteDeal.addThemeVariants(ButtonVariant.LUMO_ERROR);

        year.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        channel.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        dealsTitle.setId("exhibition-deals-title");
        dealsTitle.addClassName("section-title");
        var dealsBar = new HorizontalLayout(dealsTitle, addDeal, editDeal, deleteDeal,
                dealExport.downloadButton(getTranslation("sales.deals.export-name")));
        dealsBar.setAlignItems(Alignment.BASELINE);
        var dealsPanel = new VerticalLayout(dealsBar, deals);
        dealsPanel.setPadding(false);
        dealsPanel.setSizeFull();
        var split = new SplitLayout(grid, dealsPanel, SplitLayout.Orientation.VERTICAL);
        split.setSizeFull();
        split.setSplitterPosition(55);

        add(new ViewToolbar(getTranslation("sales.exhibitions.title"), ViewToolbar.group(year, channel, search),
                ViewToolbar.group(add, edit, delete),
                export.downloadButton(getTranslation("sales.exhibitions.export-name"))));
        addAndExpand(split);
        select(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            editable = service.editable();
            updateButtons();
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class, getTranslation("sales.error.not-your-department"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sales.exhibitions.title");
    }

    ExhibitionFilter filter() {
        return ExhibitionFilter.ALL.withYear(year.getValue()).withText(search.getValue())
                .withChannel(channel.getValue() == null ? null : channel.getValue().code());
    }

    /** Shows the deals of an exhibition (or none). */
    void select(ExhibitionRow exhibition) {
        selected = exhibition;
        dealsTitle.setText(exhibition == null ? getTranslation("sales.deals.title-none")
                : getTranslation("sales.deals.title", exhibition.name()));
        deals.setItems(exhibition == null ? List.of() : service.deals(exhibition.id()));
        updateButtons();
    }

    void openExhibitionForm(ExhibitionRow existing) {
        exhibitionDialog = new ExhibitionFormDialog(exhibitionChannels, regions, existing,
                existing == null ? service::create
                        : form -> service.update(existing.id(), existing.version(), form),
                row -> {
                    grid.getDataProvider().refreshAll();
                    select(row);
                });
        exhibitionDialog.open();
    }

    void openDealForm(DealRow existing) {
        if (selected == null) {
            return;
        }
        var exhibitionId = selected.id();
        dealDialog = new DealFormDialog(existing,
                existing == null ? form -> service.addDeal(exhibitionId, form)
                        : form -> service.updateDeal(existing.id(), existing.version(), form),
                row -> refreshSelected(exhibitionId));
        dealDialog.open();
    }

    void deleteExhibition(ExhibitionRow exhibition) {
        run(() -> service.delete(exhibition.id(), exhibition.version()));
        grid.getDataProvider().refreshAll();
        select(null);
    }

    void deleteDeal(DealRow deal) {
        run(() -> service.removeDeal(deal.id(), deal.version()));
        refreshSelected(deal.exhibitionId());
    }

    private void refreshSelected(long exhibitionId) {
        grid.getDataProvider().refreshAll();
        select(service.find(exhibitionId));
    }

    private void run(Runnable command) {
        try {
            command.run();
            Notifications.success(getTranslation("sales.form.deleted"));
        } catch (SalesException e) {
            Notifications.error(e.message(this::getTranslation));
        } catch (org.springframework.security.access.AccessDeniedException e) {
            Notifications.error(getTranslation("sales.error.not-allowed"));
        }
    }

    private void confirm(String text, Runnable action) {
        var dialog = new ConfirmDialog(getTranslation("sales.form.delete-title"), text,
                getTranslation("sales.form.delete"), e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("sales.form.cancel"));
        dialog.open();
    }

    private void button(Button button, String id, String key, ComponentEventListener<ClickEvent<Button>> listener) {
        button.setId(id);
        button.setText(getTranslation(key));
        button.addClickListener(listener);
    }

    private void updateButtons() {
        add.setVisible(editable);
        edit.setVisible(editable);
        delete.setVisible(editable);
        addDeal.setVisible(editable);
        editDeal.setVisible(editable);
        deleteDeal.setVisible(editable);
        edit.setEnabled(selected != null);
        delete.setEnabled(selected != null);
        addDeal.setEnabled(selected != null);
        boolean dealSelected = !deals.getSelectedItems().isEmpty();
        editDeal.setEnabled(dealSelected);
        deleteDeal.setEnabled(dealSelected);
    }

    private String channelName(String code) {
        var row = channelsByCode.get(code);
        return row == null ? code : row.name(getLocale());
    }
}
