package cn.gov.hlj.consumptionaid.reference.ui;

import cn.gov.hlj.consumptionaid.reference.HolidayKind;
import cn.gov.hlj.consumptionaid.reference.HolidayRow;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.shared.time.ClockConfiguration;
import cn.gov.hlj.consumptionaid.support.KaribuTest;
import cn.gov.hlj.consumptionaid.support.MutableClock;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class HolidaysViewTest extends KaribuTest {

    private static final LocalDate NEW_YEAR_2027 = LocalDate.of(2027, 1, 1);

    @Autowired
    ReferenceService service;

    @Autowired
    MutableClock clock;

    /** The demo calendar ends in 2026 for every other test of this context: remove what a test added to 2027. */
    @AfterEach
    void removeTheDaysOf2027() {
        clock.reset();
        service.holidays(2027).forEach(day -> service.removeHoliday(day.date()));
    }

    private HolidaysView openAsAdministrator() {
        login("admin");
        UI.getCurrent().navigate("admin/holidays");
        var view = LocatorJ._get(HolidaysView.class);
        // The view itself, not a Spring proxy of it (JSR-250 method security is off; see MethodSecurityConfiguration).
        assertThat(UI.getCurrent().getCurrentView()).isSameAs(view);
        return view;
    }

    @SuppressWarnings("unchecked")
    private static void enterDay(LocalDate date, HolidayKind kind, String nameZh, String nameEn) {
        LocatorJ._get(DatePicker.class, spec -> spec.withId("holiday-date")).setValue(date);
        LocatorJ._get(Select.class, spec -> spec.withId("holiday-kind")).setValue(kind);
        LocatorJ._get(TextField.class, spec -> spec.withId("holiday-name-zh")).setValue(nameZh);
        LocatorJ._get(TextField.class, spec -> spec.withId("holiday-name-en")).setValue(nameEn);
        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withId("holiday-add")));
    }

    private static List<HolidayRow> shownDays(HolidaysView view) {
        return GridKt._fetch(view.grid, 0, GridKt._size(view.grid));
    }

    @Test
    void the_page_opens_on_this_years_calendar_with_the_spring_festival() {
        var view = openAsAdministrator();
        assertThat(view.year.getValue()).isEqualTo(LocalDate.now(clock).getYear()).isEqualTo(2026);
        assertThat(shownDays(view))
                .contains(new HolidayRow(LocalDate.of(2026, 2, 17), HolidayKind.HOLIDAY, "春节", "Spring Festival"))
                .extracting(day -> day.date().getYear()).containsOnly(2026);
        assertThat(view.coverage.getText()).startsWith("工作日计算覆盖 2004 – 2026 年。");
    }

    @Test
    void the_page_opens_on_the_year_of_the_portal_clock_in_china_standard_time() {
        var firstOf2027 = LocalDate.of(2027, 1, 1).atStartOfDay(ClockConfiguration.ZONE).plusHours(1).toInstant();
        clock.advance(Duration.between(Instant.now(), firstOf2027));
        var view = openAsAdministrator();
        assertThat(view.year.getValue()).isEqualTo(2027);
        assertThat(shownDays(view)).isEmpty();
    }

    @Test
    void entering_new_years_day_2027_adds_it_to_the_calendar() {
        var view = openAsAdministrator();
        enterDay(NEW_YEAR_2027, HolidayKind.HOLIDAY, "元旦", "New Year's Day");

        var added = new HolidayRow(NEW_YEAR_2027, HolidayKind.HOLIDAY, "元旦", "New Year's Day");
        assertThat(service.holidays(2027)).containsExactly(added);
        expectNotifications("2027-01-01 已添加。");
        assertThat(view.year.getValue()).isEqualTo(2027);
        assertThat(shownDays(view)).containsExactly(added);
        assertThat(view.date.getValue()).isEqualTo(LocalDate.of(2027, 1, 2));
        assertThat(view.coverage.getText()).startsWith("工作日计算覆盖 2004 – 2027 年。");
    }

    @Test
    void a_weekday_cannot_be_an_adjusted_working_day() {
        openAsAdministrator();
        enterDay(LocalDate.of(2027, 1, 5), HolidayKind.ADJUSTED_WORKDAY, "元旦", "New Year's Day");

        expectNotifications("2027-01-05 不是星期六或星期日，不能设为调休上班日。");
        assertThat(service.holidays(2027)).isEmpty();
    }

    @Test
    void a_day_already_in_the_calendar_cannot_be_added_twice() {
        openAsAdministrator();
        var before = service.holidays(2026);
        enterDay(LocalDate.of(2026, 2, 17), HolidayKind.HOLIDAY, "春节", "Spring Festival");

        expectNotifications("2026-02-17 已在节假日安排中（春节），不能重复添加；如需修改，请先删除该日期。");
        assertThat(service.holidays(2026)).isEqualTo(before);
    }

    @Test
    void removing_a_day_asks_for_confirmation_and_deletes_it() {
        login("admin");
        service.addHoliday(new HolidayRow(NEW_YEAR_2027, HolidayKind.HOLIDAY, "元旦", "New Year's Day"));
        UI.getCurrent().navigate("admin/holidays");
        var view = LocatorJ._get(HolidaysView.class);
        view.year.setValue(2027);
        assertThat(view.remove.isEnabled()).isFalse();

        view.grid.select(shownDays(view).getFirst());
        LocatorJ._click(view.remove);
        var dialog = LocatorJ._get(ConfirmDialog.class, spec -> spec.withId("holiday-remove-confirm"));
        assertThat(ConfirmDialogKt._getText(dialog)).isEqualTo("确定要从节假日安排中删除 2027-01-01（元旦）吗？");
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(service.holidays(2027)).isEmpty();
        expectNotifications("2027-01-01 已删除。");
        assertThat(shownDays(view)).isEmpty();
        assertThat(view.remove.isEnabled()).isFalse();
    }

    @Test
    void the_date_picker_speaks_chinese_and_writes_dates_as_iso() {
        var i18n = openAsAdministrator().date.getI18n();
        assertThat(i18n.getMonthNames()).hasSize(12).startsWith("一月").endsWith("十二月");
        assertThat(i18n.getWeekdaysShort()).containsExactly("日", "一", "二", "三", "四", "五", "六");
        assertThat(i18n.getToday()).isEqualTo("今天");
        assertThat(i18n.getCancel()).isEqualTo("取消");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getDateFormats()).containsExactly("yyyy-MM-dd");
    }

    @Test
    void the_date_picker_speaks_english_to_an_english_user() {
        login("admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("admin/holidays");
        var i18n = LocatorJ._get(HolidaysView.class).date.getI18n();
        assertThat(i18n.getMonthNames()).hasSize(12).startsWith("January");
        assertThat(i18n.getToday()).isEqualTo("Today");
        assertThat(i18n.getDateFormats()).containsExactly("yyyy-MM-dd");
    }
}
