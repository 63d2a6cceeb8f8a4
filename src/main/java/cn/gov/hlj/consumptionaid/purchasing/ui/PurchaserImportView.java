package cn.gov.hlj.consumptionaid.purchasing.ui;

import cn.gov.hlj.consumptionaid.purchasing.ImportPreview;
import cn.gov.hlj.consumptionaid.purchasing.ImportRejectedException;
import cn.gov.hlj.consumptionaid.purchasing.PurchaserImport;
import cn.gov.hlj.consumptionaid.shared.importing.ImportFileException;
import cn.gov.hlj.consumptionaid.shared.importing.ImportProblem;
import cn.gov.hlj.consumptionaid.shared.importing.ImportWorkbooks;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * Imports purchasers in two steps: upload a file and read the preview (what would be created, what is already
 * stored, and every problem by row and column), then commit — the whole file or nothing.
 */
@Route("data/import/purchasers")
@RolesAllowed(AppRoles.DEPARTMENT_MEMBER)
@Menu(title = "purchasing.menu.import-purchasers", order = 510, icon = "vaadin:upload")
@MenuGroup(MenuGroup.DATA)
class PurchaserImportView extends VerticalLayout implements HasDynamicTitle {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final Upload upload;
    final Paragraph summary = new Paragraph();
    final Grid<ImportProblem> problems = new Grid<>();
    final Button commit = new Button();
    final Anchor problemReport;

    private final PurchaserImport imports;
    private String fileName;
    private byte[] content;
    private List<ImportProblem> currentProblems = List.of();

    PurchaserImportView(PurchaserImport imports) {
        this.imports = imports;
        setSizeFull();
        setPadding(false);

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            var ui = UI.getCurrent();
            if (ui == null) {
                return;
            }
            ui.access(() -> receive(metadata.fileName(), bytes));
        }));
        upload.setId("purchaser-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(50 << 20);
        upload.setAcceptedFileTypes(".xlsx", ".csv", XLSX, "text/csv");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("purchasing.import.drop")));

        summary.setId("purchaser-import-summary");
        problems.setId("purchaser-import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.addColumn(ImportProblem::row).setHeader(getTranslation("shared.import.report.row")).setAutoWidth(true);
        problems.addColumn(p -> p.column() == null ? "" : p.column())
                .setHeader(getTranslation("shared.import.report.column")).setAutoWidth(true);
        problems.addColumn(p -> p.value() == null ? "" : p.value())
                .setHeader(getTranslation("shared.import.report.value")).setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.arguments()))
                .setHeader(getTranslation("shared.import.report.problem")).setFlexGrow(3);
        problems.setVisible(false);

        commit.setId("purchaser-import-commit");
        commit.setText(getTranslation("purchasing.import.commit"));
        commit.setIcon(VaadinIcon.CHECK.create());
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(e -> commitFile());

        problemReport = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = ImportWorkbooks.problemReport(currentProblems, this::getTranslation);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "导入问题清单.xlsx", XLSX, bytes.length);
        }), "");
        problemReport.add(new Button(getTranslation("purchasing.import.problem-report"),
                VaadinIcon.DOWNLOAD_ALT.create()));
        problemReport.setId("purchaser-import-problem-report");
        problemReport.setVisible(false);

        var template = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = imports.template(this::getTranslation);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "采购人导入模板.xlsx", XLSX, bytes.length);
        }), "");
        template.add(new Button(getTranslation("purchasing.import.template"), VaadinIcon.FILE_TABLE.create()));
        template.setId("purchaser-import-template");

        add(new ViewToolbar(getTranslation("purchasing.import.title"), template), upload, summary,
                new HorizontalLayout(commit, problemReport));
        addAndExpand(problems);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchasing.import.title");
    }

    /** Step one: read the uploaded file and show what a commit would do. */
    void receive(String name, byte[] bytes) {
        fileName = name;
        content = bytes;
        try {
            show(imports.preview(name, bytes));
        } catch (ImportFileException e) {
            reset();
            summary.setText(getTranslation(e.getMessageKey(), e.getArguments()));
            notify(summary.getText(), NotificationVariant.LUMO_ERROR);
        }
    }

    /** Step two: write the file, all of it or nothing. */
    void commitFile() {
        try {
            var result = imports.commit(fileName, content);
            summary.setText(result.alreadyImported()
                    ? getTranslation("purchasing.import.result.already", result.batch().id(),
                    result.batch().importedAt().toLocalDate().toString(), result.batch().importedBy())
                    : getTranslation("purchasing.import.result.done", result.batch().id(), result.created(),
                    result.skipped()));
            notify(summary.getText(), NotificationVariant.LUMO_SUCCESS);
            commit.setEnabled(false);
            content = null;
        } catch (ImportRejectedException e) {
            showProblems(e.getProblems());
            commit.setEnabled(false);
        }
    }

    private void show(ImportPreview preview) {
        if (preview.alreadyImportedAs() != null) {
            var batch = preview.alreadyImportedAs();
            summary.setText(getTranslation("purchasing.import.preview.already", batch.id(),
                    batch.importedAt().toLocalDate().toString(), batch.importedBy()));
        } else {
            summary.setText(getTranslation("purchasing.import.preview.summary", preview.fileName(),
                    preview.rowsInFile(), preview.rowsToCreate(), preview.skippedKeys().size(),
                    preview.problems().size()));
        }
        showProblems(preview.problems());
        commit.setEnabled(preview.canCommit());
    }

    private void showProblems(List<ImportProblem> list) {
        currentProblems = List.copyOf(list);
        problems.setItems(currentProblems);
        problems.setVisible(!currentProblems.isEmpty());
        problemReport.setVisible(!currentProblems.isEmpty());
    }

    private void reset() {
        showProblems(List.of());
        commit.setEnabled(false);
        content = null;
    }

    private void notify(String text, NotificationVariant variant) {
        var notification = new Notification(text, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.open();
    }
}
