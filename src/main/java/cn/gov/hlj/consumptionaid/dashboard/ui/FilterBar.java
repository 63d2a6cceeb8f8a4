package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.shared.time.Period;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The filters of a dashboard: the period (a calendar month, quarter or year, compared with the one before, or a custom
 * range compared with as many days before it; this year by default) and the region, offering only the prefectures and
 * counties within the user's scope.
 */
final class FilterBar extends Composite<Div> {

    /** The first year of the province's consumption-aid action (消费扶贫行动). */
    static final int FIRST_YEAR = 2019;

    final Select<Period.Kind> kind = new Select<>();
    final Select<Integer> year = new Select<>();
    final Select<Integer> quarter = new Select<>();
    final Select<Integer> month = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<RegionRow> city = new ComboBox<>();
    final ComboBox<RegionRow> county = new ComboBox<>();

    private final DashboardContext context;
    private final List<Runnable> listeners = new ArrayList<>();
    private Period period;
    private boolean adjusting;

    FilterBar(DashboardContext context) {
        this.context = context;
        var today = context.today;
        getContent().addClassName("dashboard-filters");

        kind.setId("filter-period-kind");
        kind.setAriaLabel(getTranslation("dashboard.filter.period"));
        kind.setItems(Period.Kind.YEAR, Period.Kind.QUARTER, Period.Kind.MONTH, Period.Kind.CUSTOM);
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(Period.Kind.YEAR);
        kind.setWidth("7em");

        year.setId("filter-year");
        year.setAriaLabel(getTranslation("dashboard.filter.year"));
        int lastYear = today.getYear();
        year.setItems(IntStream.iterate(lastYear, y -> y >= Math.min(FIRST_YEAR, lastYear), y -> y - 1).boxed()
                .toList());
        year.setItemLabelGenerator(y -> getTranslation("dashboard.filter.year-item", String.valueOf(y)));
        year.setValue(lastYear);
        year.setWidth("7.5em");

        quarter.setId("filter-quarter");
        quarter.setAriaLabel(getTranslation("dashboard.filter.quarter"));
        quarter.setItems(1, 2, 3, 4);
        quarter.setItemLabelGenerator(q -> getTranslation("dashboard.filter.quarter-item", q));
        quarter.setValue((today.getMonthValue() - 1) / 3 + 1);
        quarter.setWidth("8em");

        month.setId("filter-month");
        month.setAriaLabel(getTranslation("dashboard.filter.month"));
        month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        month.setItemLabelGenerator(m -> getTranslation("dashboard.filter.month-item", m));
        month.setValue(today.getMonthValue());
        month.setWidth("6.5em");

        from.setId("filter-from");
        to.setId("filter-to");
        from.setAriaLabel(getTranslation("dashboard.filter.from"));
        to.setAriaLabel(getTranslation("dashboard.filter.to"));
        from.setPlaceholder(getTranslation("dashboard.filter.from"));
        to.setPlaceholder(getTranslation("dashboard.filter.to"));
        for (var picker : List.of(from, to)) {
            picker.setI18n(datePickerI18n());
            picker.setWidth("10em");
            picker.setMax(today);
        }
        from.setValue(today.withDayOfYear(1));
        to.setValue(today);

        var cities = context.prefecturesInScope();
        city.setId("filter-city");
        city.setAriaLabel(getTranslation("dashboard.filter.city"));
        city.setPlaceholder(getTranslation("dashboard.filter.all-province"));
        city.setItems(cities);
        city.setItemLabelGenerator(r -> r.name(getLocale()));
        city.setWidth("11em");
        county.setId("filter-county");
        county.setAriaLabel(getTranslation("dashboard.filter.county"));
        county.setPlaceholder(getTranslation("dashboard.filter.all-counties"));
        county.setItemLabelGenerator(r -> r.name(getLocale()));
        county.setWidth("11em");
        boolean province = context.prefecturesInScope().size() > 1;
        city.setClearButtonVisible(province);
        if (!province && !cities.isEmpty()) {
            city.setValue(cities.getFirst());
            city.setReadOnly(true);
        }
        countiesOf(city.getValue());
        if (context.scopedToCounty()) {
            county.setValue(county.getListDataView().getItems().findFirst().orElse(null));
            county.setReadOnly(true);
        }

        kind.addValueChangeListener(e -> changed());
        year.addValueChangeListener(e -> changed());
        quarter.addValueChangeListener(e -> changed());
        month.addValueChangeListener(e -> changed());
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());
        city.addValueChangeListener(e -> {
            adjusting = true;
            countiesOf(e.getValue());
            adjusting = false;
            changed();
        });
        county.addValueChangeListener(e -> changed());

