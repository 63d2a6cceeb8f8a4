package cn.gov.hlj.consumptionaid.sales.ui;

import cn.gov.hlj.consumptionaid.sales.SalesImport;
import cn.gov.hlj.consumptionaid.sales.SalesImportPreview;
import cn.gov.hlj.consumptionaid.sales.SalesImportRejectedException;
import cn.gov.hlj.consumptionaid.shared.importing.ImportFileException;
import cn.gov.hlj.consumptionaid.shared.importing.ImportProblem;
import cn.gov.hlj.consumptionaid.shared.importing.ImportWorkbooks;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

/**
 * The two steps of the sales import: upload a file and read the preview (what would be created, what is already
 * stored, and every problem by row and column), then commit — the whole file or nothing. The template and the list of
 * problems download as .xlsx; after a commit a link opens the batch's rows. The same user experience as the
 * purchasing module's import panel, which other modules cannot use (it is package-private to its views).
 */
class SalesImportPanel extends VerticalLayout {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final Upload upload;
    final Paragraph summary = new Paragraph();
    final Grid<ImportProblem> problems = new Grid<>();
    final Button commit = new Button();
    final Anchor problemReport;
    final RouterLink batchLink = new RouterLink();

    private final SalesImport imports;
    private String fileName;
    private byte[] content;
    private List<ImportProblem> currentProblems = List.of();

    SalesImportPanel(SalesImport imports) {
        this.imports = imports;
        setSizeFull();
        setPadding(false);

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            var ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> receive(metadata.fileName(), bytes));
            }
        }));
        upload.setId("sales-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(50 << 20);
        upload.setAcceptedFileTypes(".xlsx", ".csv", XLSX, "text/csv");
        upload.setDropLabel(new Span(getTranslation("sales.import.drop")));

        summary.setId("sales-import-summary");
        problems.setId("sales-import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.addColumn(ImportProblem::row).setHeader(getTranslation("shared.import.report.row"))
                .setAutoWidth(true);
        problems.addColumn(p -> p.column() == null ? "" : p.column())
                .setHeader(getTranslation("shared.import.report.column")).setAutoWidth(true);
        problems.addColumn(p -> p.value() == null ? "" : p.value())
                .setHeader(getTranslation("shared.import.report.value")).setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.arguments()))
                .setHeader(getTranslation("shared.import.report.problem")).setFlexGrow(3);
        problems.setVisible(false);

        commit.setId("sales-import-commit");
        commit.setText(getTranslation("sales.import.commit"));
        commit.setIcon(VaadinIcon.CHECK.create());
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(e -> commitFile());

        problemReport = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = ImportWorkbooks.problemReport(currentProblems, this::getTranslation);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "导入问题清单.xlsx", XLSX, bytes.length);
        }), "");
        problemReport.add(new Button(getTranslation("sales.import.problem-report"), VaadinIcon.DOWNLOAD_ALT.create()));
        problemReport.setId("sales-import-problem-report");
        problemReport.setVisible(false);

        var template = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = imports.template(this::getTranslation);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "销售数据导入模板.xlsx", XLSX, bytes.length);
        }), "");
        template.add(new Button(getTranslation("sales.import.template"), VaadinIcon.FILE_TABLE.create()));
        template.setId("sales-import-template");

        batchLink.setId("sales-import-batch-link");
        batchLink.setVisible(false);

        add(new ViewToolbar(getTranslation("sales.import.title"), template), upload, summary,
                new HorizontalLayout(commit, problemReport, batchLink));
        addAndExpand(problems);
    }

    /** Step one: read the uploaded file and show what a commit would do. */
    void receive(String name, byte[] bytes) {
        fileName = name;
        content = bytes;
        batchLink.setVisible(false);
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
            var batch = result.batch();
            summary.setText(result.alreadyImported()
                    ? getTranslation("sales.import.result.already", batch.id(),
                    batch.importedAt().toLocalDate().toString(), batch.importedBy())
                    : getTranslation("sales.import.result.done", batch.id(), result.created(), result.skipped()));
            notify(summary.getText(), NotificationVariant.LUMO_SUCCESS);
            commit.setEnabled(false);
            content = null;
            batchLink.setText(getTranslation("sales.import.show-batch", batch.id()));
            batchLink.setRoute(SalesView.class);
            batchLink.setQueryParameters(QueryParameters.simple(Map.of(SalesView.BATCH_PARAMETER,
                    String.valueOf(batch.id()))));
            batchLink.setVisible(true);
        } catch (SalesImportRejectedException e) {
            showProblems(e.getProblems());
            commit.setEnabled(false);
        }
    }

    private void show(SalesImportPreview preview) {
        if (preview.alreadyImportedAs() != null) {
            var batch = preview.alreadyImportedAs();
            summary.setText(getTranslation("sales.import.preview.already", batch.id(),
                    batch.importedAt().toLocalDate().toString(), batch.importedBy()));
        } else {
            summary.setText(getTranslation("sales.import.preview.summary", preview.fileName(),
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
        if (variant == NotificationVariant.LUMO_ERROR) {
            Notifications.error(text);
        } else {
            Notifications.success(text);
        }
    }
}
