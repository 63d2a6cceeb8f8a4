package cn.gov.hlj.consumptionaid.catalog.ui;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.catalog.CatalogEntryRow;
import cn.gov.hlj.consumptionaid.catalog.CatalogExpiry;
import cn.gov.hlj.consumptionaid.catalog.CatalogFilter;
import cn.gov.hlj.consumptionaid.catalog.CatalogService;
import cn.gov.hlj.consumptionaid.reference.CategoryRow;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
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

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * 《黑龙江省扶贫产品目录库》: the products in the catalog within the user's region, searchable by product, producer,
 * region, category and validity; entries expiring within 90 days stand out. The Excel export carries the fields of
 * the public notice: 省市县, 生产单位, 产品名称, 所属品类, 带贫人数, 商品价值量（万元）, 认定单位.
 */
@Route("catalog")
@RolesAllowed({AppRoles.COUNTY_REVIEWER, AppRoles.CITY_REVIEWER, AppRoles.PROVINCE_REVIEWER, AppRoles.SUPERVISOR,
        AppRoles.LEADER, AppRoles.BULLETIN_EDITOR})
@Menu(title = "catalog.menu.catalog", order = 520, icon = "vaadin:book")
@StyleSheet("context://styles/catalog.css")
@MenuGroup(MenuGroup.CERTIFICATION)
class CatalogView extends VerticalLayout implements HasDynamicTitle {

    final TextField text = new TextField();
    final TextField producer = new TextField();
    final ComboBox<RegionRow> region = new ComboBox<>();
    final ComboBox<CategoryRow> category = new ComboBox<>();
    final Select<CatalogExpiry> expiry = new Select<>();
    final Checkbox noSales = new Checkbox();
    final Grid<CatalogEntryRow> grid = new Grid<>();
    final GridExcelExport<CatalogEntryRow> export = GridExcelExport.of(grid);

    private final Labels labels;
    private final CatalogService service;
    private CatalogFilter filter = CatalogFilter.ALL;

    CatalogView(CatalogService service, ReferenceService reference, CurrentUser currentUser) {
        this.labels = new Labels(reference, getLocale());
        this.service = service;
        setSizeFull();

        text.setId("catalog-filter-text");
        text.setLabel(getTranslation("catalog.filter.text"));
        text.setPlaceholder(getTranslation("catalog.catalog.filter.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> filter(filter.withText(e.getValue())));
        producer.setId("catalog-filter-producer");
        producer.setLabel(getTranslation("catalog.application.producer"));
        producer.setClearButtonVisible(true);
        producer.setValueChangeMode(ValueChangeMode.LAZY);
        producer.addValueChangeListener(e -> filter(filter.withProducer(e.getValue())));
        region.setId("catalog-filter-region");
        region.setLabel(getTranslation("catalog.catalog.region"));
        region.setItems(labels.regionsWithin(currentUser.require().scope().regionPrefix()));
        region.setItemLabelGenerator(r -> r.name(getLocale()));
        region.setClearButtonVisible(true);
        region.addValueChangeListener(e -> filter(filter.withRegionCode(e.getValue() == null ? null
                : e.getValue().code())));
        category.setId("catalog-filter-category");
        category.setLabel(getTranslation("catalog.application.category"));
        category.setItems(labels.categories());
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        category.setClearButtonVisible(true);
        category.addValueChangeListener(e -> filter(filter.withCategoryCode(e.getValue() == null ? null
                : e.getValue().code())));
        expiry.setId("catalog-filter-expiry");
        expiry.setLabel(getTranslation("catalog.catalog.expiry"));
        expiry.setItems(CatalogExpiry.values());
        expiry.setEmptySelectionAllowed(true);
        expiry.setEmptySelectionCaption(getTranslation("catalog.filter.all"));
        expiry.setItemLabelGenerator(x -> x == null ? getTranslation("catalog.filter.all")
                : getTranslation(x.labelKey()));
        expiry.addValueChangeListener(e -> filter(filter.withExpiry(e.getValue())));

        grid.setId("catalog-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setPartNameGenerator(r -> r.expiry() == CatalogExpiry.VALID ? null : "catalog-" + r.expiry().name()
                .toLowerCase(java.util.Locale.ROOT));
        export.addColumn(CatalogEntryRow::catalogNumber).setHeader(getTranslation("catalog.catalog.number"))
                .setSortProperty("catalogNumber").setAutoWidth(true);
        export.addColumn(r -> labels.regionPath(r.countyCode())).setHeader(getTranslation("catalog.catalog.region"))
                .setSortProperty("countyCode");
        export.addColumn(CatalogEntryRow::producerName).setHeader(getTranslation("catalog.catalog.producer"))
                .setSortProperty("entity.name").setFlexGrow(2);
        export.addColumn(CatalogEntryRow::productName).setHeader(getTranslation("catalog.application.product-name"))
                .setSortProperty("productName").setFlexGrow(2);
        export.addColumn(r -> labels.category(r.categoryCode()))
                .setHeader(getTranslation("catalog.application.category")).setSortProperty("categoryCode");
        export.addColumn(CatalogEntryRow::poorPeopleDriven)
                .setHeader(getTranslation("catalog.application.poor-people-driven"))
                .setSortProperty("poorPeopleDriven");
        export.addColumn(CatalogEntryRow::commodityValue)
                .setHeader(getTranslation("catalog.application.commodity-value")).setSortProperty("commodityValue");
        export.addColumn(r -> getTranslation("catalog.catalog.certifying-unit.value",
                        labels.region(r.certifyingCountyCode())))
                .setHeader(getTranslation("catalog.catalog.certifying-unit"));
        export.addColumn(CatalogEntryRow::publishedOn).setHeader(getTranslation("catalog.application.published-on"))
                .setSortProperty("publishedOn");
        export.addColumn(CatalogEntryRow::validUntil).setHeader(getTranslation("catalog.catalog.valid-until"))
                .setSortProperty("validUntil");
        export.addColumn(r -> getTranslation(r.expiry().labelKey()))
                .setHeader(getTranslation("catalog.catalog.expiry"));
        showEntries();
        noSales.setId("catalog-no-sales");
        noSales.setLabel(getTranslation("catalog.catalog.no-sales"));
        noSales.setTooltipText(getTranslation("catalog.catalog.no-sales.help"));
        noSales.addValueChangeListener(e -> showEntries());
        var user = currentUser.require();
        if (java.util.stream.Stream.of(AppRoles.COUNTY_REVIEWER, AppRoles.CITY_REVIEWER, AppRoles.PROVINCE_REVIEWER,
                AppRoles.SUPERVISOR).anyMatch(user::hasRole)) {
            // Reviewers and supervisors open the entry to act on it (e.g. confirm a withdrawal).
            grid.addItemClickListener(e -> UI.getCurrent().navigate(ApplicationView.class,
                    e.getItem().applicationId()));
        }

        add(new ViewToolbar(getTranslation("catalog.catalog.title"),
                ViewToolbar.group(text, producer, region, category, expiry, noSales), export.downloadButton("catalog")));
        addAndExpand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.catalog.title");
    }

    private void filter(CatalogFilter newFilter) {
        filter = newFilter;
        showEntries();
    }

    /**
     * The entries of the filter, or only the withdrawal candidates (一年内无销售), which are computed as a whole list:
     * a county or city has a few hundred catalog entries, a province a few thousand.
     */
    private void showEntries() {
        if (noSales.getValue()) {
            grid.setItems(service.withdrawalCandidates(filter));
        } else {
            grid.setItems(query -> service.list(filter, toSpringPageRequest(query)).stream(),
                    query -> (int) service.count(filter));
        }
    }
}
