package cn.gov.hlj.consumptionaid.catalog.ui;

import cn.gov.hlj.consumptionaid.catalog.CatalogImportReport;
import cn.gov.hlj.consumptionaid.catalog.CatalogImportService;
import cn.gov.hlj.consumptionaid.catalog.CatalogException;
import cn.gov.hlj.consumptionaid.catalog.ImportProblem;
import cn.gov.hlj.consumptionaid.shared.jobs.JobProgressIndicator;
import cn.gov.hlj.consumptionaid.shared.jobs.JobRefusedException;
import cn.gov.hlj.consumptionaid.shared.jobs.JobRunner;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

/**
 * Takes over an existing catalog list (.xlsx, the columns of {@link CatalogImportService#COLUMNS}): the file is read
 * and checked first (preview: new entries, entries already in the catalog, problems by row and column); importing
 * writes all new entries or none, and importing the same file again changes nothing. Both run as background jobs
 * with a progress bar and a cancel button.
 */
@Route("catalog/import")
@RolesAllowed(AppRoles.PROVINCE_REVIEWER)
@Menu(title = "catalog.menu.import", order = 525, icon = "vaadin:upload")
@MenuGroup(MenuGroup.CERTIFICATION)
class CatalogImportView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(CatalogImportView.class);

    final Upload upload;
    final Paragraph columns = new Paragraph();
    final Paragraph summary = new Paragraph();
    final Grid<ImportProblem> problems = new Grid<>();
    final Button commit = new Button();
    final JobProgressIndicator progress;

    private final CatalogImportService service;
    private String fileName;
    private byte[] content;
    private boolean committing;

    CatalogImportView(CatalogImportService service, JobRunner jobs) {
        this.service = service;
        this.progress = new JobProgressIndicator(jobs);
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
        commit.addClickListener(e -> commitFile());
        add(new ViewToolbar(getTranslation("catalog.import.title")), columns, upload, progress, summary, problems,
                commit);
        // A preview nobody will read is not worth the server's time; a commit runs to its end (all or nothing).
        addDetachListener(e -> {
            if (!committing) {
                progress.cancel();
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.import.title");
    }

    /** Reads an uploaded file in a background job and shows what importing it would do. */
    void load(String name, byte[] bytes) {
        if (committing) {
            Notifications.error(getTranslation("catalog.import.job.busy"));
            return;
        }
        progress.cancel();
        this.fileName = name;
        this.content = bytes.clone();
        var file = content;
        summary.setText("");
        problems.setItems(List.of());
        commit.setEnabled(false);
        progress.start("catalog.import.job.preview", p -> service.preview(file, p),
                new JobProgressIndicator.Outcome<>(this::show, this::failed, this::cancelled));
    }

    /** Imports the previewed file, all new entries or none, in a background job. */
    void commitFile() {
        if (content == null || progress.isRunning()) {
            return;
        }
        commit.setEnabled(false);
        committing = true;
        var name = fileName;
        var file = content;
        progress.start("catalog.import.job.commit", p -> service.commit(name, file, p),
                new JobProgressIndicator.Outcome<>(this::show, this::failed, this::cancelled));
    }

    private void failed(Throwable error) {
        committing = false;
        var text = switch (error) {
            case JobRefusedException refused -> getTranslation(refused.getMessageKey(), refused.getArguments());
            case CatalogException refused -> refused.message(this::getTranslation);
            case AccessDeniedException denied -> getTranslation("catalog.import.job.denied");
            default -> {
                log.warn("Catalog import of {} failed", fileName, error);
                yield getTranslation("catalog.import.job.failed");
            }
        };
        summary.setText(text);
        commit.setEnabled(false);
        Notifications.error(text);
    }

    private void cancelled() {
        var wasCommitting = committing;
        committing = false;
        summary.setText(getTranslation(wasCommitting ? "catalog.import.job.commit-cancelled"
                : "catalog.import.job.preview-cancelled"));
        // A cancelled import wrote nothing: the previewed file can be imported again.
        commit.setEnabled(wasCommitting && content != null);
    }

    private void show(CatalogImportReport report) {
        committing = false;
        summary.setText(getTranslation(report.committed() ? "catalog.import.done" : "catalog.import.preview",
                report.rows(), report.newEntries(), report.alreadyImported(), report.problems().size()));
        problems.setItems(report.problems());
        commit.setEnabled(!report.committed() && report.problems().isEmpty() && report.newEntries() > 0);
        if (report.committed()) {
            Notifications.success(getTranslation("catalog.action.done"));
        }
    }
}
