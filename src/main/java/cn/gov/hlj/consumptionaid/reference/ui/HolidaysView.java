package cn.gov.hlj.consumptionaid.reference.ui;

import cn.gov.hlj.consumptionaid.reference.HolidayKind;
import cn.gov.hlj.consumptionaid.reference.HolidayRow;
import cn.gov.hlj.consumptionaid.reference.ReferenceDataException;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.reference.WorkingDays;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The public-holiday calendar by year, and the form to add next year's arrangement day by day once the State Council
 * General Office has published it (or to remove a day entered by mistake).
 */
@Route("admin/holidays")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "reference.menu.holidays", order = 920, icon = "vaadin:calendar")
@MenuGroup(MenuGroup.ADMINISTRATION)
class HolidaysView extends VerticalLayout implements HasDynamicTitle {

    final Select<Integer> year = new Select<>();
    final Paragraph coverage = new Paragraph();
    final Grid<HolidayRow> grid = new Grid<>();
    final DatePicker date = new DatePicker();
    final Select<HolidayKind> kind = new Select<>();
    final TextField nameZh = new TextField();
    final TextField nameEn = new TextField();
    final Button add = new Button();
    final Button remove = new Button();

    private final ReferenceService service;
    private final WorkingDays workingDays;
    private final Clock clock;

    HolidaysView(ReferenceService service, WorkingDays workingDays, Clock clock) {
        this.service = service;
        this.workingDays = workingDays;
        this.clock = clock;
        setSizeFull();

        year.setId("holiday-year");
        year.setLabel(getTranslation("reference.holidays.year"));
        year.addValueChangeListener(e -> showYear());

        coverage.setId("holiday-coverage");

        grid.setId("holidays-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        var export = GridExcelExport.of(grid);
        export.addColumn(HolidayRow::date).setHeader(getTranslation("reference.holiday.date")).setAutoWidth(true);
        export.addColumn(r -> r.date().getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale()))
                .setHeader(getTranslation("reference.holiday.weekday"));
        export.addColumn(r -> kindLabel(r.kind())).setHeader(getTranslation("reference.holiday.kind"));
        export.addColumn(HolidayRow::nameZh).setHeader(getTranslation("reference.holiday.name-zh"));
        export.addColumn(HolidayRow::nameEn).setHeader(getTranslation("reference.holiday.name-en"));
        grid.addSelectionListener(e -> remove.setEnabled(e.getFirstSelectedItem().isPresent()));

        date.setId("holiday-date");
        date.setLabel(getTranslation("reference.holiday.date"));
        date.setLocale(getLocale());
        date.setI18n(datePickerI18n());
        kind.setId("holiday-kind");
        kind.setLabel(getTranslation("reference.holiday.kind"));
        kind.setItems(HolidayKind.values());
        kind.setItemLabelGenerator(this::kindLabel);
        kind.setValue(HolidayKind.HOLIDAY);
        nameZh.setId("holiday-name-zh");
        nameZh.setLabel(getTranslation("reference.holiday.name-zh"));
        nameEn.setId("holiday-name-en");
        nameEn.setLabel(getTranslation("reference.holiday.name-en"));
        add.setId("holiday-add");
        add.setText(getTranslation("reference.holidays.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addDay());
        remove.setId("holiday-remove");
        remove.setText(getTranslation("reference.holidays.remove"));
        remove.setIcon(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.setEnabled(false);
        remove.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::confirmRemove));

        var form = new FormLayout(date, kind, nameZh, nameEn);
        var formBar = new HorizontalLayout(add, remove);

        add(new ViewToolbar(getTranslation("reference.holidays.title"), year, export.downloadButton("holidays")),
                coverage);
        addAndExpand(grid);
        add(new H2(getTranslation("reference.holidays.form.title")), form, formBar);

        refreshYears(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reference.holidays.title");
    }

    /** The known years plus the next one, so that next year's arrangement can be entered; shows {@code selected}. */
    private void refreshYears(Integer selected) {
        var years = new ArrayList<>(service.holidayYears());
        // China Standard Time, by the portal's clock: the server's own zone may still be in the old year.
        int thisYear = LocalDate.now(clock).getYear();
        int next = years.isEmpty() ? thisYear : years.getLast() + 1;
        years.add(next);
        year.setItems(years);
        year.setValue(selected != null && years.contains(selected) ? selected
                : years.contains(thisYear) ? thisYear : years.getLast());
        showYear(); // setValue fires no event when the year stays the same
        coverage.setText(getTranslation("reference.holidays.coverage", String.valueOf(workingDays.firstKnownYear()),
                String.valueOf(workingDays.lastKnownYear())));
    }

    private void showYear() {
        // A year has at most a few dozen rows: the grid holds them in memory.
        grid.setItems(year.getValue() == null ? new ArrayList<>() : service.holidays(year.getValue()));
    }

    private void addDay() {
        var row = new HolidayRow(date.getValue(), kind.getValue(), nameZh.getValue(), nameEn.getValue());
        try {
            service.addHoliday(row);
        } catch (ReferenceDataException e) {
            showError(e);
            return;
        }
        notify(getTranslation("reference.holidays.added", row.date()), NotificationVariant.LUMO_SUCCESS);
        refreshYears(row.date().getYear());
        // The days of one festival are usually entered one after another: keep kind and names, move to the next day.
        date.setValue(row.date().plusDays(1));
    }

    private void confirmRemove(HolidayRow row) {
        var dialog = new ConfirmDialog(getTranslation("reference.holidays.remove.confirm.header"),
                getTranslation("reference.holidays.remove.confirm.text", row.date(), row.name(getLocale())),
                getTranslation("reference.holidays.remove.confirm.ok"), e -> removeDay(row));
        dialog.setId("holiday-remove-confirm");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("reference.holidays.remove.confirm.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void removeDay(HolidayRow row) {
        try {
            service.removeHoliday(row.date());
        } catch (ReferenceDataException e) {
            showError(e);
            return;
        }
        notify(getTranslation("reference.holidays.removed", row.date()), NotificationVariant.LUMO_SUCCESS);
        refreshYears(row.date().getYear());
    }

    private void showError(ReferenceDataException e) {
        notify(getTranslation(e.messageKey(), e.arguments()), NotificationVariant.LUMO_ERROR);
    }

    private void notify(String text, NotificationVariant variant) {
        var notification = new Notification(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.open();
    }

    /** The calendar popup in the user's language, weeks from Monday as in China, dates as ISO yyyy-MM-dd. */
    private DatePicker.DatePickerI18n datePickerI18n() {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(list("reference.date-picker.month-names"))
                .setWeekdays(list("reference.date-picker.weekdays"))
                .setWeekdaysShort(list("reference.date-picker.weekdays-short"))
                .setToday(getTranslation("reference.date-picker.today"))
                .setCancel(getTranslation("reference.date-picker.cancel"))
                .setFirstDayOfWeek(1)
                .setDateFormat("yyyy-MM-dd");
    }

    /** A comma-separated message as a list. */
    private List<String> list(String key) {
        return List.of(getTranslation(key).split(","));
    }

    private String kindLabel(HolidayKind kind) {
        return getTranslation(kind.labelKey());
    }
}
