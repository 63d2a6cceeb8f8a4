package cn.gov.hlj.consumptionaid.purchasing.ui;

import cn.gov.hlj.consumptionaid.purchasing.PurchaseFilter;
import cn.gov.hlj.consumptionaid.purchasing.PurchaseRow;
import cn.gov.hlj.consumptionaid.purchasing.PurchaseService;
import cn.gov.hlj.consumptionaid.purchasing.PurchaserType;
import cn.gov.hlj.consumptionaid.reference.CategoryRow;
import cn.gov.hlj.consumptionaid.reference.ChannelRow;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.reference.RegionFilter;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;


import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The purchases (orders) the user may see, through their department's lens: finance the budget units' orders,
 * education the schools', SASAC the SOEs' (with 以购代捐), the federation the private firms'. Filtered, lazily loaded,
 * summed and exportable; every row names the import batch and the row of the file it came from. Opened with
 * {@code ?batch=N} it lists the rows of one import batch.
 */
@Route("data/purchases")
@RolesAllowed({AppRoles.DEPARTMENT_MEMBER, AppRoles.LEADER})
@Menu(title = "purchasing.menu.purchases", order = 507, icon = "vaadin:cart")
@MenuGroup(MenuGroup.DATA)
class PurchasesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final TextField search = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<ChannelRow> channel = new ComboBox<>();
    final ComboBox<PurchaserType> purchaserType = new ComboBox<>();
    final ComboBox<RegionRow> prefecture = new ComboBox<>();
    final Checkbox countedOnly = new Checkbox();
    final Checkbox donationOnly = new Checkbox();
    final Span totals = new Span();
    final Grid<PurchaseRow> grid = new Grid<>();
    final GridExcelExport<PurchaseRow> export = GridExcelExport.of(grid);

    private final PurchaseService service;
    private final Map<String, RegionRow> regions;
    private final Map<String, String> channels;
    private final Map<String, String> categories;
    private Long batchId;

    PurchasesView(PurchaseService service, ReferenceService reference) {
        this.service = service;
        this.regions = reference.findRegions(RegionFilter.ALL, Pageable.unpaged()).stream()
                .collect(Collectors.toMap(RegionRow::code, Function.identity()));
        var channelRows = reference.channels();
        boolean chinese = !Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
        this.channels = channelRows.stream().collect(Collectors.toMap(ChannelRow::code,
                c -> chinese ? c.nameZh() : c.nameEn()));
        this.categories = reference.categories().stream().collect(Collectors.toMap(CategoryRow::code,
                c -> chinese ? c.nameZh() : c.nameEn()));
        setSizeFull();
        setPadding(false);

        search.setId("purchases-search");
        search.setPlaceholder(getTranslation("purchasing.purchases.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        from.setId("purchases-from");
        from.setPlaceholder(getTranslation("purchasing.purchases.from"));
        from.setClearButtonVisible(true);
        to.setId("purchases-to");
        to.setPlaceholder(getTranslation("purchasing.purchases.to"));
        to.setClearButtonVisible(true);
        channel.setId("purchases-channel");
        channel.setPlaceholder(getTranslation("purchasing.purchase.channel"));
        channel.setItems(channelRows);
        channel.setItemLabelGenerator(c -> channels.get(c.code()));
        channel.setClearButtonVisible(true);
        purchaserType.setId("purchases-purchaser-type");
        purchaserType.setPlaceholder(getTranslation("purchasing.purchaser.type"));
        purchaserType.setItems(PurchaserType.values());
        purchaserType.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        purchaserType.setClearButtonVisible(true);
        prefecture.setId("purchases-prefecture");
        prefecture.setPlaceholder(getTranslation("purchasing.purchaser.prefecture"));
        prefecture.setItems(reference.prefectures());
        prefecture.setItemLabelGenerator(r -> r.name(getLocale()));
        prefecture.setClearButtonVisible(true);
        countedOnly.setId("purchases-counted-only");
        countedOnly.setLabel(getTranslation("purchasing.purchases.counted-only"));
        donationOnly.setId("purchases-donation-only");
        donationOnly.setLabel(getTranslation("purchasing.purchases.donation-only"));
        totals.setId("purchases-totals");

        grid.setId("purchases-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        export.addColumn(PurchaseRow::orderNo).setHeader(getTranslation("purchasing.purchase.order-no"))
                .setSortProperty("orderNo").setAutoWidth(true);
        export.addColumn(PurchaseRow::orderDate).setHeader(getTranslation("purchasing.purchase.date"))
                .setSortProperty("orderDate").setAutoWidth(true);
        export.addColumn(PurchaseRow::purchaserName).setHeader(getTranslation("purchasing.purchase.purchaser"))
                .setFlexGrow(2);
        export.addColumn(row -> getTranslation(row.purchaserType().labelKey()))
                .setHeader(getTranslation("purchasing.purchaser.type")).setAutoWidth(true);
        export.addColumn(row -> regionName(row.purchaserRegionCode()))
                .setHeader(getTranslation("purchasing.purchaser.region")).setAutoWidth(true);
        export.addColumn(PurchaseRow::supplierName).setHeader(getTranslation("purchasing.purchase.supplier"))
                .setFlexGrow(2);
        export.addColumn(PurchaseRow::productName).setHeader(getTranslation("purchasing.purchase.product"))
                .setSortProperty("productName").setFlexGrow(2);
        export.addColumn(row -> categories.getOrDefault(row.categoryCode(), row.categoryCode()))
                .setHeader(getTranslation("purchasing.purchase.category")).setAutoWidth(true);
        export.addColumn(row -> regionName(row.originCountyCode()))
                .setHeader(getTranslation("purchasing.purchase.origin")).setAutoWidth(true);
        export.addColumn(row -> channels.getOrDefault(row.channelCode(), row.channelCode()))
                .setHeader(getTranslation("purchasing.purchase.channel")).setAutoWidth(true);
        export.addColumn(PurchaseRow::amount).setHeader(getTranslation("purchasing.purchase.amount"))
                .setSortProperty("amount").setAutoWidth(true).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        export.addColumn(row -> getTranslation(row.status().labelKey()))
                .setHeader(getTranslation("purchasing.purchase.status")).setAutoWidth(true);
        export.addColumn(this::flags).setHeader(getTranslation("purchasing.purchase.flags")).setAutoWidth(true);
        export.addColumn(row -> row.importBatchId() == null ? ""
                        : getTranslation("purchasing.purchaser.source-value", row.importBatchId(), row.sourceRow()))
                .setHeader(getTranslation("purchasing.purchaser.source")).setAutoWidth(true);
        grid.setItems(query -> service.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.count(filter()));

        search.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        channel.addValueChangeListener(e -> refresh());
        purchaserType.addValueChangeListener(e -> refresh());
        prefecture.addValueChangeListener(e -> refresh());
        countedOnly.addValueChangeListener(e -> refresh());
        donationOnly.addValueChangeListener(e -> refresh());

        add(new ViewToolbar(getTranslation("purchasing.purchases.title"),
                ViewToolbar.group(search, from, to, channel, purchaserType, prefecture, countedOnly, donationOnly),
                export.downloadButton(getTranslation("purchasing.purchases.export-name"))));
        add(totals);
        addAndExpand(grid);
        // The totals are shown by beforeEnter, which every navigation here runs (with or without ?batch=).
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var batch = event.getLocation().getQueryParameters().getSingleParameter("batch");
        batchId = batch.filter(b -> b.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchasing.purchases.title");
    }

    PurchaseFilter filter() {
        return PurchaseFilter.ALL.withText(search.getValue()).withPeriod(from.getValue(), to.getValue())
                .withChannel(channel.getValue() == null ? null : channel.getValue().code())
                .withPurchaserType(purchaserType.getValue())
                .withRegion(prefecture.getValue() == null ? null : prefecture.getValue().code())
                .withCountedOnly(countedOnly.getValue())
                .withDonation(donationOnly.getValue() ? Boolean.TRUE : null)
                .withImportBatch(batchId);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showTotals();
    }

    private void showTotals() {
        var sum = service.totals(filter());
        var money = NumberFormat.getNumberInstance(getLocale());
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        var key = batchId == null ? "purchasing.purchases.totals" : "purchasing.purchases.totals-of-batch";
        totals.setText(getTranslation(key, sum.orders(), money.format(sum.amount()),
                money.format(sum.countedAmount()), batchId == null ? "" : batchId));
    }

    private String flags(PurchaseRow row) {
        var flags = new StringBuilder();
        if (row.donation()) {
            flags.append(getTranslation("purchasing.purchase.donation")).append(' ');
        }
        if (row.consignment()) {
            flags.append(getTranslation("purchasing.purchase.consignment")).append(' ');
        }
        if (row.unionPurchase()) {
            flags.append(getTranslation("purchasing.purchase.union"));
        }
        return flags.toString().strip();
    }

    private String regionName(String code) {
        var region = regions.get(code);
        return region == null ? code : region.name(getLocale());
    }

}