        getContent().add(kind, year, quarter, month, from, to, city, county);
        period = computePeriod();
        showFields();
    }

    /** Called after every change that gives a valid filter. */
    void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    Period period() {
        return period;
    }

    /** The region chosen: a county, else a prefecture, else null for the user's whole scope. */
    String regionCode() {
        if (county.getValue() != null) {
            return county.getValue().code();
        }
        return city.getValue() == null ? null : city.getValue().code();
    }

    IndicatorFilter filter() {
        return IndicatorFilter.of(period).withRegion(regionCode());
    }

    /** The chosen period's label, e.g. 2026年（截至2026-11-28）. */
    String periodLabel(Period shown) {
        return getTranslation(shown.labelKey(), shown.labelArguments());
    }

    private void countiesOf(RegionRow prefecture) {
        county.clear();
        if (prefecture == null) {
            county.setItems(List.of());
            county.setEnabled(false);
        } else {
            county.setItems(context.countiesInScope(prefecture.code()));
            county.setEnabled(true);
            county.setClearButtonVisible(!context.scopedToCounty());
        }
    }

    private void changed() {
        if (adjusting) {
            return;
        }
        showFields();
        var computed = computePeriod();
        if (computed == null) {
            return;
        }
        period = computed;
        listeners.forEach(Runnable::run);
    }

    private void showFields() {
        var chosen = kind.getValue();
        year.setVisible(chosen != Period.Kind.CUSTOM);
        quarter.setVisible(chosen == Period.Kind.QUARTER);
        month.setVisible(chosen == Period.Kind.MONTH);
        from.setVisible(chosen == Period.Kind.CUSTOM);
        to.setVisible(chosen == Period.Kind.CUSTOM);
    }

    /** The period the fields describe, or null while a custom range is incomplete or reversed. */
    private Period computePeriod() {
        var chosen = kind.getValue() == null ? Period.Kind.YEAR : kind.getValue();
        if (chosen == Period.Kind.CUSTOM) {
            from.setInvalid(false);
            to.setInvalid(false);
            if (from.getValue() == null || to.getValue() == null) {
                return null;
            }
            if (to.getValue().isBefore(from.getValue())) {
                to.setErrorMessage(getTranslation("dashboard.filter.error.reversed"));
                to.setInvalid(true);
                return null;
            }
            return Period.custom(from.getValue(), to.getValue());
        }
        int y = year.getValue() == null ? context.today.getYear() : year.getValue();
        var whole = switch (chosen) {
            case YEAR -> Period.year(y);
            case QUARTER -> Period.quarter(y, quarter.getValue() == null ? 1 : quarter.getValue());
            case MONTH -> Period.month(y, month.getValue() == null ? 1 : month.getValue());
            case CUSTOM -> throw new IllegalStateException();
        };
        // Whole units, as the bulletins count them; see docs/decisions/2026-11-28-dashboards.md ("Period").
        return whole;
    }

    private DatePicker.DatePickerI18n datePickerI18n() {
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.asList(getTranslation("dashboard.date.months").split(",")));
        i18n.setWeekdays(Arrays.asList(getTranslation("dashboard.date.weekdays").split(",")));
        i18n.setWeekdaysShort(Arrays.asList(getTranslation("dashboard.date.weekdays-short").split(",")));
        i18n.setToday(getTranslation("dashboard.date.today"));
        i18n.setCancel(getTranslation("dashboard.date.cancel"));
        i18n.setFirstDayOfWeek(1);
        i18n.setDateFormat("yyyy-MM-dd");
        return i18n;
    }
}
