package cn.gov.hlj.consumptionaid.reference;

import cn.gov.hlj.consumptionaid.shared.i18n.PortalI18NProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The module's messages that the code names indirectly: enum labels and the keys its exceptions carry. */
class ReferenceMessagesTest {

    private static final Pattern EXCEPTION_KEY =
            Pattern.compile("(?:ReferenceDataException\\(|super\\()\\s*\"(reference\\.[a-zA-Z0-9_.-]+)\"");

    private final PortalI18NProvider i18n = new PortalI18NProvider();

    @Test
    void every_region_level_and_holiday_kind_has_a_label_in_both_languages() {
        var keys = new ArrayList<String>();
        for (var level : RegionLevel.values()) {
            keys.add(level.labelKey());
        }
        for (var kind : HolidayKind.values()) {
            keys.add(kind.labelKey());
        }
        assertThat(i18n.keys(PortalI18NProvider.CHINESE)).containsAll(keys);
        assertThat(i18n.keys(PortalI18NProvider.ENGLISH)).containsAll(keys);
    }

    @Test
    void every_key_an_exception_carries_exists_in_both_languages() throws IOException {
        var used = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/gov/hlj/consumptionaid/reference"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = EXCEPTION_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).contains("reference.holiday.error.duplicate", "reference.working-days.error.year-not-known");
        assertThat(i18n.keys(PortalI18NProvider.CHINESE)).containsAll(used);
        assertThat(i18n.keys(PortalI18NProvider.ENGLISH)).containsAll(used);
    }

    @Test
    void the_unknown_year_message_names_the_year_and_the_known_range() {
        var e = new HolidaysNotKnownException(2027, 2004, 2026);
        assertThat(i18n.getTranslation(e.messageKey(), PortalI18NProvider.CHINESE, e.arguments()))
                .startsWith("2027 年的节假日安排尚未录入（已有 2004 – 2026 年）");
        assertThat(i18n.getTranslation(e.messageKey(), PortalI18NProvider.ENGLISH, e.arguments()))
                .startsWith("The holidays of 2027 have not been entered yet (the calendar has 2004 – 2026)")
                .contains("State Council's arrangement");
    }

    @Test
    void region_and_holiday_names_follow_the_language() {
        var region = new RegionRow("230129", "230100", RegionLevel.COUNTY, "延寿县", "Yanshou County", true, false);
        assertThat(region.name(PortalI18NProvider.CHINESE)).isEqualTo("延寿县");
        assertThat(region.name(java.util.Locale.US)).isEqualTo("Yanshou County");
        assertThat(region.name(java.util.Locale.FRENCH)).isEqualTo("延寿县");
        var day = new HolidayRow(LocalDate.of(2020, 10, 1), HolidayKind.HOLIDAY, "国庆节", "National Day");
        assertThat(day.name(PortalI18NProvider.ENGLISH)).isEqualTo("National Day");
        assertThat(List.of(RegionFilter.ALL.withText("  延寿 ").text(), String.valueOf(RegionFilter.ALL.withText(" ").text())))
                .containsExactly("延寿", "null");
    }
}
