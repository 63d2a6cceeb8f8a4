package cn.gov.hlj.consumptionaid.reference;

import java.util.Locale;

/** Picks the English or the Chinese name of a reference row: English for English locales, Chinese otherwise. */
final class Names {

    private Names() {
    }

    static String pick(Locale locale, String nameZh, String nameEn) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
