package cn.gov.hlj.consumptionaid.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The portal's one {@link I18NProvider}: Chinese (zh-CN) first, English second.
 * <p>
 * Each module keeps its own message files, {@code i18n/<module>_zh_CN.properties} and
 * {@code i18n/<module>_en.properties} (UTF-8), so that modules do not edit one shared file. All files of a language
 * are merged; a key defined twice is an error at start-up. A missing key shows as {@code !key!} and is caught by the
 * key-sync test long before a user sees it.
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(PortalI18NProvider.class);

    private final Map<Locale, Map<String, String>> messages = new HashMap<>();

    public PortalI18NProvider() {
        messages.put(CHINESE, load("zh_CN"));
        messages.put(ENGLISH, load("en"));
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        var pattern = messagesOf(locale).get(key);
        if (pattern == null) {
            log.warn("Missing translation for key '{}' in {}", key, locale);
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
    }

    /** The keys of one language, for the key-sync test. */
    public Set<String> keys(Locale locale) {
        return new TreeSet<>(messagesOf(locale).keySet());
    }

    /** English for English locales, Chinese for everything else (the portal's default language). */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    private Map<String, String> messagesOf(Locale locale) {
        return messages.get(supported(locale));
    }

    private static Map<String, String> load(String suffix) {
        var merged = new HashMap<String, String>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/*_" + suffix + ".properties");
            for (var file : files) {
                var properties = new Properties();
                try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                for (var name : properties.stringPropertyNames()) {
                    if (merged.putIfAbsent(name, properties.getProperty(name)) != null) {
                        throw new IllegalStateException(
                                "Message key '" + name + "' is defined twice (again in " + file.getFilename() + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the message files", e);
        }
        return Map.copyOf(merged);
    }
}
