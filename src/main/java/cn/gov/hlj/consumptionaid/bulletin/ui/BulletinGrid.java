package cn.gov.hlj.consumptionaid.bulletin.ui;

import cn.gov.hlj.consumptionaid.bulletin.BulletinRow;
import cn.gov.hlj.consumptionaid.bulletin.BulletinService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import java.time.format.DateTimeFormatter;

/** The archive's bulletins, newest period first, lazily loaded from the service (what the user may see). */
class BulletinGrid extends Grid<BulletinRow> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    BulletinGrid(BulletinService bulletins) {
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(row -> getTranslation(row.type().labelKey()))
                .setHeader(getTranslation("bulletin.column.type")).setAutoWidth(true);
        addColumn(row -> getTranslation(row.period().labelKey(), row.period().labelArguments()))
                .setHeader(getTranslation("bulletin.column.period")).setAutoWidth(true);
        addColumn(BulletinRow::scopeName).setHeader(getTranslation("bulletin.column.scope")).setAutoWidth(true);
        addColumn(row -> getTranslation("bulletin.issue", row.issueYear(), row.issueNumber()))
                .setHeader(getTranslation("bulletin.column.issue")).setAutoWidth(true);
        addColumn(BulletinRow::version).setHeader(getTranslation("bulletin.column.version")).setAutoWidth(true);
        addColumn(row -> getTranslation(row.status().labelKey()))
                .setHeader(getTranslation("bulletin.column.status")).setAutoWidth(true);
        addColumn(row -> row.generatedAt().format(TIME) + " " + row.generatedBy())
                .setHeader(getTranslation("bulletin.column.generated")).setAutoWidth(true);
        addColumn(row -> row.dataCutoff().format(TIME))
                .setHeader(getTranslation("bulletin.column.cutoff")).setAutoWidth(true);
        addColumn(BulletinRow::downloads).setHeader(getTranslation("bulletin.column.downloads")).setAutoWidth(true);
        addColumn(row -> row.sha256().substring(0, 12)).setHeader(getTranslation("bulletin.column.sha256"))
                .setAutoWidth(true);
        setItems(query -> bulletins.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) bulletins.count());
    }
}
