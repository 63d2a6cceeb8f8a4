package cn.gov.hlj.consumptionaid.shared.ui;

import cn.gov.hlj.consumptionaid.shared.importing.ImportFileException;
import cn.gov.hlj.consumptionaid.shared.importing.ImportPreview;
import cn.gov.hlj.consumptionaid.shared.importing.ImportProblem;
import cn.gov.hlj.consumptionaid.shared.importing.ImportRejectedException;
import cn.gov.hlj.consumptionaid.shared.importing.ImportResult;
import cn.gov.hlj.consumptionaid.shared.importing.ImportWorkbooks;
import cn.gov.hlj.consumptionaid.shared.jobs.JobProgressIndicator;
import cn.gov.hlj.consumptionaid.shared.jobs.JobRefusedException;
import cn.gov.hlj.consumptionaid.shared.jobs.JobRunner;
import cn.gov.hlj.consumptionaid.shared.jobs.Progress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The two steps of every two-step import (purchasers, reserved shares, purchases, sales): upload a file and read the
 * preview (what would be created, what is already stored, and every problem by row and column), then commit — the
 * whole file or nothing. The template and the list of problems can be downloaded as .xlsx. Both steps run as
 * background jobs with a progress bar and a cancel button; the page stays usable meanwhile, and the outcome arrives
 * through server push. A module's view gives it an {@link Importer} (its service's methods) and a title.
 */
