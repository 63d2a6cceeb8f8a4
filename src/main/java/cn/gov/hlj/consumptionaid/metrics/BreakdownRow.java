package cn.gov.hlj.consumptionaid.metrics;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One member of a breakdown of an indicator by a dimension: a city, county, category, channel, department, school
 * type, purchaser type, purchaser or month, with its figure.
 *
 * @param key    the member's code (region/category/channel/department code, enum name, purchaser code, {@code yyyy-MM})
 * @param nameZh its Chinese name
 * @param nameEn its English name (the Chinese name where there is none, e.g. a purchaser)
 * @param value  the figure, exact, in the indicator's unit
 * @param rank   1 for the largest value (months are in calendar order and ranked all the same)
 */
public record BreakdownRow(String key, String nameZh, String nameEn, BigDecimal value, int rank) {

    /** The name in the user's language: English for English locales, Chinese otherwise. */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
