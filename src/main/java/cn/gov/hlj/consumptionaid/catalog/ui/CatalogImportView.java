package cn.gov.hlj.consumptionaid.catalog.ui;

import cn.gov.hlj.consumptionaid.catalog.CatalogImportReport;
import cn.gov.hlj.consumptionaid.catalog.CatalogImportService;
import cn.gov.hlj.consumptionaid.catalog.ImportProblem;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

/**
 * Takes over an existing catalog list (.xlsx, the columns of {@link CatalogImportService#COLUMNS}): the file is read
 * and checked first (preview: new entries, entries already in the catalog, problems by row and column); importing
 * writes all new entries or none, and importing the same file again changes nothing.
 */
@Route("catalog/import")
@RolesAllowed(AppRoles.PROVINCE_REVIEWER)
@Menu(title = "catalog.menu.import", order = 525, icon = "vaadin:upload")
@MenuGroup(MenuGroup.CERTIFICATION)
class CatalogImportView extends VerticalLayout implements HasDynamicTitle {

    final Upload upload;
    final Paragraph columns = new Paragraph();
    final Paragraph summary = new Paragraph();
    final Grid<ImportProblem> problems = new Grid<>();
    final Button commit = new Button();

    private final CatalogImportService service;
    private String fileName;
    private byte[] content;

    CatalogImportView(CatalogImportService service) {
        this.service = service;
        columns.setText(getTranslation("catalog.import.columns", String.join("、", CatalogImportService.COLUMNS)));
        // The callback runs in the upload request; reading the file and the UI update go through the UI's lock.
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                load(metadata.fileName(), bytes)))));
        upload.setId("catalog-import-upload");
        upload.setAcceptedFileTypes(".xlsx");
        summary.setId("catalog-import-summary");
        problems.setId("catalog-import-problems");
        problems.setAllRowsVisible(true);
        problems.addColumn(ImportProblem::row).setHeader(getTranslation("catalog.import.row")).setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(ImportProblem::column).setHeader(getTranslation("catalog.import.column")).setAutoWidth(true);
        problems.addColumn(p -> p.error().message(this::getTranslation))
                .setHeader(getTranslation("catalog.import.reason")).setFlexGrow(3);
        commit.setId("catalog-import-commit");
        commit.setText(getTranslation("catalog.import.commit"));
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(e -> show(service.commit(fileName, content)));
        add(new ViewToolbar(getTranslation("catalog.import.title")), columns, upload, summary, problems, commit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.import.title");
    }

    /** Reads an uploaded file and shows what importing it would do. */
    void load(String name, byte[] bytes) {
        this.fileName = name;
        this.content = bytes.clone();
        show(service.preview(bytes));
    }

    private void show(CatalogImportReport report) {
        summary.setText(getTranslation(report.committed() ? "catalog.import.done" : "catalog.import.preview",
                report.rows(), report.newEntries(), report.alreadyImported(), report.problems().size()));
        problems.setItems(report.problems());
        commit.setEnabled(!report.committed() && report.problems().isEmpty() && report.newEntries() > 0);
        if (report.committed()) {
            Notifications.success(getTranslation("catalog.action.done"));
        }
    }
}
