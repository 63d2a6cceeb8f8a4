package cn.gov.hlj.consumptionaid.reference;

import java.util.Locale;
import java.util.Objects;

/** A product category (所属品类) by its code ({@code RICE}, {@code NORTHERN_HERBS} …). */
public record CategoryRow(String code, String nameZh, String nameEn) {

    public CategoryRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
    }

    /** The name in the user's language: English for English locales, Chinese otherwise. */
    public String name(Locale locale) {
        return Names.pick(locale, nameZh, nameEn);
    }
}
