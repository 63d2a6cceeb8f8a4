package cn.gov.hlj.consumptionaid.purchasing.ui;

import cn.gov.hlj.consumptionaid.purchasing.BudgetUnitKind;
import cn.gov.hlj.consumptionaid.purchasing.PurchaserFilter;
import cn.gov.hlj.consumptionaid.purchasing.PurchaserRow;
import cn.gov.hlj.consumptionaid.purchasing.PurchaserService;
import cn.gov.hlj.consumptionaid.purchasing.PurchaserType;
import cn.gov.hlj.consumptionaid.purchasing.SchoolType;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.reference.RegionFilter;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The purchasers the user may see — a department through its lens (finance the budget units, education the schools,
 * SASAC the SOEs …), leaders all — filtered, lazily loaded and exportable.
 */
@Route("data/purchasers")
@RolesAllowed({AppRoles.DEPARTMENT_MEMBER, AppRoles.LEADER})
@Menu(title = "purchasing.menu.purchasers", order = 500, icon = "vaadin:institution")
@MenuGroup(MenuGroup.DATA)
class PurchasersView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final TextField search = new TextField();
    final ComboBox<PurchaserType> type = new ComboBox<>();
    final ComboBox<BudgetUnitKind> kind = new ComboBox<>();
    final ComboBox<SchoolType> schoolType = new ComboBox<>();
    final ComboBox<RegionRow> prefecture = new ComboBox<>();
    final Grid<PurchaserRow> grid = new Grid<>();

    private final PurchaserService service;
    private final Map<String, RegionRow> regions;
    private Long batchId;

    PurchasersView(PurchaserService service, ReferenceService reference) {
        this.service = service;
        this.regions = reference.findRegions(RegionFilter.ALL, Pageable.unpaged()).stream()
                .collect(Collectors.toMap(RegionRow::code, Function.identity()));
        setSizeFull();
        setPadding(false);

        search.setId("purchasers-search");
        search.setPlaceholder(getTranslation("purchasing.purchasers.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        type.setId("purchasers-type");
        type.setPlaceholder(getTranslation("purchasing.purchaser.type"));
        type.setItems(PurchaserType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        type.setClearButtonVisible(true);
        kind.setId("purchasers-kind");
        kind.setPlaceholder(getTranslation("purchasing.purchaser.kind"));
        kind.setItems(BudgetUnitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setClearButtonVisible(true);
        schoolType.setId("purchasers-school-type");
        schoolType.setPlaceholder(getTranslation("purchasing.purchaser.school-type"));
        schoolType.setItems(SchoolType.values());
        schoolType.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        schoolType.setClearButtonVisible(true);
        prefecture.setId("purchasers-prefecture");
        prefecture.setPlaceholder(getTranslation("purchasing.purchaser.prefecture"));
        prefecture.setItems(reference.prefectures());
        prefecture.setItemLabelGenerator(r -> r.name(getLocale()));
        prefecture.setClearButtonVisible(true);

        grid.setId("purchasers-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        var export = GridExcelExport.of(grid);
        export.addColumn(PurchaserRow::code).setHeader(getTranslation("purchasing.purchaser.code"))
                .setSortProperty("code").setAutoWidth(true);
        export.addColumn(PurchaserRow::name).setHeader(getTranslation("purchasing.purchaser.name"))
                .setSortProperty("name").setFlexGrow(3);
        export.addColumn(row -> getTranslation(row.type().labelKey()))
                .setHeader(getTranslation("purchasing.purchaser.type")).setAutoWidth(true);
        export.addColumn(row -> row.budgetUnitKind() == null ? "" : getTranslation(row.budgetUnitKind().labelKey()))
                .setHeader(getTranslation("purchasing.purchaser.kind")).setAutoWidth(true);
        export.addColumn(row -> row.schoolType() == null ? "" : getTranslation(row.schoolType().labelKey()))
                .setHeader(getTranslation("purchasing.purchaser.school-type")).setAutoWidth(true);
        export.addColumn(row -> row.level() == null ? "" : getTranslation(row.level().labelKey()))
                .setHeader(getTranslation("purchasing.purchaser.level")).setAutoWidth(true);
        export.addColumn(row -> regionName(row.regionCode()))
                .setHeader(getTranslation("purchasing.purchaser.region")).setAutoWidth(true);
        export.addColumn(row -> row.canteen() == null ? "" : getTranslation(row.canteen().labelKey()))
                .setHeader(getTranslation("purchasing.purchaser.canteen")).setAutoWidth(true);
        export.addColumn(row -> row.importBatchId() == null ? ""
                        : getTranslation("purchasing.purchaser.source-value", row.importBatchId(), row.sourceRow()))
                .setHeader(getTranslation("purchasing.purchaser.source")).setAutoWidth(true);
        grid.setItems(query -> service.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.count(filter()));

        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        type.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        schoolType.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        prefecture.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(new ViewToolbar(getTranslation("purchasing.purchasers.title"),
                ViewToolbar.group(search, type, kind, schoolType, prefecture),
                export.downloadButton(getTranslation("purchasing.purchasers.export-name"))));
        addAndExpand(grid);
    }

    /** Opened with {@code ?batch=N}, the list shows the purchasers that import batch created. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        batchId = event.getLocation().getQueryParameters().getSingleParameter("batch")
                .filter(b -> b.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchasing.purchasers.title");
    }

    PurchaserFilter filter() {
        return PurchaserFilter.ALL.withText(search.getValue()).withType(type.getValue())
                .withBudgetUnitKind(kind.getValue()).withSchoolType(schoolType.getValue())
                .withRegion(prefecture.getValue() == null ? null : prefecture.getValue().code())
                .withImportBatch(batchId);
    }

    private String regionName(String code) {
        var region = regions.get(code);
        return region == null ? code : region.name(getLocale());
    }
}
