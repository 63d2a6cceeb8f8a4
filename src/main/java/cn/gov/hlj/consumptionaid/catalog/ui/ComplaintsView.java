package cn.gov.hlj.consumptionaid.catalog.ui;

import cn.gov.hlj.consumptionaid.catalog.AttachmentRow;
import cn.gov.hlj.consumptionaid.catalog.AttachmentService;
import cn.gov.hlj.consumptionaid.catalog.CatalogEntryRow;
import cn.gov.hlj.consumptionaid.catalog.CatalogException;
import cn.gov.hlj.consumptionaid.catalog.CatalogFilter;
import cn.gov.hlj.consumptionaid.catalog.CatalogService;
import cn.gov.hlj.consumptionaid.catalog.ComplaintClosing;
import cn.gov.hlj.consumptionaid.catalog.ComplaintFilter;
import cn.gov.hlj.consumptionaid.catalog.ComplaintForm;
import cn.gov.hlj.consumptionaid.catalog.ComplaintOutcome;
import cn.gov.hlj.consumptionaid.catalog.ComplaintRow;
import cn.gov.hlj.consumptionaid.catalog.ComplaintService;
import cn.gov.hlj.consumptionaid.catalog.ComplaintSource;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityFilter;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityRow;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityService;
import cn.gov.hlj.consumptionaid.catalog.WithdrawalReason;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * Complaints (投诉举报) of the user's region, overdue ones flagged. Supervisors record a complaint about a catalog
 * product or a market entity, add investigation notes and close it with finding, feedback and outcome; reviewers read.
 */
@Route("supervision/complaints")
@RolesAllowed({AppRoles.SUPERVISOR, AppRoles.COUNTY_REVIEWER, AppRoles.CITY_REVIEWER, AppRoles.PROVINCE_REVIEWER})
@Menu(title = "catalog.menu.complaints", order = 600, icon = "vaadin:megaphone")
@StyleSheet("context://styles/catalog.css")
@MenuGroup(MenuGroup.SUPERVISION)
class ComplaintsView extends VerticalLayout implements HasDynamicTitle {

    final Checkbox openOnly = new Checkbox();
    final Checkbox overdueOnly = new Checkbox();
    final TextField text = new TextField();
    final Grid<ComplaintRow> grid = new Grid<>();

    final Select<ComplaintSource> source = new Select<>();
    final ComboBox<CatalogEntryRow> product = new ComboBox<>();
    final ComboBox<MarketEntityRow> entity = new ComboBox<>();
    final TextField complainantName = new TextField();
    final TextField complainantContact = new TextField();
    final TextArea description = new TextArea();
    final DatePicker receivedOn = new DatePicker();
    final Button register = new Button();

    final TextArea investigation = new TextArea();
    final Button addInvestigation = new Button();
    final TextArea finding = new TextArea();
    final TextArea feedback = new TextArea();
    final Select<ComplaintOutcome> outcome = new Select<>();
    final Select<WithdrawalReason> withdrawalReason = new Select<>();
    final Button close = new Button();
    final Grid<AttachmentRow> attachments = new Grid<>();
    final Upload upload;

    private final ComplaintService service;
    private final AttachmentService attachmentService;
    private final Labels labels;
    private ComplaintFilter filter = ComplaintFilter.ALL.withOpenOnly(true);

