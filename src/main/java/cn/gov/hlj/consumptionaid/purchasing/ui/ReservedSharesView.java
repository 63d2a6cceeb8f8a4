package cn.gov.hlj.consumptionaid.purchasing.ui;

import cn.gov.hlj.consumptionaid.purchasing.PurchaserFilter;
import cn.gov.hlj.consumptionaid.purchasing.ReservedShareRow;
import cn.gov.hlj.consumptionaid.purchasing.ReservedShareException;
import cn.gov.hlj.consumptionaid.purchasing.ReservedShareService;
import cn.gov.hlj.consumptionaid.purchasing.ReservedShareStatus;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.time.ClockConfiguration;
import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.NumberRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;

/**
 * Budget units' reserved shares of a year, as the user sees them (finance all, a department its lens, a supervising
 * unit its subordinates), lazily loaded, filtered by status and exportable. A user of a unit's supervising unit
 * approves a submitted share or returns it with a reason; the unit files a returned share again. The actions show
 * only to those who may take them (the service checks again).
 */
@Route("data/reserved-shares")
@RolesAllowed({AppRoles.DEPARTMENT_MEMBER, AppRoles.LEADER})
@Menu(title = "purchasing.menu.reserved-shares", order = 505, icon = "vaadin:piggy-bank-coin")
@MenuGroup(MenuGroup.DATA)
class ReservedSharesView extends VerticalLayout implements HasDynamicTitle {

    final Select<Integer> year = new Select<>();
    final TextField search = new TextField();
    final Select<ReservedShareStatus> status = new Select<>();
    final Grid<ReservedShareRow> grid = new Grid<>();

    private final ReservedShareService service;

