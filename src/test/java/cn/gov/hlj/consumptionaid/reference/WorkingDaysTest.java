package cn.gov.hlj.consumptionaid.reference;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Working days on the real calendar as shipped ({@code refdata/cn-public-holidays.csv}), without a database. */
class WorkingDaysTest {

    private static List<HolidayRow> shipped;
    private final WorkingDays workingDays = new WorkingDays(() -> shipped);

    @BeforeAll
    static void read_the_shipped_calendar() throws IOException {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        var rows = new ArrayList<HolidayRow>();
        try (var reader = new InputStreamReader(new ClassPathResource("refdata/cn-public-holidays.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            for (var record : format.parse(reader)) {
                rows.add(new HolidayRow(LocalDate.parse(record.get("date")), HolidayKind.valueOf(record.get("kind")),
                        record.get("name_zh"), record.get("name_en")));
            }
        }
        shipped = List.copyOf(rows);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class Spring_festival_2020_extended_to_2_february {

        @Test
        void the_extended_days_are_holidays() {
            for (var day = d("2020-01-24"); !day.isAfter(d("2020-02-02")); day = day.plusDays(1)) {
                assertThat(workingDays.isWorkingDay(day)).as(day.toString()).isFalse();
            }
        }

        @Test
        void sunday_19_january_is_a_working_day() {
            assertThat(workingDays.isWorkingDay(d("2020-01-19"))).isTrue();
        }

        @Test
        void a_notice_published_on_monday_20_january_ends_on_3_february() {
            assertThat(workingDays.endOfPeriod(d("2020-01-20"), 5)).isEqualTo(d("2020-02-03"));
        }

        @Test
        void the_first_working_day_after_the_festival_is_3_february() {
            assertThat(workingDays.plusWorkingDays(d("2020-01-23"), 1)).isEqualTo(d("2020-02-03"));
        }

        @Test
        void january_2020_has_17_working_days() {
            // 23 weekdays, minus 元旦 and the six weekdays 24–31 January, plus Sunday the 19th.
            assertThat(workingDays.countWorkingDays(d("2020-01-01"), d("2020-01-31"))).isEqualTo(17);
        }
    }

    @Nested
    class National_day_week_2020 {

        @Test
        void first_to_eighth_october_are_holidays() {
            for (var day = d("2020-10-01"); !day.isAfter(d("2020-10-08")); day = day.plusDays(1)) {
                assertThat(workingDays.isWorkingDay(day)).as(day.toString()).isFalse();
            }
        }

        @Test
        void sunday_27_september_and_saturday_10_october_are_working_days() {
            assertThat(workingDays.isWorkingDay(d("2020-09-27"))).isTrue();
            assertThat(workingDays.isWorkingDay(d("2020-10-10"))).isTrue();
        }

        @Test
        void a_notice_published_on_monday_28_september_ends_on_saturday_10_october() {
            assertThat(workingDays.endOfPeriod(d("2020-09-28"), 5)).isEqualTo(d("2020-10-10"));
        }

        @Test
        void a_notice_published_on_the_adjusted_sunday_counts_that_sunday() {
            // 09-27 (Sun, worked), 28, 29, 30, then 10-09.
            assertThat(workingDays.endOfPeriod(d("2020-09-27"), 5)).isEqualTo(d("2020-10-09"));
        }

        @Test
        void the_fortnight_from_27_september_to_10_october_has_6_working_days() {
            // 09-27 (Sun), 28, 29, 30, 10-09 and 10-10 (Sat).
            assertThat(workingDays.countWorkingDays(d("2020-09-27"), d("2020-10-10"))).isEqualTo(6);
        }

        @Test
        void counting_back_one_working_day_from_9_october_gives_30_september() {
            assertThat(workingDays.plusWorkingDays(d("2020-10-09"), -1)).isEqualTo(d("2020-09-30"));
        }
    }

    @Nested
    class Ordinary_weeks {

        @Test
        void weekdays_work_and_weekends_rest() {
            assertThat(workingDays.isWorkingDay(d("2020-03-02"))).isTrue(); // Monday
            assertThat(workingDays.isWorkingDay(d("2020-03-06"))).isTrue(); // Friday
            assertThat(workingDays.isWorkingDay(d("2020-03-07"))).isFalse(); // Saturday
            assertThat(workingDays.isWorkingDay(d("2020-03-08"))).isFalse(); // Sunday
        }

        @Test
        void a_period_starting_on_monday_ends_on_friday() {
            assertThat(workingDays.endOfPeriod(d("2020-03-02"), 5)).isEqualTo(d("2020-03-06"));
        }

        @Test
        void a_period_starting_on_saturday_begins_on_monday() {
            assertThat(workingDays.endOfPeriod(d("2020-03-07"), 5)).isEqualTo(d("2020-03-13"));
            assertThat(workingDays.endOfPeriod(d("2020-03-07"), 1)).isEqualTo(d("2020-03-09"));
        }

        @Test
        void five_working_days_after_friday_is_the_next_friday() {
            assertThat(workingDays.plusWorkingDays(d("2020-03-06"), 5)).isEqualTo(d("2020-03-13"));
        }

        @Test
        void zero_working_days_after_a_date_is_the_date_itself() {
            assertThat(workingDays.plusWorkingDays(d("2020-03-07"), 0)).isEqualTo(d("2020-03-07"));
        }

        @Test
        void counting_includes_both_ends() {
            assertThat(workingDays.countWorkingDays(d("2020-03-02"), d("2020-03-02"))).isEqualTo(1);
            assertThat(workingDays.countWorkingDays(d("2020-03-02"), d("2020-03-15"))).isEqualTo(10);
            assertThat(workingDays.countWorkingDays(d("2020-03-07"), d("2020-03-08"))).isZero();
        }

        @Test
        void an_empty_range_has_no_working_days() {
            assertThat(workingDays.countWorkingDays(d("2020-03-10"), d("2020-03-09"))).isZero();
        }

        @Test
        void the_year_2020_has_249_working_days() {
            // 262 weekdays − 19 holidays on weekdays (元旦 1, 春节 6, 清明 1, 劳动节 3, 端午 2, 国庆 6) + 6 adjusted days.
            assertThat(workingDays.countWorkingDays(d("2020-01-01"), d("2020-12-31"))).isEqualTo(249);
        }

        @Test
        void a_period_has_at_least_one_day() {
            assertThatThrownBy(() -> workingDays.endOfPeriod(d("2020-03-02"), 0))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Years_outside_the_calendar {

        @Test
        void the_shipped_calendar_covers_2004_to_2026() {
            assertThat(workingDays.firstKnownYear()).isEqualTo(2004);
            assertThat(workingDays.lastKnownYear()).isEqualTo(2026);
        }

        @Test
        void a_date_in_2027_is_refused_until_its_holidays_are_entered() {
            assertThatThrownBy(() -> workingDays.isWorkingDay(d("2027-03-01")))
                    .isInstanceOfSatisfying(HolidaysNotKnownException.class, e -> {
                        assertThat(e.year()).isEqualTo(2027);
                        assertThat(e.messageKey()).isEqualTo("reference.working-days.error.year-not-known");
                    });
        }

        @Test
        void counting_past_the_end_of_2026_is_refused() {
            assertThat(workingDays.plusWorkingDays(d("2026-12-28"), 3)).isEqualTo(d("2026-12-31"));
            assertThatThrownBy(() -> workingDays.plusWorkingDays(d("2026-12-28"), 4))
                    .isInstanceOf(HolidaysNotKnownException.class);
            assertThatThrownBy(() -> workingDays.countWorkingDays(d("2026-12-01"), d("2027-01-05")))
                    .isInstanceOf(HolidaysNotKnownException.class);
        }

        @Test
        void a_date_before_2004_is_refused() {
            assertThatThrownBy(() -> workingDays.isWorkingDay(d("2003-12-31")))
                    .isInstanceOf(HolidaysNotKnownException.class);
        }

        @Test
        void the_calendar_is_read_again_after_it_changed() {
            var rows = new ArrayList<>(shipped);
            var changing = new WorkingDays(() -> List.copyOf(rows));
            assertThat(changing.lastKnownYear()).isEqualTo(2026);

            rows.add(new HolidayRow(d("2027-01-01"), HolidayKind.HOLIDAY, "元旦", "New Year's Day"));
            assertThat(changing.lastKnownYear()).as("cached until the change event").isEqualTo(2026);

            changing.on(new HolidayCalendarChanged(d("2027-01-01"), HolidayKind.HOLIDAY, false));
            assertThat(changing.lastKnownYear()).isEqualTo(2027);
            assertThat(changing.isWorkingDay(d("2027-01-01"))).isFalse();
        }
    }
}
