package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.shared.i18n.PortalI18NProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key the catalog module names — in refusals ({@code new CatalogException("…")}), field labels passed
 * as arguments and enum labels — exists in Chinese and English. (The shared key test only sees getTranslation calls.)
 */
class CatalogMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(catalog\\.[a-zA-Z0-9_-]+(?:\\.[a-zA-Z0-9_-]+)+)\"");
    private final PortalI18NProvider i18n = new PortalI18NProvider();

    @Test
    void every_catalog_key_in_the_code_exists_in_both_languages() throws IOException {
        var used = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/gov/hlj/consumptionaid/catalog"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(i18n.keys(PortalI18NProvider.CHINESE)).containsAll(used);
        assertThat(i18n.keys(PortalI18NProvider.ENGLISH)).containsAll(used);
    }

    @Test
    void every_status_action_level_and_entity_type_has_a_label() {
        var keys = new TreeSet<String>();
        Arrays.stream(CertificationStatus.values()).map(CertificationStatus::labelKey).forEach(keys::add);
        Arrays.stream(CertificationAction.values()).map(CertificationAction::labelKey).forEach(keys::add);
        Arrays.stream(ReviewLevel.values()).map(ReviewLevel::labelKey).forEach(keys::add);
        Arrays.stream(MarketEntityType.values()).map(MarketEntityType::labelKey).forEach(keys::add);
        assertThat(i18n.keys(PortalI18NProvider.CHINESE)).containsAll(keys);
        assertThat(i18n.keys(PortalI18NProvider.ENGLISH)).containsAll(keys);
    }
}