public class ImportPanel extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(ImportPanel.class);

    /** Measure word for entries such as purchasers or shares (个). */
    public static final String ENTRIES = "shared.import.counter.entries";
    /** Measure word for records such as sales or order lines (条). */
    public static final String RECORDS = "shared.import.counter.records";

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** One step of an import, run as a job: the file and the progress to report to. */
    @FunctionalInterface
    public interface Step<T> {
        T apply(String fileName, byte[] content, Progress progress);
    }

    /**
     * What an import offers the panel.
     *
     * @param counterKey i18n key of the measure word the summaries count rows in ({@link #ENTRIES}, {@link #RECORDS})
     */
    public record Importer(Step<ImportPreview> preview, Step<ImportResult> commit,
                           Function<ImportWorkbooks.Texts, byte[]> template, String templateFileName,
                           String counterKey) {

        public Importer {
            Objects.requireNonNull(preview, "preview");
            Objects.requireNonNull(commit, "commit");
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(counterKey, "counterKey");
        }
    }

    public final Upload upload;
    public final Paragraph summary = new Paragraph();
    public final Grid<ImportProblem> problems = new Grid<>();
    public final Button commit = new Button();
    public final Anchor problemReport;
    public final JobProgressIndicator progress;

    private final HorizontalLayout actions;
    private final Importer imports;
    private Function<ImportResult, Component> afterCommit;
    private Component shownAfterCommit;
    private boolean committing;
    private String fileName;
    private byte[] content;
    private List<ImportProblem> currentProblems = List.of();

    public ImportPanel(String titleKey, Importer imports, JobRunner jobs) {
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
        upload.setDropLabel(new Span(getTranslation("shared.import.panel.drop")));

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
        commit.setText(getTranslation("shared.import.panel.commit"));
        commit.setIcon(VaadinIcon.CHECK.create());
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(e -> commitFile());

        problemReport = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = ImportWorkbooks.problemReport(currentProblems, this::getTranslation);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "导入问题清单.xlsx", XLSX, bytes.length);
        }), "");
        problemReport.add(new Button(getTranslation("shared.import.panel.problem-report"),
                VaadinIcon.DOWNLOAD_ALT.create()));
        problemReport.setId("import-problem-report");
        problemReport.setVisible(false);

        var template = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = imports.template().apply(this::getTranslation);
            return new DownloadResponse(new ByteArrayInputStream(bytes), imports.templateFileName(), XLSX,
                    bytes.length);
        }), "");
        template.add(new Button(getTranslation("shared.import.panel.template"), VaadinIcon.FILE_TABLE.create()));
        template.setId("import-template");

        actions = new HorizontalLayout(commit, problemReport);
        add(new ViewToolbar(getTranslation(titleKey), template), upload, progress, summary, actions);
        addAndExpand(problems);
        // A preview nobody will read is not worth the server's time; a commit runs to its end (all or nothing).
        addDetachListener(e -> {
            if (!committing) {
                progress.cancel();
            }
        });
    }

    /**
     * Shows a component beside the buttons after each successful commit, made from its result (a link to the rows of
     * the batch, say); the next file removes it.
     */
    public void showAfterCommit(Function<ImportResult, Component> component) {
        this.afterCommit = component;
    }

    /** What {@link #showAfterCommit} made for the last commit, while it is shown. */
    public Optional<Component> shownAfterCommit() {
        return Optional.ofNullable(shownAfterCommit);
    }

    /**
     * Step one (what the upload calls): read the file in a background job and show what a commit would do. A new
     * file replaces a preview still running; while a commit runs, it is refused.
     */
    public void receive(String name, byte[] bytes) {
        if (committing) {
            notify(getTranslation("shared.import.job.busy"), NotificationVariant.LUMO_CONTRAST);
            return;
        }
        progress.cancel();
        reset();
        removeShownAfterCommit();
        fileName = name;
        content = bytes;
        summary.setText("");
        var file = content;
        progress.start("shared.import.job.preview", p -> imports.preview().apply(name, file, p),
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
        progress.start("shared.import.job.commit", p -> imports.commit().apply(name, file, p),
                new JobProgressIndicator.Outcome<>(this::committed, this::failed, this::cancelled));
    }

    private void committed(ImportResult result) {
        committing = false;
        var batch = result.batch();
        summary.setText(result.alreadyImported()
                ? getTranslation("shared.import.result.already", batch.id(),
                batch.importedAt().toLocalDate().toString(), batch.importedBy())
                : getTranslation("shared.import.result.done", batch.id(), result.created(), result.skipped(),
                getTranslation(imports.counterKey())));
        notify(summary.getText(), NotificationVariant.LUMO_SUCCESS);
        commit.setEnabled(false);
        content = null;
        removeShownAfterCommit();
        if (afterCommit != null) {
            shownAfterCommit = afterCommit.apply(result);
            actions.add(shownAfterCommit);
        }
    }

    private void failed(Throwable error) {
        boolean wasCommitting = committing;
        committing = false;
        switch (error) {
            case ImportRejectedException rejected -> {
                showProblems(rejected.getProblems());
                commit.setEnabled(false);
                summary.setText(getTranslation("shared.import.job.rejected", rejected.getProblems().size()));
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
                summary.setText(getTranslation("shared.import.job.denied"));
            }
            default -> {
                reset();
                if (databaseUnavailable(error)) {
                    log.warn("Import of {} failed: the database is unreachable ({})", fileName, error.toString());
                    summary.setText(getTranslation("shared.import.job.database-unavailable"));
                    // The message asks for the same file again: make room for it in the upload (one file at a time).
                    upload.clearFileList();
                } else {
                    log.warn("Import of {} failed", fileName, error);
                    summary.setText(getTranslation("shared.import.job.failed"));
                }
            }
        }
        notify(summary.getText(), NotificationVariant.LUMO_ERROR);
    }

    /**
     * Whether a job failed because the database could not be reached (stopped, restarting, network cut): the
     * transaction was rolled back by the server, so nothing of the file is stored, and the same file can be sent again
     * once the database is back (the connection pool reconnects by itself).
     */
    static boolean databaseUnavailable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof org.springframework.dao.DataAccessResourceFailureException
                    || cause instanceof org.springframework.transaction.CannotCreateTransactionException
                    || cause instanceof java.sql.SQLRecoverableException
                    || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException
                    || cause instanceof java.net.ConnectException
                    // SQLSTATE class 08: connection exception
                    || cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // A rollback (or commit) that failed on the JDBC connection: the connection is gone (a pool hands out a
            // closed proxy once the server dropped it), and the failure it hides was the same.
            if (cause instanceof org.hibernate.TransactionException && cause.getCause() instanceof java.sql.SQLException) {
                return true;
            }
            if (cause instanceof org.springframework.transaction.TransactionSystemException failed
                    && failed.getApplicationException() != null && failed.getApplicationException() != error
                    && databaseUnavailable(failed.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    private void cancelled() {
        boolean wasCommitting = committing;
        committing = false;
        summary.setText(getTranslation(wasCommitting ? "shared.import.job.commit-cancelled"
                : "shared.import.job.preview-cancelled"));
        // A cancelled commit wrote nothing: the previewed file can be committed again.
        commit.setEnabled(wasCommitting && content != null);
        notify(summary.getText(), NotificationVariant.LUMO_CONTRAST);
    }

    private void show(ImportPreview preview) {
        if (preview.alreadyImportedAs() != null) {
            var batch = preview.alreadyImportedAs();
            summary.setText(getTranslation("shared.import.preview.already", batch.id(),
                    batch.importedAt().toLocalDate().toString(), batch.importedBy()));
        } else {
            summary.setText(getTranslation("shared.import.preview.summary", preview.fileName(),
                    preview.rowsInFile(), preview.rowsToCreate(), preview.skippedKeys().size(),
                    preview.problems().size(), getTranslation(imports.counterKey())));
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

    private void removeShownAfterCommit() {
        if (shownAfterCommit != null) {
            actions.remove(shownAfterCommit);
            shownAfterCommit = null;
        }
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
