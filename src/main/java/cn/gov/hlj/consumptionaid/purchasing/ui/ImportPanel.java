package cn.gov.hlj.consumptionaid.purchasing.ui;

import cn.gov.hlj.consumptionaid.purchasing.ImportPreview;
import cn.gov.hlj.consumptionaid.purchasing.ImportRejectedException;
import cn.gov.hlj.consumptionaid.purchasing.ImportResult;
import cn.gov.hlj.consumptionaid.shared.importing.ImportFileException;
import cn.gov.hlj.consumptionaid.shared.importing.ImportProblem;
import cn.gov.hlj.consumptionaid.shared.importing.ImportWorkbooks;
import cn.gov.hlj.consumptionaid.shared.jobs.JobProgressIndicator;
import cn.gov.hlj.consumptionaid.shared.jobs.JobRefusedException;
import cn.gov.hlj.consumptionaid.shared.jobs.JobRunner;
import cn.gov.hlj.consumptionaid.shared.jobs.Progress;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Function;

/**
 * The two steps of every import of this module: upload a file and read the preview (what would be created, what is
 * already stored, and every problem by row and column), then commit — the whole file or nothing. The template and
 * the list of problems can be downloaded as .xlsx. Both steps run as background jobs with a progress bar and a cancel
 * button; the page stays usable meanwhile, and the outcome arrives through server push.
 */
class ImportPanel extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(ImportPanel.class);

    /** One step of an import, run as a job: the file and the progress to report to. */
    @FunctionalInterface
    interface Step<T> {
        T apply(String fileName, byte[] content, Progress progress);
    }

    /** What an import offers the panel. */
    record Importer(Step<ImportPreview> preview, Step<ImportResult> commit,
                    Function<ImportWorkbooks.Texts, byte[]> template, String templateFileName) {
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final Upload upload;
    final Paragraph summary = new Paragraph();
    final Grid<ImportProblem> problems = new Grid<>();
    final Button commit = new Button();
    final Anchor problemReport;
    final JobProgressIndicator progress;

    private final Importer imports;
    private boolean committing;
    private String fileName;
    private byte[] content;
    private List<ImportProblem> currentProblems = List.of();

    ImportPanel(String titleKey, Importer imports, JobRunner jobs) {
        this.imports = imports;
        this.progress = new JobProgressIndicator(jobs);
        setSizeFull();
        setPadding(false);

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            var ui = UI.getCurrent();
            if (ui == null) {
                return;
            }
            ui.access(() -> receive(metadata.fileName(), bytes));
        }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(50 << 20);
        upload.setAcceptedFileTypes(".xlsx", ".csv", XLSX, "text/csv");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("purchasing.import.drop")));

        summary.setId("import-summary");
        problems.setId("import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.addColumn(ImportProblem::row).setHeader(getTranslation("shared.import.report.row")).setAutoWidth(true);
        problems.addColumn(p -> p.column() == null ? "" : p.column())
                .setHeader(getTranslation("shared.import.report.column")).setAutoWidth(true);
        problems.addColumn(p -> p.value() == null ? "" : p.value())
                .setHeader(getTranslation("shared.import.report.value")).setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.arguments()))
                .setHeader(getTranslation("shared.import.report.problem")).setFlexGrow(3);
        problems.setVisible(false);

        commit.setId("import-commit");
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
        problemReport.setId("import-problem-report");
        problemReport.setVisible(false);

        var template = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = imports.template().apply(this::getTranslation);
            return new DownloadResponse(new ByteArrayInputStream(bytes), imports.templateFileName(), XLSX,
                    bytes.length);
        }), "");
        template.add(new Button(getTranslation("purchasing.import.template"), VaadinIcon.FILE_TABLE.create()));
        template.setId("import-template");

        add(new ViewToolbar(getTranslation(titleKey), template), upload, progress, summary,
                new HorizontalLayout(commit, problemReport));
        addAndExpand(problems);
        // A preview nobody will read is not worth the server's time; a commit runs to its end (all or nothing).
        addDetachListener(e -> {
            if (!committing) {
                progress.cancel();
            }
        });
    }

    /**
     * Step one: read the uploaded file in a background job and show what a commit would do. A new file replaces a
     * preview still running; while a commit runs, it is refused.
     */
    void receive(String name, byte[] bytes) {
        if (committing) {
            notify(getTranslation("purchasing.import.job.busy"), NotificationVariant.LUMO_CONTRAST);
            return;
        }
        progress.cancel();
        reset();
        fileName = name;
        content = bytes;
        summary.setText("");
        var file = content;
        progress.start("purchasing.import.job.preview", p -> imports.preview().apply(name, file, p),
                new JobProgressIndicator.Outcome<>(this::show, this::failed, this::cancelled));
    }

    /** Step two: write the file, all of it or nothing, in a background job. */
    void commitFile() {
        if (content == null || progress.isRunning()) {
            return;
        }
        commit.setEnabled(false);
        committing = true;
        var name = fileName;
        var file = content;
        progress.start("purchasing.import.job.commit", p -> imports.commit().apply(name, file, p),
                new JobProgressIndicator.Outcome<>(this::committed, this::failed, this::cancelled));
    }

    private void committed(ImportResult result) {
        committing = false;
        summary.setText(result.alreadyImported()
                ? getTranslation("purchasing.import.result.already", result.batch().id(),
                result.batch().importedAt().toLocalDate().toString(), result.batch().importedBy())
                : getTranslation("purchasing.import.result.done", result.batch().id(), result.created(),
                result.skipped()));
        notify(summary.getText(), NotificationVariant.LUMO_SUCCESS);
        commit.setEnabled(false);
        content = null;
    }

    private void failed(Throwable error) {
        boolean wasCommitting = committing;
        committing = false;
        switch (error) {
            case ImportRejectedException rejected -> {
                showProblems(rejected.getProblems());
                commit.setEnabled(false);
                summary.setText(getTranslation("purchasing.import.job.rejected", rejected.getProblems().size()));
                return;
            }
            case ImportFileException file -> {
                reset();
                summary.setText(getTranslation(file.getMessageKey(), file.getArguments()));
            }
            case JobRefusedException refused -> {
                summary.setText(getTranslation(refused.getMessageKey(), refused.getArguments()));
                commit.setEnabled(wasCommitting && content != null);
            }
            case AccessDeniedException denied -> {
                reset();
                summary.setText(getTranslation("purchasing.import.job.denied"));
            }
            default -> {
                log.warn("Import of {} failed", fileName, error);
                reset();
                summary.setText(getTranslation("purchasing.import.job.failed"));
            }
        }
        notify(summary.getText(), NotificationVariant.LUMO_ERROR);
    }

    private void cancelled() {
        boolean wasCommitting = committing;
        committing = false;
        summary.setText(getTranslation(wasCommitting ? "purchasing.import.job.commit-cancelled"
                : "purchasing.import.job.preview-cancelled"));
        // A cancelled commit wrote nothing: the previewed file can be committed again.
        commit.setEnabled(wasCommitting && content != null);
        notify(summary.getText(), NotificationVariant.LUMO_CONTRAST);
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