    ComplaintsView(ComplaintService service, CatalogService catalog, MarketEntityService entities,
                   AttachmentService attachmentService, ReferenceService reference,
                   AuthenticationContext authentication, Clock clock) {
        this.service = service;
        this.attachmentService = attachmentService;
        this.labels = new Labels(reference, getLocale());
        setSizeFull();
        boolean supervisor = authentication.hasRole(AppRoles.SUPERVISOR);

        openOnly.setId("complaint-filter-open");
        openOnly.setLabel(getTranslation("catalog.complaint.filter.open"));
        openOnly.setValue(true);
        openOnly.addValueChangeListener(e -> filter(filter.withOpenOnly(e.getValue())));
        overdueOnly.setId("complaint-filter-overdue");
        overdueOnly.setLabel(getTranslation("catalog.complaint.filter.overdue"));
        overdueOnly.addValueChangeListener(e -> filter(filter.withOverdueOnly(e.getValue())));
        text.setId("complaint-filter-text");
        text.setLabel(getTranslation("catalog.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> filter(filter.withText(e.getValue())));

        grid.setId("complaints-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("24em");
        grid.setPartNameGenerator(r -> r.overdue() ? "complaint-overdue" : null);
        var export = GridExcelExport.of(grid);
        export.addColumn(ComplaintRow::receivedOn).setHeader(getTranslation("catalog.complaint.received-on"))
                .setSortProperty("receivedOn").setAutoWidth(true);
        export.addColumn(r -> getTranslation(r.source().labelKey()))
                .setHeader(getTranslation("catalog.complaint.source"));
        export.addColumn(r -> r.productName() == null ? r.entityName() : r.entityName() + " · " + r.productName())
                .setHeader(getTranslation("catalog.complaint.subject")).setFlexGrow(2);
        export.addColumn(r -> labels.region(r.countyCode())).setHeader(getTranslation("catalog.entity.county"));
        export.addColumn(ComplaintRow::description).setHeader(getTranslation("catalog.complaint.description"))
                .setFlexGrow(3);
        export.addColumn(ComplaintRow::deadline).setHeader(getTranslation("catalog.complaint.deadline"))
                .setSortProperty("deadline");
        export.addColumn(r -> r.overdue() ? getTranslation("catalog.complaint.overdue") : "")
                .setHeader(getTranslation("catalog.complaint.overdue"));
        export.addColumn(ComplaintRow::handlerName).setHeader(getTranslation("catalog.complaint.handler"));
        export.addColumn(r -> r.outcome() == null ? "" : getTranslation(r.outcome().labelKey()))
                .setHeader(getTranslation("catalog.complaint.outcome"));
        grid.setItems(query -> service.list(filter, toSpringPageRequest(query)).stream(),
                query -> (int) service.count(filter));
        grid.addSelectionListener(e -> showSelected());

        source.setId("complaint-source");
        source.setLabel(getTranslation("catalog.complaint.source"));
        source.setItems(ComplaintSource.values());
        source.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        source.setValue(ComplaintSource.HOTLINE_12317);
        product.setId("complaint-product");
        product.setLabel(getTranslation("catalog.complaint.product"));
        product.setItems(query -> catalog.list(CatalogFilter.ALL.withText(query.getFilter().orElse(null)),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        product.setItemLabelGenerator(r -> r.productName() + "（" + r.producerName() + "）");
        entity.setId("complaint-entity");
        entity.setLabel(getTranslation("catalog.complaint.entity"));
        entity.setItems(query -> entities.list(MarketEntityFilter.ALL.withText(query.getFilter().orElse(null)),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        entity.setItemLabelGenerator(MarketEntityRow::name);
        complainantName.setId("complaint-complainant-name");
        complainantName.setLabel(getTranslation("catalog.complaint.complainant-name"));
        complainantContact.setId("complaint-complainant-contact");
        complainantContact.setLabel(getTranslation("catalog.complaint.complainant-contact"));
        description.setId("complaint-description");
        description.setLabel(getTranslation("catalog.complaint.description"));
        receivedOn.setId("complaint-received-on");
        receivedOn.setLabel(getTranslation("catalog.complaint.received-on"));
        receivedOn.setValue(LocalDate.now(clock));
        action(register, "complaint-register", "catalog.complaint.register", () -> service.register(
                new ComplaintForm(source.getValue(), product.getValue() == null ? null
                        : product.getValue().applicationId(), entity.getValue() == null ? null : entity.getValue().id(),
                        complainantName.getValue(), complainantContact.getValue(), description.getValue(),
                        receivedOn.getValue())));

        investigation.setId("complaint-investigation");
        investigation.setLabel(getTranslation("catalog.complaint.investigation"));
        action(addInvestigation, "complaint-add-investigation", "catalog.complaint.add-investigation", () -> {
            var selected = selected();
            return service.addInvestigation(selected.id(), selected.version(), investigation.getValue());
        });
        finding.setId("complaint-finding");
        finding.setLabel(getTranslation("catalog.complaint.finding"));
        feedback.setId("complaint-feedback");
        feedback.setLabel(getTranslation("catalog.complaint.feedback"));
        outcome.setId("complaint-outcome");
        outcome.setLabel(getTranslation("catalog.complaint.outcome"));
        outcome.setItems(ComplaintOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation(o.labelKey()));
        withdrawalReason.setId("complaint-withdrawal-reason");
        withdrawalReason.setLabel(getTranslation("catalog.withdrawal.reason"));
        withdrawalReason.setItems(WithdrawalReason.values());
        withdrawalReason.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        action(close, "complaint-close", "catalog.complaint.close", () -> {
            var selected = selected();
            return service.close(selected.id(), selected.version(), new ComplaintClosing(finding.getValue(),
                    feedback.getValue(), outcome.getValue(), withdrawalReason.getValue()));
        });

        attachments.setId("complaint-attachments");
        attachments.setAllRowsVisible(true);
        attachments.addColumn(AttachmentRow::fileName).setHeader(getTranslation("catalog.attachment.file-name"))
                .setFlexGrow(2);
        attachments.addColumn(AttachmentRow::uploadedBy).setHeader(getTranslation("catalog.attachment.uploaded-by"));
        attachments.addColumn(AttachmentRow::sha256).setHeader("SHA-256").setFlexGrow(2);
        // The callback runs in the upload request; the service call and the UI update go through the UI's lock.
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                attach(metadata.fileName(), bytes)))));
        upload.setId("complaint-upload");
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");

        var registration = new FormLayout(source, receivedOn, product, entity, complainantName, complainantContact,
                description);
        var handling = new FormLayout(investigation, finding, feedback, outcome, withdrawalReason);
        add(new ViewToolbar(getTranslation("catalog.complaints.title"), ViewToolbar.group(openOnly, overdueOnly, text),
                export.downloadButton("complaints")), grid);
        if (supervisor) {
            add(new H2(getTranslation("catalog.complaint.handling")), handling,
                    new HorizontalLayout(addInvestigation, close),
                    new H2(getTranslation("catalog.attachment.title")), attachments, upload,
                    new H2(getTranslation("catalog.complaint.register")), registration, register);
        }
        showSelected();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.complaints.title");
    }

    private ComplaintRow selected() {
        return grid.getSelectedItems().stream().findFirst().orElseThrow();
    }

    private void showSelected() {
        var selected = grid.getSelectedItems().stream().findFirst();
        var open = selected.filter(r -> !r.closed()).isPresent();
        addInvestigation.setEnabled(open);
        close.setEnabled(open);
        upload.setVisible(selected.isPresent());
        attachments.setItems(selected.isPresent() && attachments.getParent().isPresent()
                ? attachmentService.ofComplaint(selected.get().id()) : java.util.List.of());
    }

    /** Stores an uploaded file with the selected complaint; a refused file is named in the message. */
    void attach(String fileName, byte[] bytes) {
        try {
            var complaint = selected();
            attachmentService.attachToComplaint(complaint.id(), fileName, bytes);
            attachments.setItems(attachmentService.ofComplaint(complaint.id()));
            Notifications.success(getTranslation("catalog.action.done"));
        } catch (CatalogException ex) {
            Notifications.error(ex.message(this::getTranslation));
        } catch (AccessDeniedException ex) {
            Notifications.error(getTranslation("catalog.error.not-allowed"));
        }
    }

    private void action(Button button, String id, String labelKey, Supplier<ComplaintRow> action) {
        button.setId(id);
        button.setText(getTranslation(labelKey));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClickListener(e -> {
            try {
                var row = action.get();
                Notifications.success(getTranslation("catalog.action.done"));
                grid.getDataProvider().refreshAll();
                grid.select(row);
                investigation.clear();
            } catch (CatalogException ex) {
                Notifications.error(ex.message(this::getTranslation));
            } catch (AccessDeniedException ex) {
                Notifications.error(getTranslation("catalog.error.not-allowed"));
            }
        });
    }

    private void filter(ComplaintFilter newFilter) {
        filter = newFilter;
        grid.getDataProvider().refreshAll();
    }
}
