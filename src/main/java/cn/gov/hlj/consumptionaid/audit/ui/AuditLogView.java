package cn.gov.hlj.consumptionaid.audit.ui;

import cn.gov.hlj.consumptionaid.audit.AuditLogService;
import cn.gov.hlj.consumptionaid.audit.AuditLogService.RevisionFilter;
import cn.gov.hlj.consumptionaid.audit.AuditLogService.RevisionRow;
import cn.gov.hlj.consumptionaid.audit.AuditLogService.SecurityEventFilter;
import cn.gov.hlj.consumptionaid.audit.AuditLogService.SecurityEventRow;
import cn.gov.hlj.consumptionaid.audit.SecurityEventType;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.time.ClockConfiguration;
import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * 审计日志: the security events (sign-ins, failed sign-ins, sign-outs, account and permission changes with before and
 * after) and the data changes (every committed change to an audited record, who and when, opening to each field before
 * and after), for supervisors and administrators, within their region.
 */
@Route("supervision/audit-log")
@RolesAllowed({AppRoles.SUPERVISOR, AppRoles.ADMIN})
@Menu(title = "audit.menu.log", order = 640, icon = "vaadin:clipboard-text")
@MenuGroup(MenuGroup.SUPERVISION)
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ClockConfiguration.ZONE);

    final TabSheet tabs = new TabSheet();

    final TextField eventUser = new TextField();
    final ComboBox<SecurityEventType> eventType = new ComboBox<>();
    final DatePicker eventFrom = new DatePicker();
    final DatePicker eventTo = new DatePicker();
    final Grid<SecurityEventRow> events = new Grid<>();
    final GridExcelExport<SecurityEventRow> eventExport = GridExcelExport.of(events);

    final TextField changeUser = new TextField();
    final ComboBox<String> changeEntity = new ComboBox<>();
    final DatePicker changeFrom = new DatePicker();
    final DatePicker changeTo = new DatePicker();
    final Grid<RevisionRow> changes = new Grid<>();
    final GridExcelExport<RevisionRow> changeExport = GridExcelExport.of(changes);

    private final AuditLogService audit;

    AuditLogView(AuditLogService audit) {
        this.audit = audit;
        setSizeFull();
        setPadding(false);
        tabs.setId("audit-tabs");
        tabs.setSizeFull();
        tabs.add(getTranslation("audit.tab.security"), securityTab());
        tabs.add(getTranslation("audit.tab.changes"), changesTab());
        var retention = new Paragraph(getTranslation("audit.retention", audit.retentionDays()));
        retention.setId("audit-retention");
        retention.addClassName("audit-retention");
        add(new ViewToolbar(getTranslation("audit.title")), retention);
        addAndExpand(tabs);
    }

    private Component securityTab() {
        eventUser.setId("audit-event-user");
        eventUser.setPlaceholder(getTranslation("audit.filter.user"));
        eventUser.setValueChangeMode(ValueChangeMode.LAZY);
        eventUser.setClearButtonVisible(true);
        eventType.setId("audit-event-type");
        eventType.setPlaceholder(getTranslation("audit.filter.event-type"));
        eventType.setItems(SecurityEventType.values());
        eventType.setItemLabelGenerator(type -> getTranslation(type.labelKey()));
        eventType.setClearButtonVisible(true);
        eventFrom.setId("audit-event-from");
        eventFrom.setPlaceholder(getTranslation("audit.filter.from"));
        eventTo.setId("audit-event-to");
        eventTo.setPlaceholder(getTranslation("audit.filter.to"));

        events.setId("audit-events");
        events.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        eventExport.addColumn(row -> WHEN.format(row.occurredAt())).setHeader(getTranslation("audit.column.time"))
                .setAutoWidth(true);
        eventExport.addColumn(row -> getTranslation(row.type().labelKey()))
                .setHeader(getTranslation("audit.column.event")).setAutoWidth(true);
        eventExport.addColumn(SecurityEventRow::username).setHeader(getTranslation("audit.column.account"))
                .setAutoWidth(true);
        eventExport.addColumn(SecurityEventRow::actor).setHeader(getTranslation("audit.column.actor"))
                .setAutoWidth(true);
        eventExport.addColumn(SecurityEventRow::ipAddress).setHeader(getTranslation("audit.column.ip"))
                .setAutoWidth(true);
        eventExport.addColumn(SecurityEventRow::before).setHeader(getTranslation("audit.column.before"))
                .setFlexGrow(2);
        eventExport.addColumn(SecurityEventRow::after).setHeader(getTranslation("audit.column.after"))
                .setFlexGrow(2);
        eventExport.addColumn(SecurityEventRow::detail).setHeader(getTranslation("audit.column.detail"))
                .setAutoWidth(true);
        events.setItems(query -> audit.securityEvents(eventFilter(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) audit.countSecurityEvents(eventFilter()));
        events.setEmptyStateText(getTranslation("audit.empty"));
        eventUser.addValueChangeListener(e -> events.getDataProvider().refreshAll());
        eventType.addValueChangeListener(e -> events.getDataProvider().refreshAll());
        eventFrom.addValueChangeListener(e -> events.getDataProvider().refreshAll());
        eventTo.addValueChangeListener(e -> events.getDataProvider().refreshAll());

        var layout = new VerticalLayout(ViewToolbar.group(eventUser, eventType, eventFrom, eventTo,
                eventExport.downloadButton(getTranslation("audit.export.security"))));
        layout.setPadding(false);
        layout.setSizeFull();
        layout.addAndExpand(events);
        return layout;
    }

    private Component changesTab() {
        changeUser.setId("audit-change-user");
        changeUser.setPlaceholder(getTranslation("audit.filter.user"));
        changeUser.setValueChangeMode(ValueChangeMode.LAZY);
        changeUser.setClearButtonVisible(true);
        changeEntity.setId("audit-change-entity");
        changeEntity.setPlaceholder(getTranslation("audit.filter.entity"));
        changeEntity.setItems(audit.auditedEntities());
        changeEntity.setItemLabelGenerator(this::entityLabel);
        changeEntity.setClearButtonVisible(true);
        changeFrom.setId("audit-change-from");
        changeFrom.setPlaceholder(getTranslation("audit.filter.from"));
        changeTo.setId("audit-change-to");
        changeTo.setPlaceholder(getTranslation("audit.filter.to"));

        changes.setId("audit-changes");
        changes.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        changeExport.addColumn(RevisionRow::id).setHeader(getTranslation("audit.column.revision")).setAutoWidth(true);
        changeExport.addColumn(row -> WHEN.format(row.changedAt())).setHeader(getTranslation("audit.column.time"))
                .setAutoWidth(true);
        changeExport.addColumn(RevisionRow::username).setHeader(getTranslation("audit.column.actor"))
                .setAutoWidth(true);
        changeExport.addColumn(RevisionRow::regionCode).setHeader(getTranslation("audit.column.region"))
                .setAutoWidth(true);
        changeExport.addColumn(this::summary).setHeader(getTranslation("audit.column.records")).setFlexGrow(3);
        changes.setItems(query -> audit.revisions(changeFilter(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) audit.countRevisions(changeFilter()));
        changes.setEmptyStateText(getTranslation("audit.empty"));
        changes.addItemClickListener(e -> open(e.getItem()));
        changeUser.addValueChangeListener(e -> changes.getDataProvider().refreshAll());
        changeEntity.addValueChangeListener(e -> changes.getDataProvider().refreshAll());
        changeFrom.addValueChangeListener(e -> changes.getDataProvider().refreshAll());
        changeTo.addValueChangeListener(e -> changes.getDataProvider().refreshAll());

        var hint = new Paragraph(getTranslation("audit.changes.hint"));
        var layout = new VerticalLayout(ViewToolbar.group(changeUser, changeEntity, changeFrom, changeTo,
                changeExport.downloadButton(getTranslation("audit.export.changes"))), hint);
        layout.setPadding(false);
        layout.setSizeFull();
        layout.addAndExpand(changes);
        return layout;
    }

    SecurityEventFilter eventFilter() {
        return new SecurityEventFilter(eventUser.getValue(), eventType.getValue(), eventFrom.getValue(),
                eventTo.getValue());
    }

    RevisionFilter changeFilter() {
        return new RevisionFilter(changeUser.getValue(), changeEntity.getValue(), changeFrom.getValue(),
                changeTo.getValue());
    }

    /** "采购人 修改 1；预留份额 新增 3". */
    String summary(RevisionRow row) {
        return row.counts().stream()
                .map(count -> entityLabel(count.entity()) + " " + getTranslation(count.kind().labelKey()) + " "
                        + count.records())
                .collect(Collectors.joining("；"));
    }

    String entityLabel(String entity) {
        return getTranslation("audit.entity." + entity);
    }

    RevisionDialog open(RevisionRow row) {
        var dialog = new RevisionDialog(audit, row, this::entityLabel);
        dialog.open();
        return dialog;
    }

    static String when(Instant instant) {
        return WHEN.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
