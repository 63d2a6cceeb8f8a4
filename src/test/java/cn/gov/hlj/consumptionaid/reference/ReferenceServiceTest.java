package cn.gov.hlj.consumptionaid.reference;

import cn.gov.hlj.consumptionaid.shared.i18n.PortalI18NProvider;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reference module on a fresh in-memory H2 (MySQL mode) database migrated by Flyway, with method security on.
 * The mock web environment Vaadin's auto-configuration needs (it does not start with {@code webEnvironment = NONE}).
 */
@SpringBootTest
// "embedded" as the application runs by default (its login configuration insists on it); "test" then replaces the
// database with a fresh in-memory one.
@ActiveProfiles({"embedded", "test"})
class ReferenceServiceTest {

    /**
     * Method security for this module's tests while the accounts module's configuration is not on the classpath;
     * it steps aside once {@code accounts.security.MethodSecurityConfiguration} is there.
     */
    @TestConfiguration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("cn.gov.hlj.consumptionaid.accounts.security.MethodSecurityConfiguration")
    @EnableMethodSecurity(jsr250Enabled = true)
    static class MethodSecurity {
    }

    @Autowired
    ReferenceService service;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PortalI18NProvider i18n;

    private int holidayRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM public_holiday", Integer.class);
    }

    private String chinese(ReferenceDataException e) {
        return i18n.getTranslation(e.messageKey(), PortalI18NProvider.CHINESE, e.arguments());
    }

    // --- Flyway: V2 schema and V3 reference data

    @Test
    @WithMockUser(authorities = AppRoles.REFERENCE_VIEW)
    void flyway_loads_135_regions_one_province_13_prefectures_and_121_counties() {
        assertThat(service.countRegions(RegionFilter.ALL)).isEqualTo(135);
        assertThat(service.countRegions(RegionFilter.ALL.withLevel(RegionLevel.PROVINCE))).isEqualTo(1);
        assertThat(service.countRegions(RegionFilter.ALL.withLevel(RegionLevel.PREFECTURE))).isEqualTo(13);
        assertThat(service.countRegions(RegionFilter.ALL.withLevel(RegionLevel.COUNTY))).isEqualTo(121);
        assertThat(service.prefectures()).hasSize(13).allMatch(r -> "230000".equals(r.parentCode()));
        assertThat(service.region("230000")).get().extracting(RegionRow::nameZh).isEqualTo("黑龙江省");
    }

    @Test
    @WithMockUser(authorities = AppRoles.REFERENCE_VIEW)
    void there_are_28_poverty_counties_20_national_and_8_provincial() {
        var poverty = service.povertyCounties();
        assertThat(poverty).hasSize(28).allMatch(r -> r.level() == RegionLevel.COUNTY);
        assertThat(poverty).filteredOn(RegionRow::nationalPovertyCounty).hasSize(20);
        assertThat(poverty).filteredOn(RegionRow::provincialPovertyCounty).hasSize(8);
        assertThat(service.countRegions(RegionFilter.ALL.withPovertyOnly(true))).isEqualTo(28);
    }

    @Test
    @WithMockUser(authorities = AppRoles.REFERENCE_VIEW)
    void yanshou_230129_is_a_national_poverty_county_of_harbin() {
        var yanshou = service.region("230129").orElseThrow();
        assertThat(yanshou.nameZh()).isEqualTo("延寿县");
        assertThat(yanshou.nationalPovertyCounty()).isTrue();
        assertThat(yanshou.provincialPovertyCounty()).isFalse();
        assertThat(yanshou.povertyCounty()).isTrue();
        assertThat(yanshou.parentCode()).isEqualTo("230100");
        assertThat(yanshou.name(PortalI18NProvider.ENGLISH)).isEqualTo("Yanshou County");
        assertThat(service.counties("230100")).contains(yanshou);
    }

    @Test
    @WithMockUser(authorities = AppRoles.REFERENCE_VIEW)
    void flyway_loads_15_departments_17_categories_and_15_channels() {
        var departments = service.departments();
        assertThat(departments).hasSize(15);
        assertThat(departments.subList(0, 10)).allMatch(d -> d.kind() == DepartmentKind.TASK_FORCE);
        assertThat(departments.getFirst()).isEqualTo(
                new DepartmentRow("POVERTY_OFFICE", "省扶贫办", "Provincial Poverty Alleviation and Development Office",
                        DepartmentKind.TASK_FORCE));
        assertThat(departments).filteredOn(d -> d.kind() == DepartmentKind.PURCHASER).extracting(DepartmentRow::code)
                .containsExactly("HEALTH", "FEDERATION_OF_TRADE_UNIONS", "YOUTH_LEAGUE", "WOMENS_FEDERATION",
                        "CIVIL_AFFAIRS");
        assertThat(service.categories()).hasSize(17).first().extracting(CategoryRow::code).isEqualTo("RICE");
        assertThat(service.channels()).hasSize(15);
        assertThat(service.channels()).filteredOn(c -> c.kind() == ChannelKind.EXHIBITION).hasSize(3);
    }

    @Test
    @WithMockUser(authorities = AppRoles.REFERENCE_VIEW)
    void flyway_loads_the_holiday_calendar_2004_to_2026() {
        assertThat(holidayRows()).isEqualTo(769);
        assertThat(service.holidayYears()).hasSize(23).startsWith(2004).endsWith(2026);
        var spring2020 = service.holidays(2020);
        assertThat(spring2020).contains(
                new HolidayRow(LocalDate.of(2020, 1, 19), HolidayKind.ADJUSTED_WORKDAY, "春节", "Spring Festival"),
                new HolidayRow(LocalDate.of(2020, 2, 2), HolidayKind.HOLIDAY, "春节", "Spring Festival"),
                new HolidayRow(LocalDate.of(2020, 10, 10), HolidayKind.ADJUSTED_WORKDAY, "国庆节", "National Day"));
        assertThat(spring2020).isSortedAccordingTo(Comparator.comparing(HolidayRow::date));
    }

    // --- Region list

    @Test
    @WithMockUser(authorities = AppRoles.REFERENCE_VIEW)
    void the_region_filter_combines_text_prefecture_and_poverty() {
        assertThat(service.findRegions(RegionFilter.ALL.withText("延寿"), Pageable.unpaged()))
                .extracting(RegionRow::code).containsExactly("230129");
        assertThat(service.findRegions(RegionFilter.ALL.withText("yanshou"), Pageable.unpaged()))
                .extracting(RegionRow::code).containsExactly("230129");
        assertThat(service.findRegions(RegionFilter.ALL.withText("2301"), Pageable.unpaged()))
                .allMatch(r -> r.code().startsWith("2301"));
        // 绥化市 and its 10 county-level units; 6 of those were poverty counties.
        assertThat(service.countRegions(RegionFilter.ALL.withPrefectureCode("231200"))).isEqualTo(11);
        assertThat(service.countRegions(RegionFilter.ALL.withPrefectureCode("231200").withPovertyOnly(true)))
                .isEqualTo(6);
        assertThat(service.countRegions(RegionFilter.ALL.withText("100%_"))).isZero();
    }

    @Test
    @WithMockUser(authorities = AppRoles.REFERENCE_VIEW)
    void regions_come_page_by_page_in_code_order() {
        var first = service.findRegions(RegionFilter.ALL, PageRequest.of(0, 50));
        var third = service.findRegions(RegionFilter.ALL, PageRequest.of(2, 50));
        assertThat(first).hasSize(50).isSortedAccordingTo(Comparator.comparing(RegionRow::code));
        assertThat(first.getFirst().code()).isEqualTo("230000");
        assertThat(third).hasSize(35);
        var byName = service.findRegions(RegionFilter.ALL.withLevel(RegionLevel.PREFECTURE),
                PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "nameEn")));
        assertThat(byName).extracting(RegionRow::nameEn).isSortedAccordingTo(Comparator.reverseOrder());
    }

    // --- Security

    @Test
    @WithMockUser(authorities = AppRoles.DASHBOARD_OWN_VIEW)
    void reading_without_the_reference_view_permission_is_denied() {
        assertThatThrownBy(() -> service.prefectures()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.holidays(2020)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(authorities = AppRoles.REFERENCE_VIEW)
    void adding_or_removing_a_holiday_without_the_reference_edit_permission_is_denied_and_writes_nothing() {
        int before = holidayRows();
        assertThatThrownBy(() -> service.addHoliday(new HolidayRow(LocalDate.of(2027, 1, 1), HolidayKind.HOLIDAY,
                "元旦", "New Year's Day"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.removeHoliday(LocalDate.of(2020, 1, 24)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(holidayRows()).isEqualTo(before);
    }

    @Test
    void working_days_answer_without_a_signed_in_user() {
        assertThat(workingDays.endOfPeriod(LocalDate.of(2020, 1, 20), 5)).isEqualTo(LocalDate.of(2020, 2, 3));
    }

    // --- Holiday calendar edits

    @Test
    @WithMockUser(authorities = {AppRoles.REFERENCE_VIEW, AppRoles.REFERENCE_EDIT})
    void a_date_already_in_the_calendar_is_refused_with_a_clear_message_and_nothing_is_written() {
        int before = holidayRows();
        assertThatThrownBy(() -> service.addHoliday(new HolidayRow(LocalDate.of(2020, 1, 24),
                HolidayKind.HOLIDAY, "春节", "Spring Festival")))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("reference.holiday.error.duplicate");
                    assertThat(chinese(e)).isEqualTo(
                            "2020-01-24 已在节假日安排中（春节），不能重复添加；如需修改，请先删除该日期。");
                });
        assertThat(holidayRows()).isEqualTo(before);
    }

    @Test
    @WithMockUser(authorities = {AppRoles.REFERENCE_VIEW, AppRoles.REFERENCE_EDIT})
    void an_adjusted_working_day_on_a_weekday_is_refused_with_a_clear_message_and_nothing_is_written() {
        int before = holidayRows();
        // Monday 4 January 2027.
        assertThatThrownBy(() -> service.addHoliday(new HolidayRow(LocalDate.of(2027, 1, 4),
                HolidayKind.ADJUSTED_WORKDAY, "元旦", "New Year's Day")))
                .isInstanceOfSatisfying(ReferenceDataException.class, e ->
                        assertThat(chinese(e)).isEqualTo("2027-01-04 不是星期六或星期日，不能设为调休上班日。"));
        assertThat(holidayRows()).isEqualTo(before);
    }

    @Test
    @WithMockUser(authorities = {AppRoles.REFERENCE_VIEW, AppRoles.REFERENCE_EDIT})
    void missing_names_and_skipped_years_are_refused_and_nothing_is_written() {
        int before = holidayRows();
        assertThatThrownBy(() -> service.addHoliday(new HolidayRow(LocalDate.of(2027, 1, 1), HolidayKind.HOLIDAY,
                "元旦", " ")))
                .isInstanceOfSatisfying(ReferenceDataException.class, e ->
                        assertThat(chinese(e)).isEqualTo("2027-01-01：请填写中文名称和英文名称。"));
        assertThatThrownBy(() -> service.addHoliday(new HolidayRow(LocalDate.of(2028, 1, 1), HolidayKind.HOLIDAY,
                "元旦", "New Year's Day")))
                .isInstanceOfSatisfying(ReferenceDataException.class, e ->
                        assertThat(chinese(e)).isEqualTo("2028-01-01：请先录入 2027 年的节假日安排，年份之间不能留空。"));
        assertThatThrownBy(() -> service.removeHoliday(LocalDate.of(2020, 3, 2)))
                .isInstanceOfSatisfying(ReferenceDataException.class, e ->
                        assertThat(e.messageKey()).isEqualTo("reference.holiday.error.not-found"));
        assertThat(holidayRows()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "admin", authorities = {AppRoles.REFERENCE_VIEW, AppRoles.REFERENCE_EDIT})
    void adding_2027_holidays_extends_the_working_day_calendar_and_is_audited() {
        var newYear = LocalDate.of(2027, 1, 1);
        assertThatThrownBy(() -> workingDays.isWorkingDay(newYear)).isInstanceOf(HolidaysNotKnownException.class);
        try {
            service.addHoliday(new HolidayRow(newYear, HolidayKind.HOLIDAY, "元旦", "New Year's Day"));

            assertThat(workingDays.lastKnownYear()).isEqualTo(2027);
            assertThat(workingDays.isWorkingDay(newYear)).isFalse();
            // Thursday 31 December 2026 + 1 working day skips the holiday Friday and the weekend.
            assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
            assertThat(service.holidays(2027)).containsExactly(
                    new HolidayRow(newYear, HolidayKind.HOLIDAY, "元旦", "New Year's Day"));
            assertThat(jdbc.queryForObject("""
                    SELECT r.username FROM public_holiday_aud a JOIN audit_revision r ON r.id = a.rev
                    WHERE a.holiday_date = ? AND a.revtype = 0""", String.class, newYear)).isEqualTo("admin");
        } finally {
            service.removeHoliday(newYear);
        }
        assertThatThrownBy(() -> workingDays.isWorkingDay(newYear)).isInstanceOf(HolidaysNotKnownException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM public_holiday_aud WHERE holiday_date = ? AND revtype = 2",
                Integer.class, newYear)).isEqualTo(1);
    }
}
