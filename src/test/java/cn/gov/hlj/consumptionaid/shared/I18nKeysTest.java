package cn.gov.hlj.consumptionaid.shared;

import cn.gov.hlj.consumptionaid.shared.i18n.PortalI18NProvider;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every UI text exists in Chinese and in English, and every key the code names exists. */
class I18nKeysTest {

    /** Literal keys in getTranslation("…") calls and in @Menu(title = "…"). */
    private static final Pattern KEY_IN_CODE =
            Pattern.compile("(?:getTranslation\\(|title\\s*=\\s*)\"([a-z][a-zA-Z0-9_-]*(?:\\.[a-zA-Z0-9_-]+)+)\"");

    private final PortalI18NProvider provider = new PortalI18NProvider();

    @Test
    void chinese_and_english_have_the_same_keys() {
        var chinese = provider.keys(PortalI18NProvider.CHINESE);
        var english = provider.keys(PortalI18NProvider.ENGLISH);
        assertThat(chinese).isNotEmpty();
        var missingInEnglish = new TreeSet<>(chinese);
        missingInEnglish.removeAll(english);
        var missingInChinese = new TreeSet<>(english);
        missingInChinese.removeAll(chinese);
        assertThat(missingInEnglish).as("keys missing in English").isEmpty();
        assertThat(missingInChinese).as("keys missing in Chinese").isEmpty();
    }

    @Test
    void every_key_named_in_the_code_exists() throws IOException {
        var keys = provider.keys(PortalI18NProvider.CHINESE);
        var used = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var code = Files.readAllLines(file).stream()
                        .filter(line -> !line.trim().startsWith("*") && !line.trim().startsWith("//"))
                        .collect(java.util.stream.Collectors.joining("\n"));
                var matcher = KEY_IN_CODE.matcher(code);
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).as("keys named in the code").isNotEmpty();
        var missing = new TreeSet<>(used);
        missing.removeAll(keys);
        assertThat(missing).as("keys used in code but not defined").isEmpty();
    }

    @Test
    void every_role_has_a_name_in_both_languages() {
        for (var role : AppRoles.ROLES) {
            assertThat(provider.keys(PortalI18NProvider.CHINESE)).contains(AppRoles.labelKey(role));
            assertThat(provider.keys(PortalI18NProvider.ENGLISH)).contains(AppRoles.labelKey(role));
        }
    }

    @Test
    void chinese_is_the_default_and_english_is_second() {
        assertThat(provider.getProvidedLocales()).containsExactly(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
        assertThat(provider.getTranslation("shared.app.title", Locale.FRENCH)).isEqualTo("黑龙江省消费扶贫行动管理平台");
        assertThat(provider.getTranslation("shared.app.title", Locale.US))
                .isEqualTo("Heilongjiang Consumption Aid Portal");
    }

    @Test
    void a_missing_key_is_visible_and_arguments_are_formatted() {
        assertThat(provider.getTranslation("no.such.key", Locale.SIMPLIFIED_CHINESE)).isEqualTo("!no.such.key!");
        assertThat(provider.getTranslation("accounts.error.username-taken", Locale.SIMPLIFIED_CHINESE, "finance"))
                .isEqualTo("用户名“finance”已被使用。");
        assertThat(Set.of(provider.getTranslation("accounts.error.username-taken", Locale.ENGLISH, "x")))
                .containsExactly("The username \"x\" is taken.");
    }
}