    ReservedSharesView(ReservedShareService service, Clock clock) {
        this.service = service;
        setSizeFull();
        setPadding(false);
        int thisYear = LocalDate.now(clock.withZone(ClockConfiguration.ZONE)).getYear();
        year.setId("reserved-shares-year");
        year.setLabel(getTranslation("purchasing.reserved-shares.year"));
        year.setItems(IntStream.rangeClosed(2016, thisYear + 1).boxed().sorted((a, b) -> b - a).toList());
        year.setValue(thisYear);
        search.setId("reserved-shares-search");
        search.setPlaceholder(getTranslation("purchasing.purchasers.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        status.setId("reserved-shares-status");
        status.setLabel(getTranslation("purchasing.reserved-share.status"));
        status.setItems(ReservedShareStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("purchasing.reserved-shares.status.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("purchasing.reserved-shares.status.any")
                : getTranslation(s.labelKey()));

        grid.setId("reserved-shares-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        var export = GridExcelExport.of(grid);
        export.addColumn(ReservedShareRow::purchaserCode).setHeader(getTranslation("purchasing.purchaser.code"))
                .setAutoWidth(true);
        export.addColumn(ReservedShareRow::purchaserName).setHeader(getTranslation("purchasing.purchaser.name"))
                .setFlexGrow(3).setWidth("16em");
        export.addColumn(row -> getTranslation(row.canteen().labelKey()))
                .setHeader(getTranslation("purchasing.purchaser.canteen")).setAutoWidth(true);
        money(export, ReservedShareRow::canteenBudget, "purchasing.reserved-share.budget");
        money(export, ReservedShareRow::reservedRatio, "purchasing.reserved-share.ratio");
        money(export, ReservedShareRow::reservedAmount, "purchasing.reserved-share.amount");
        export.addColumn(row -> row.filedByCode() == null ? "" : row.filedByCode())
                .setHeader(getTranslation("purchasing.reserved-share.filed-by")).setAutoWidth(true);
        export.addColumn(row -> getTranslation(row.status().labelKey()))
                .setHeader(getTranslation("purchasing.reserved-share.status")).setAutoWidth(true);
        export.addColumn(row -> row.returnReason() == null ? "" : row.returnReason())
                .setHeader(getTranslation("purchasing.reserved-shares.return-reason")).setFlexGrow(2);
        export.addColumn(row -> row.remarks() == null ? "" : row.remarks())
                .setHeader(getTranslation("purchasing.reserved-share.remarks")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("purchasing.reserved-shares.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> service.list(year.getValue(), filter(), status.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.count(year.getValue(), filter(), status.getValue()));
        year.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(new ViewToolbar(getTranslation("purchasing.reserved-shares.title"),
                ViewToolbar.group(year, status, search),
                export.downloadButton(getTranslation("purchasing.reserved-shares.export-name"))));
        addAndExpand(grid);
    }

    /** The review actions of a row that the signed-in user may take (none for most users and rows). */
    HorizontalLayout actions(ReservedShareRow row) {
        var actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (service.mayReview(row)) {
            var approve = new Button(getTranslation("purchasing.reserved-shares.approve"), e -> approve(row));
            approve.addClassName("reserved-share-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            var sendBack = new Button(getTranslation("purchasing.reserved-shares.return"), e -> openReturn(row));
            sendBack.addClassName("reserved-share-return");
            sendBack.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(approve, sendBack);
        }
        if (service.mayResubmit(row)) {
            var resubmit = new Button(getTranslation("purchasing.reserved-shares.resubmit"), e -> resubmit(row));
            resubmit.addClassName("reserved-share-resubmit");
            resubmit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(resubmit);
        }
        return actions;
    }

    void approve(ReservedShareRow row) {
        run(() -> service.approve(row.id(), row.version()), "purchasing.reserved-shares.approved", row);
    }

    void resubmit(ReservedShareRow row) {
        run(() -> service.resubmit(row.id(), row.version()), "purchasing.reserved-shares.resubmitted", row);
    }

    /** Asks for the reason, then returns the share. */
    ReturnDialog openReturn(ReservedShareRow row) {
        var dialog = new ReturnDialog(row);
        dialog.open();
        return dialog;
    }

    /** The reason a supervising unit gives when it sends a share back. */
    final class ReturnDialog extends Dialog {

        final TextArea reason = new TextArea();
        final Button confirm = new Button();

        ReturnDialog(ReservedShareRow row) {
            setHeaderTitle(getTranslation("purchasing.reserved-shares.return.title", row.purchaserName(),
                    String.valueOf(row.year())));
            reason.setId("reserved-share-return-reason");
            reason.setLabel(getTranslation("purchasing.reserved-shares.return-reason"));
            reason.setRequired(true);
            reason.setMaxLength(ReservedShareRow.MAX_RETURN_REASON);
            reason.setWidth("32em");
            confirm.setId("reserved-share-return-confirm");
            confirm.setText(getTranslation("purchasing.reserved-shares.return"));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            confirm.addClickListener(e -> {
                if (reason.getValue().isBlank()) {
                    reason.setInvalid(true);
                    reason.setErrorMessage(getTranslation("purchasing.reserved-share.review.reason-required"));
                    return;
                }
                if (run(() -> service.returnWithReason(row.id(), row.version(), reason.getValue()),
                        "purchasing.reserved-shares.returned", row)) {
                    close();
                }
            });
            var cancel = new Button(getTranslation("purchasing.reserved-shares.cancel"), e -> close());
            add(reason);
            getFooter().add(cancel, confirm);
        }
    }

    /** Runs a review command; says what happened, or why it was refused, and shows the list as it is now. */
    private boolean run(Runnable command, String doneKey, ReservedShareRow row) {
        try {
            command.run();
            notify(getTranslation(doneKey, row.purchaserName(), String.valueOf(row.year())),
                    NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (ReservedShareException e) {
            notify(getTranslation(e.getMessageKey(), e.getArguments()), NotificationVariant.LUMO_ERROR);
            return false;
        } catch (AccessDeniedException e) {
            notify(getTranslation("purchasing.reserved-shares.denied"), NotificationVariant.LUMO_ERROR);
            return false;
        } finally {
            grid.getDataProvider().refreshAll();
        }
    }

    private static void notify(String text, NotificationVariant variant) {
        var notification = new Notification(text, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.open();
    }

    /** An amount shown as 2,662,050.00, right-aligned; the export keeps it a number. */
    private void money(GridExcelExport<ReservedShareRow> export, ValueProvider<ReservedShareRow, BigDecimal> value,
                       String headerKey) {
        var renderer = new NumberRenderer<ReservedShareRow>(row -> value.apply(row), "%,.2f", getLocale());
        var column = grid.addColumn(renderer).setHeader(getTranslation(headerKey)).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        export.register(column, value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchasing.reserved-shares.title");
    }

    private PurchaserFilter filter() {
        return PurchaserFilter.ALL.withText(search.getValue());
    }
}
