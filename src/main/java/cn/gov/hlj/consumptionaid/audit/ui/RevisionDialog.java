package cn.gov.hlj.consumptionaid.audit.ui;

import cn.gov.hlj.consumptionaid.audit.AuditLogService;
import cn.gov.hlj.consumptionaid.audit.AuditLogService.FieldChange;
import cn.gov.hlj.consumptionaid.audit.AuditLogService.RecordChange;
import cn.gov.hlj.consumptionaid.audit.AuditLogService.RevisionRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

import java.util.List;
import java.util.function.Function;

/** One revision: every record it added, changed or deleted, with each field before and after. */
class RevisionDialog extends Dialog {

    /** At most this many records are shown (a bulk import's batch record stands for its rows). */
    static final int MAX_RECORDS = 200;

    final List<RecordChange> records;

    RevisionDialog(AuditLogService audit, RevisionRow row, Function<String, String> entityLabel) {
        setId("audit-revision");
        setHeaderTitle(getTranslation("audit.revision.title", row.id(), AuditLogView.when(row.changedAt()),
                row.username()));
        setWidth("960px");
        getFooter().add(new Button(getTranslation("audit.revision.close"), e -> close()));
        records = audit.changesOf(row.id(), MAX_RECORDS);
        if (records.isEmpty()) {
            add(new Paragraph(getTranslation("audit.revision.none")));
        }
        for (var record : records) {
            add(new H4(entityLabel.apply(record.entity()) + " #" + record.id() + " · "
                    + getTranslation(record.kind().labelKey())));
            var fields = new Grid<FieldChange>();
            fields.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            fields.setAllRowsVisible(true);
            fields.addColumn(FieldChange::field).setHeader(getTranslation("audit.column.field")).setAutoWidth(true);
            fields.addColumn(FieldChange::before).setHeader(getTranslation("audit.column.before")).setFlexGrow(1);
            fields.addColumn(FieldChange::after).setHeader(getTranslation("audit.column.after")).setFlexGrow(1);
            fields.setItems(record.fields());
            add(fields);
        }
        if (records.size() >= MAX_RECORDS) {
            add(new Paragraph(getTranslation("audit.revision.more", MAX_RECORDS)));
        }
    }
}
