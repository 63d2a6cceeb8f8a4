package cn.gov.hlj.consumptionaid.shared.i18n;

import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class SharedMessagesTest {

    @Test
    void the_chinese_and_english_shared_messages_have_the_same_keys_all_prefixed_shared() throws Exception {
        var chinese = load("/i18n/shared_zh_CN.properties");
        var english = load("/i18n/shared_en.properties");

        assertThat(chinese.stringPropertyNames()).isNotEmpty()
                .allMatch(key -> key.startsWith("shared."))
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(chinese.getProperty("shared.kpi.change.against-previous")).isEqualTo("较上期");
    }

    @Test
    void the_provider_serves_the_shared_messages_in_both_languages() {
        var provider = new PortalI18NProvider();

        assertThat(provider.getTranslation("shared.kpi.unit.ten-thousand", PortalI18NProvider.CHINESE, "元"))
                .isEqualTo("万元");
        assertThat(provider.getTranslation("shared.kpi.unit.ten-thousand", PortalI18NProvider.ENGLISH, "yuan"))
                .isEqualTo("10k yuan");
    }

    private static Properties load(String resource) throws Exception {
        var properties = new Properties();
        try (var stream = SharedMessagesTest.class.getResourceAsStream(resource)) {
            assertThat(stream).as(resource).isNotNull();
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
