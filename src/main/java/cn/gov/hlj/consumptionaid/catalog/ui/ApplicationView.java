package cn.gov.hlj.consumptionaid.catalog.ui;

import cn.gov.hlj.consumptionaid.catalog.ApplicationDetail;
import cn.gov.hlj.consumptionaid.catalog.AttachmentRow;
import cn.gov.hlj.consumptionaid.catalog.AttachmentService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import cn.gov.hlj.consumptionaid.catalog.CatalogException;
import cn.gov.hlj.consumptionaid.catalog.CertificationService;
import cn.gov.hlj.consumptionaid.catalog.CertificationStatus;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityService;
import cn.gov.hlj.consumptionaid.catalog.ObjectionRow;
import cn.gov.hlj.consumptionaid.catalog.ReviewLevel;
import cn.gov.hlj.consumptionaid.catalog.StepRow;
import cn.gov.hlj.consumptionaid.catalog.WithdrawalReason;
import com.vaadin.flow.component.select.Select;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One application: its data, the timeline of every step (who, when, decision, comment), the objections of its
 * public notice, and the actions the signed-in reviewer may take now. The actions shown follow the state and the
 * user's level; the service and the domain model refuse anything else anyway.
 */
@Route("certification/applications")
@RolesAllowed({AppRoles.COUNTY_REVIEWER, AppRoles.CITY_REVIEWER, AppRoles.PROVINCE_REVIEWER, AppRoles.SUPERVISOR})
class ApplicationView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final Map<CertificationStatus, String> APPROVE_LABELS = Map.of(
            CertificationStatus.SUBMITTED, "catalog.action.COUNTY_CERTIFIED",
            CertificationStatus.COUNTY_NOTICE, "catalog.action.COUNTY_CERTIFIED",
            CertificationStatus.COUNTY_CERTIFIED, "catalog.action.CITY_REVIEWED",
            CertificationStatus.CITY_REVIEWED, "catalog.action.PROVINCE_RECHECKED");

    final Span status = new Span();
    final FormLayout details = new FormLayout();
    final Grid<StepRow> timeline = new Grid<>();
    final Grid<ObjectionRow> objections = new Grid<>();
    final TextArea comment = new TextArea();
    final TextField batch = new TextField();
    final DatePicker date = new DatePicker();
    final Button approve = new Button();
    final Button file = new Button();
    final Button startNotice = new Button();
    final Button startCountyNotice = new Button();
    final Button recordObjection = new Button();
    final Button resolveObjection = new Button();
    final Button publish = new Button();
    final Button sendBack = new Button();
    final Button reject = new Button();
    final Button resubmit = new Button();
    final Select<WithdrawalReason> withdrawalReason = new Select<>();
    final Button confirmWithdrawal = new Button();
    final Button declineWithdrawal = new Button();
    final Button approveWithdrawal = new Button();
    final Button reportWithdrawal = new Button();
    final Button renew = new Button();
    final Grid<AttachmentRow> attachments = new Grid<>();
    final Upload upload;

    private final CertificationService service;
    private final AttachmentService attachmentService;
    private final MarketEntityService entities;
    private final ReferenceService reference;
    private final Labels labels;
    private final Clock clock;
    private ViewToolbar toolbar;
    private ApplicationDetail detail;

    ApplicationView(CertificationService service, MarketEntityService entities, AttachmentService attachmentService,
                    ReferenceService reference, Clock clock) {
        this.service = service;
        this.attachmentService = attachmentService;
        this.entities = entities;
        this.reference = reference;
        this.labels = new Labels(reference, getLocale());
        this.clock = clock;
        setSizeFull();
        toolbar = new ViewToolbar(getTranslation("catalog.application.title"));

        status.setId("application-status");
        timeline.setId("timeline");
        timeline.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        timeline.setAllRowsVisible(true);
        timeline.addColumn(StepRow::sequence).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        timeline.addColumn(s -> s.at().format(WorkQueueView.DATE_TIME))
                .setHeader(getTranslation("catalog.timeline.at")).setAutoWidth(true);
        timeline.addColumn(s -> getTranslation(s.action().labelKey()))
                .setHeader(getTranslation("catalog.timeline.action"));
        timeline.addColumn(StepRow::actorName).setHeader(getTranslation("catalog.timeline.actor"));
        timeline.addColumn(s -> getTranslation(s.toStatus().labelKey()))
                .setHeader(getTranslation("catalog.timeline.status"));
        timeline.addColumn(StepRow::comment).setHeader(getTranslation("catalog.timeline.comment")).setFlexGrow(3);

        objections.setId("objections");
        objections.setAllRowsVisible(true);
        objections.addColumn(ObjectionRow::receivedOn).setHeader(getTranslation("catalog.objection.received-on"));
        objections.addColumn(ObjectionRow::description).setHeader(getTranslation("catalog.objection.description"))
                .setFlexGrow(2);
        objections.addColumn(o -> o.resolved() ? o.resolution() : getTranslation("catalog.objection.open"))
                .setHeader(getTranslation("catalog.objection.resolution")).setFlexGrow(2);
        objections.addSelectionListener(e -> showActions());

        attachments.setId("attachments");
        attachments.setAllRowsVisible(true);
        attachments.addComponentColumn(this::downloadLink).setHeader(getTranslation("catalog.attachment.file-name"))
                .setFlexGrow(2);
        attachments.addColumn(a -> String.format(java.util.Locale.ROOT, "%.1f KB", a.size() / 1024.0))
                .setHeader(getTranslation("catalog.attachment.size"));
        attachments.addColumn(AttachmentRow::uploadedBy).setHeader(getTranslation("catalog.attachment.uploaded-by"));
        attachments.addColumn(a -> a.uploadedAt().format(WorkQueueView.DATE_TIME))
                .setHeader(getTranslation("catalog.timeline.at"));
        attachments.addColumn(AttachmentRow::sha256).setHeader("SHA-256").setFlexGrow(2);
        // The callback runs in the upload request; the service call and the UI update go through the UI's lock.
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                attach(metadata.fileName(), bytes)))));
        upload.setId("attachment-upload");
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");

        comment.setId("action-comment");
        comment.setLabel(getTranslation("catalog.action.comment-or-reason"));
        comment.setWidthFull();
        comment.setMaxLength(500);
        batch.setId("action-batch");
        batch.setLabel(getTranslation("catalog.application.national-batch"));
        date.setId("action-date");
        date.setLocale(getLocale());

        button(approve, "action-approve", ButtonVariant.LUMO_PRIMARY, () -> {
            var row = detail.row();
            return switch (row.status()) {
                case SUBMITTED -> service.certifyAtCounty(row.id(), row.version(), comment.getValue());
                case COUNTY_NOTICE -> service.certifyAfterCountyNotice(row.id(), row.version(), comment.getValue());
                case COUNTY_CERTIFIED -> service.reviewAtCity(row.id(), row.version(), comment.getValue());
                default -> service.recheckAtProvince(row.id(), row.version(), comment.getValue());
            };
        });
        button(file, "action-file", ButtonVariant.LUMO_PRIMARY, () -> service.fileNationally(detail.row().id(),
                detail.row().version(), batch.getValue(), date.getValue(), comment.getValue()));
        file.setText(getTranslation("catalog.action.FILED_NATIONALLY"));
        button(startNotice, "action-start-notice", ButtonVariant.LUMO_PRIMARY, () -> service.startNotice(
                detail.row().id(), detail.row().version(), date.getValue(), comment.getValue()));
        startNotice.setText(getTranslation("catalog.action.NOTICE_STARTED"));
        button(startCountyNotice, "action-start-county-notice", null, () -> service.startCountyNotice(
                detail.row().id(), detail.row().version(), date.getValue(), comment.getValue()));
        startCountyNotice.setText(getTranslation("catalog.action.COUNTY_NOTICE_STARTED"));
        button(recordObjection, "action-record-objection", null, () -> service.recordObjection(detail.row().id(),
                detail.row().version(), date.getValue(), comment.getValue()));
        recordObjection.setText(getTranslation("catalog.action.OBJECTION_RECORDED"));
        button(resolveObjection, "action-resolve-objection", null, () -> service.resolveObjection(
                detail.row().id(), detail.row().version(),
                objections.getSelectedItems().stream().findFirst().map(ObjectionRow::id).orElse(-1L),
                comment.getValue()));
        resolveObjection.setText(getTranslation("catalog.action.OBJECTION_RESOLVED"));
        button(publish, "action-publish", ButtonVariant.LUMO_SUCCESS, () -> service.publish(detail.row().id(),
                detail.row().version(), date.getValue()));
        publish.setText(getTranslation("catalog.action.PUBLISHED"));
        button(sendBack, "action-send-back", null, () -> service.sendBack(detail.row().id(), detail.row().version(),
                comment.getValue()));
        sendBack.setText(getTranslation("catalog.action.RETURNED"));
        button(reject, "action-reject", ButtonVariant.LUMO_ERROR, () -> service.reject(detail.row().id(),
                detail.row().version(), comment.getValue()));
        reject.setText(getTranslation("catalog.action.REJECTED"));
        resubmit.setId("action-resubmit");
        resubmit.setText(getTranslation("catalog.action.RESUBMITTED"));
        resubmit.addClickListener(e -> new ApplicationFormDialog(entities, reference, detail.row().entityId(),
                detail.toForm(), form -> service.resubmit(detail.row().id(), detail.row().version(), form,
                comment.getValue()), this::show).open());

        withdrawalReason.setId("action-withdrawal-reason");
        withdrawalReason.setLabel(getTranslation("catalog.withdrawal.reason"));
        withdrawalReason.setItems(WithdrawalReason.values());
        withdrawalReason.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        button(confirmWithdrawal, "action-confirm-withdrawal", ButtonVariant.LUMO_ERROR, () -> service
                .confirmWithdrawal(detail.row().id(), detail.row().version(), withdrawalReason.getValue(),
                        comment.getValue()));
        confirmWithdrawal.setText(getTranslation("catalog.action.WITHDRAWAL_CONFIRMED"));
        button(declineWithdrawal, "action-decline-withdrawal", null, () -> service.declineWithdrawal(
                detail.row().id(), detail.row().version(), comment.getValue()));
        declineWithdrawal.setText(getTranslation("catalog.action.WITHDRAWAL_DECLINED"));
        button(approveWithdrawal, "action-approve-withdrawal", ButtonVariant.LUMO_ERROR, () -> service
                .approveWithdrawal(detail.row().id(), detail.row().version(), date.getValue(), comment.getValue()));
        approveWithdrawal.setText(getTranslation("catalog.action.WITHDRAWAL_APPROVED"));
        button(reportWithdrawal, "action-report-withdrawal", null, () -> service.reportWithdrawalNationally(
                detail.row().id(), detail.row().version(), date.getValue()));
        reportWithdrawal.setText(getTranslation("catalog.action.WITHDRAWAL_REPORTED"));

        renew.setId("action-renew");
        renew.setText(getTranslation("catalog.renewal.renew"));
        renew.addClickListener(e -> new ApplicationFormDialog(entities, reference, detail.row().entityId(),
                detail.toForm(), form -> service.renew(detail.row().id(), form, comment.getValue()),
                renewal -> getUI().ifPresent(ui -> ui.navigate(ApplicationView.class, renewal.row().id()))).open());

        var actions = new HorizontalLayout(renew, approve, startCountyNotice, file, startNotice, recordObjection, resolveObjection,
                publish, sendBack, reject, resubmit, confirmWithdrawal, declineWithdrawal, approveWithdrawal,
                reportWithdrawal);
        actions.setWrap(true);
        add(toolbar, status, details, new H2(getTranslation("catalog.timeline.title")), timeline,
                new H2(getTranslation("catalog.objection.title")), objections,
                new H2(getTranslation("catalog.attachment.title")), attachments, upload,
                new H2(getTranslation("catalog.action.title")), new HorizontalLayout(batch, date, withdrawalReason),
                comment, actions);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            show(service.detail(Objects.requireNonNull(id)));
        } catch (AccessDeniedException | CatalogException e) {
            // the same answer for a missing id and an application of another region
            event.rerouteToError(NotFoundException.class, getTranslation("catalog.application.error.not-found", id));
        }
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("catalog.application.title")
                : getTranslation("catalog.application.title") + " · " + detail.row().productName();
    }

    private void button(Button button, String id, ButtonVariant variant, Supplier<ApplicationDetail> action) {
        button.setId(id);
        if (variant != null) {
            button.addThemeVariants(variant);
        }
        button.addClickListener(e -> {
            try {
                show(action.get());
                comment.clear();
                batch.clear();
                Notifications.success(getTranslation("catalog.action.done"));
            } catch (CatalogException ex) {
                Notifications.error(ex.message(this::getTranslation));
            } catch (AccessDeniedException ex) {
                Notifications.error(getTranslation("catalog.error.not-allowed"));
            }
        });
    }

    void show(ApplicationDetail shown) {
        this.detail = shown;
        var row = shown.row();
        var titled = new ViewToolbar(getTranslation("catalog.application.title") + " · " + row.productName());
        replace(toolbar, titled);
        toolbar = titled;
        status.setText(getTranslation(row.status().labelKey()));
        details.removeAll();
        item("catalog.application.producer", row.producerName() + "（" + row.creditCode() + "）");
        item("catalog.entity.county", labels.regionPath(row.countyCode()));
        item("catalog.application.category", labels.category(row.categoryCode()));
        item("catalog.application.specification", shown.specification());
        item("catalog.application.price", shown.price().toPlainString());
        item("catalog.application.reference-price", shown.referencePrice().toPlainString());
        item("catalog.application.quality-evidence", shown.qualityEvidence());
        item("catalog.application.poor-people-driven", String.valueOf(row.poorPeopleDriven()));
        item("catalog.application.poverty-link", shown.povertyLink());
        item("catalog.application.commodity-value", row.commodityValue().toPlainString());
        item("catalog.application.priority", getTranslation(row.priority() ? "shared.yes" : "shared.no"));
        if (shown.nationalBatch() != null) {
            item("catalog.application.national-batch", shown.nationalBatch() + " · " + shown.nationalFiledOn());
        }
        if (shown.countyNoticeStart() != null) {
            item("catalog.application.county-notice-period", getTranslation("catalog.application.notice-period.value",
                    shown.countyNoticeStart(), shown.countyNoticeEnd()));
        }
        if (shown.noticeStart() != null) {
            item("catalog.application.notice-period",
                    getTranslation("catalog.application.notice-period.value", shown.noticeStart(), row.noticeEnd()));
        }
        if (shown.withdrawalReason() != null) {
            item("catalog.withdrawal.reason", getTranslation(shown.withdrawalReason().labelKey()) + " · "
                    + shown.withdrawalNote());
        }
        if (shown.withdrawnOn() != null) {
            item("catalog.withdrawal.withdrawn-on", shown.withdrawnOn().toString());
        }
        if (row.catalogNumber() != null) {
            item("catalog.catalog.number", row.catalogNumber());
            item("catalog.catalog.valid", getTranslation("catalog.application.notice-period.value",
                    shown.publishedOn(), row.validUntil()));
        }
        timeline.setItems(shown.steps());
        attachments.setItems(attachmentService.ofApplication(row.id()));
        objections.setItems(shown.objections());
        showActions();
    }

    /** Stores an uploaded file with the application; a refused file is named in the message. */
    void attach(String fileName, byte[] bytes) {
        try {
            attachmentService.attachToApplication(detail.row().id(), fileName, bytes);
            attachments.setItems(attachmentService.ofApplication(detail.row().id()));
            Notifications.success(getTranslation("catalog.action.done"));
        } catch (CatalogException ex) {
            Notifications.error(ex.message(this::getTranslation));
        } catch (AccessDeniedException ex) {
            Notifications.error(getTranslation("catalog.error.not-allowed"));
        }
    }

    private Anchor downloadLink(AttachmentRow row) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            var file = attachmentService.download(row.id());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), row.fileName(), row.contentType(),
                    row.size());
        }), row.fileName());
        link.setId("attachment-" + row.id());
        return link;
    }

    private void item(String labelKey, String value) {
        details.addFormItem(new Span(value == null ? "" : value), getTranslation(labelKey));
    }

    /** Shows the actions the user may take in the current state, with the inputs they need. */
    private void showActions() {
        var row = detail.row();
        Set<ReviewLevel> levels = service.myLevels();
        var current = row.status();
        boolean myTurn = current.actingLevel() != null && levels.contains(current.actingLevel());
        boolean open = CertificationStatus.OPEN.contains(current) && myTurn;
        approve.setVisible(myTurn && APPROVE_LABELS.containsKey(current));
        approve.setText(getTranslation(APPROVE_LABELS.getOrDefault(current, "catalog.action.COUNTY_CERTIFIED")));
        file.setVisible(myTurn && current == CertificationStatus.PROVINCE_RECHECKED);
        startNotice.setVisible(myTurn && current == CertificationStatus.FILED_NATIONALLY);
        startCountyNotice.setVisible(myTurn && current == CertificationStatus.SUBMITTED);
        boolean notice = myTurn && (current == CertificationStatus.PUBLIC_NOTICE
                || current == CertificationStatus.COUNTY_NOTICE);
        recordObjection.setVisible(notice);
        resolveObjection.setVisible(notice && !objections.getSelectedItems().isEmpty()
                && !objections.getSelectedItems().iterator().next().resolved());
        publish.setVisible(notice && current == CertificationStatus.PUBLIC_NOTICE);
        sendBack.setVisible(open);
        reject.setVisible(open);
        resubmit.setVisible(myTurn && current == CertificationStatus.RETURNED);
        confirmWithdrawal.setVisible(levels.contains(ReviewLevel.COUNTY) && (current == CertificationStatus.IN_CATALOG
                || current == CertificationStatus.WITHDRAWAL_REQUESTED));
        withdrawalReason.setVisible(confirmWithdrawal.isVisible());
        if (current == CertificationStatus.WITHDRAWAL_REQUESTED) {
            withdrawalReason.setValue(detail.withdrawalReason());
        }
        declineWithdrawal.setVisible(myTurn && (current == CertificationStatus.WITHDRAWAL_REQUESTED
                || current == CertificationStatus.WITHDRAWAL_CONFIRMED));
        approveWithdrawal.setVisible(myTurn && current == CertificationStatus.WITHDRAWAL_CONFIRMED);
        reportWithdrawal.setVisible(levels.contains(ReviewLevel.PROVINCE) && current == CertificationStatus.WITHDRAWN
                && detail.withdrawalReportedOn() == null);
        renew.setVisible(levels.contains(ReviewLevel.COUNTY) && current == CertificationStatus.IN_CATALOG
                && service.renewable(row.id()));
        batch.setVisible(file.isVisible());
        date.setVisible(file.isVisible() || startNotice.isVisible() || startCountyNotice.isVisible() || notice
                || approveWithdrawal.isVisible()
                || reportWithdrawal.isVisible());
        date.setLabel(getTranslation(switch (current) {
            case PROVINCE_RECHECKED -> "catalog.application.national-filed-on";
            case FILED_NATIONALLY, SUBMITTED -> "catalog.application.notice-start";
            default -> "catalog.application.action-date";
        }));
        if (date.isVisible() && date.isEmpty()) {
            date.setValue(LocalDate.now(clock));
        }
        comment.setVisible(myTurn || confirmWithdrawal.isVisible());
    }
}
