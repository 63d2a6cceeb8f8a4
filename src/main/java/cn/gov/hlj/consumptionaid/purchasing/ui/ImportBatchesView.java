package cn.gov.hlj.consumptionaid.purchasing.ui;

import cn.gov.hlj.consumptionaid.purchasing.ImportBatchService;
import cn.gov.hlj.consumptionaid.purchasing.ImportType;
import cn.gov.hlj.consumptionaid.shared.importing.ImportBatchRow;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import java.time.format.DateTimeFormatter;

/**
 * Every import batch the user may see — file, SHA-256, who and when, rows created and skipped — with a link to the
 * records it brought in (数据可核查、可追溯).
 */
@Route("data/import-batches")
@RolesAllowed({AppRoles.DEPARTMENT_MEMBER, AppRoles.LEADER})
@Menu(title = "purchasing.menu.import-batches", order = 530, icon = "vaadin:archive")
@MenuGroup(MenuGroup.DATA)
class ImportBatchesView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    final ComboBox<ImportType> type = new ComboBox<>();
    final Grid<ImportBatchRow> grid = new Grid<>();
    final GridExcelExport<ImportBatchRow> export = GridExcelExport.of(grid);

    ImportBatchesView(ImportBatchService service) {
        setSizeFull();
        setPadding(false);
        type.setId("import-batches-type");
        type.setPlaceholder(getTranslation("purchasing.import-batches.type"));
        type.setItems(ImportType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        type.setClearButtonVisible(true);

        grid.setId("import-batches-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        export.addColumn(ImportBatchRow::id).setHeader(getTranslation("purchasing.import-batches.id"))
                .setAutoWidth(true);
        export.addColumn(row -> getTranslation(row.type().labelKey()))
                .setHeader(getTranslation("purchasing.import-batches.type")).setAutoWidth(true);
        export.addColumn(ImportBatchRow::fileName).setHeader(getTranslation("purchasing.import-batches.file"))
                .setFlexGrow(2);
        export.addColumn(ImportBatchRow::fileSha256).setHeader("SHA-256").setWidth("10em");
        export.addColumn(ImportBatchRow::rowsInFile).setHeader(getTranslation("purchasing.import-batches.rows"))
                .setAutoWidth(true);
        export.addColumn(ImportBatchRow::rowsCreated).setHeader(getTranslation("purchasing.import-batches.created"))
                .setAutoWidth(true);
        export.addColumn(ImportBatchRow::rowsSkipped).setHeader(getTranslation("purchasing.import-batches.skipped"))
                .setAutoWidth(true);
        export.addColumn(ImportBatchRow::importedBy).setHeader(getTranslation("purchasing.import-batches.by"))
                .setAutoWidth(true);
        export.addColumn(row -> row.importedAt().format(WHEN))
                .setHeader(getTranslation("purchasing.import-batches.at")).setAutoWidth(true);
        grid.addComponentColumn(this::records).setHeader(getTranslation("purchasing.import-batches.records"))
                .setAutoWidth(true);
        grid.setItems(query -> service.list(type.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) service.count(type.getValue()));
        type.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(new ViewToolbar(getTranslation("purchasing.import-batches.title"), ViewToolbar.group(type),
                export.downloadButton(getTranslation("purchasing.import-batches.export-name"))));
        addAndExpand(grid);
    }

    /** A link to the records of the batch, in the list of their kind. */
    Component records(ImportBatchRow row) {
        if (!(row.type() instanceof ImportType kind)) {
            return new Span(); // the service lists this module's batches only
        }
        var parameters = QueryParameters.of("batch", Long.toString(row.id()));
        return switch (kind) {
            case PURCHASES -> link(PurchasesView.class, parameters);
            case PURCHASERS -> link(PurchasersView.class, parameters);
            // Shares are listed by year; their rows carry the batch in the share list's export.
            case RESERVED_SHARES -> new Span(getTranslation("purchasing.import-batches.shares-by-year"));
        };
    }

    private RouterLink link(Class<? extends Component> view, QueryParameters parameters) {
        var link = new RouterLink(getTranslation("purchasing.import-batches.open"), view);
        link.setQueryParameters(parameters);
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchasing.import-batches.title");
    }
}
