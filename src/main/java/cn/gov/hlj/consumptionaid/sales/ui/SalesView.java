package cn.gov.hlj.consumptionaid.sales.ui;

import cn.gov.hlj.consumptionaid.reference.CategoryRow;
import cn.gov.hlj.consumptionaid.reference.ChannelRow;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.reference.RegionFilter;
import cn.gov.hlj.consumptionaid.reference.RegionLevel;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.sales.BuyerType;
import cn.gov.hlj.consumptionaid.sales.Provinces;
import cn.gov.hlj.consumptionaid.sales.SaleFilter;
import cn.gov.hlj.consumptionaid.sales.SaleRow;
import cn.gov.hlj.consumptionaid.sales.SalesService;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
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

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sales records the user's department sees (see {@code SalesLens}), filtered by period, channel, region, category,
 * buyer type and import batch, lazily loaded, totalled in 万元 and exportable; each row names its batch and source
 * row. Opened with {@code ?batch=12} it lists the rows of one import.
 */
@Route("data/sales")
@RolesAllowed({AppRoles.DEPARTMENT_MEMBER, AppRoles.LEADER})
@Menu(title = "sales.menu.sales", order = 530, icon = "vaadin:cart")
@MenuGroup(MenuGroup.DATA)
class SalesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String BATCH_PARAMETER = "batch";

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<ChannelRow> channel = new ComboBox<>();
    final ComboBox<RegionRow> region = new ComboBox<>();
    final ComboBox<CategoryRow> category = new ComboBox<>();
    final ComboBox<BuyerType> buyerType = new ComboBox<>();
    final TextField search = new TextField();
    final IntegerField batch = new IntegerField();
    final Span total = new Span();
    final Span batchInfo = new Span();
    final Grid<SaleRow> grid = new Grid<>();

    private final SalesService service;
    private final Map<String, ChannelRow> channels;
    private final Map<String, CategoryRow> categories;
    private final Map<String, RegionRow> regions;

    SalesView(SalesService service, ReferenceService reference) {
        this.service = service;
        this.channels = reference.channels().stream().collect(Collectors.toMap(ChannelRow::code,
                Function.identity()));
        this.categories = reference.categories().stream().collect(Collectors.toMap(CategoryRow::code,
                Function.identity()));
        var allRegions = reference.findRegions(RegionFilter.ALL, Pageable.unpaged());
        this.regions = allRegions.stream().collect(Collectors.toMap(RegionRow::code, Function.identity()));
        setSizeFull();
        setPadding(false);

        from.setId("sales-from");
        from.setPlaceholder(getTranslation("sales.filter.from"));
        from.setClearButtonVisible(true);
        to.setId("sales-to");
        to.setPlaceholder(getTranslation("sales.filter.to"));
        to.setClearButtonVisible(true);
        channel.setId("sales-channel");
        channel.setPlaceholder(getTranslation("sales.sale.channel"));
        channel.setItems(reference.channels());
        channel.setItemLabelGenerator(c -> c.name(getLocale()));
        channel.setClearButtonVisible(true);
        region.setId("sales-region");
        region.setPlaceholder(getTranslation("sales.sale.region"));
        region.setItems(allRegions.stream().filter(r -> r.level() != RegionLevel.PROVINCE).toList());
        region.setItemLabelGenerator(r -> r.name(getLocale()) + " " + r.code());
        region.setClearButtonVisible(true);
        category.setId("sales-category");
        category.setPlaceholder(getTranslation("sales.sale.category"));
        category.setItems(reference.categories());
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        category.setClearButtonVisible(true);
        buyerType.setId("sales-buyer-type");
        buyerType.setPlaceholder(getTranslation("sales.sale.buyer-type"));
        buyerType.setItems(BuyerType.values());
        buyerType.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        buyerType.setClearButtonVisible(true);
        search.setId("sales-search");
        search.setPlaceholder(getTranslation("sales.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        batch.setId("sales-batch");
        batch.setPlaceholder(getTranslation("sales.filter.batch"));
        batch.setClearButtonVisible(true);
        batch.setMin(1);
        total.setId("sales-total");
        batchInfo.setId("sales-batch-info");

        grid.setId("sales-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        var export = GridExcelExport.of(grid);
        export.addColumn(SaleRow::saleDate).setHeader(getTranslation("sales.sale.date")).setSortProperty("saleDate")
                .setAutoWidth(true);
        export.addColumn(row -> channelName(row.channelCode())).setHeader(getTranslation("sales.sale.channel"))
                .setSortProperty("channelCode").setAutoWidth(true);
        export.addColumn(SaleRow::recordNo).setHeader(getTranslation("sales.sale.record-no")).setAutoWidth(true);
        export.addColumn(SaleRow::productName).setHeader(getTranslation("sales.sale.product")).setFlexGrow(2)
                .setWidth("12em");
        export.addColumn(row -> categoryName(row.categoryCode())).setHeader(getTranslation("sales.sale.category"))
                .setAutoWidth(true);
        export.addColumn(row -> regionName(row.regionCode())).setHeader(getTranslation("sales.sale.region"))
                .setAutoWidth(true);
        export.addColumn(row -> getTranslation(row.buyerType().labelKey()))
                .setHeader(getTranslation("sales.sale.buyer-type")).setAutoWidth(true);
        export.addColumn(row -> Provinces.name(row.buyerProvinceCode()).orElse(""))
                .setHeader(getTranslation("sales.sale.buyer-province")).setAutoWidth(true);
        export.addColumn(SaleRow::quantity).setHeader(getTranslation("sales.sale.quantity"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        export.addColumn(SaleRow::unit).setHeader(getTranslation("sales.sale.unit")).setAutoWidth(true);
        Money.column(grid, export, SaleRow::amount, getLocale()).setHeader(getTranslation("sales.sale.amount"))
                .setSortProperty("amount");
        export.addColumn(row -> row.importBatchId() == null ? getTranslation("sales.sale.source-none")
                        : getTranslation("sales.sale.source-value", row.importBatchId(), row.sourceRow()))
                .setHeader(getTranslation("sales.sale.source")).setAutoWidth(true);
        grid.setItems(query -> service.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.count(filter()));

        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        channel.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        buyerType.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        batch.addValueChangeListener(e -> refresh());

        add(new ViewToolbar(getTranslation("sales.sales.title"),
                ViewToolbar.group(from, to, channel, region, category, buyerType, search, batch),
                export.downloadButton(getTranslation("sales.sales.export-name"))), total, batchInfo);
        addAndExpand(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (service.lens().isEmpty()) {
            event.rerouteToError(AccessDeniedException.class, getTranslation("sales.error.no-lens"));
            return;
        }
        event.getLocation().getQueryParameters().getSingleParameter(BATCH_PARAMETER).ifPresent(value -> {
            try {
                batch.setValue(Integer.valueOf(value));
            } catch (NumberFormatException ignored) {
                // a hand-written URL: list everything
            }
        });
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sales.sales.title");
    }

    SaleFilter filter() {
        return SaleFilter.ALL.withPeriod(from.getValue(), to.getValue())
                .withChannel(channel.getValue() == null ? null : channel.getValue().code())
                .withRegion(region.getValue() == null ? null : region.getValue().code())
                .withCategory(category.getValue() == null ? null : category.getValue().code())
                .withBuyerType(buyerType.getValue())
                .withText(search.getValue())
                .withImportBatch(batch.getValue() == null ? null : batch.getValue().longValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        var sum = service.total(filter());
        total.setText(getTranslation("sales.sales.total", sum.records(), Money.tenThousands(sum.amount())));
        var selected = batch.getValue() == null ? null : service.batch(batch.getValue()).orElse(null);
        batchInfo.setVisible(selected != null);
        if (selected != null) {
            batchInfo.setText(getTranslation("sales.sales.batch-info", selected.id(), selected.fileName(),
                    selected.importedBy(), selected.importedAt().toLocalDate().toString(), selected.rowsCreated(),
                    selected.rowsSkipped()));
        }
    }

    private String channelName(String code) {
        var row = channels.get(code);
        return row == null ? code : row.name(getLocale());
    }

    private String categoryName(String code) {
        var row = categories.get(code);
        return row == null ? code : row.name(getLocale());
    }

    private String regionName(String code) {
        var row = regions.get(code);
        return row == null ? code : row.name(getLocale());
    }
}
