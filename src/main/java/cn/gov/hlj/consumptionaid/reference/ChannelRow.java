package cn.gov.hlj.consumptionaid.reference;

import java.util.Locale;
import java.util.Objects;

/** A sales channel by its code ({@code PLATFORM_832}, {@code CONSUMPTION_AID_COUNTER} …). */
public record ChannelRow(String code, String nameZh, String nameEn, ChannelKind kind) {

    public ChannelRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(kind, "kind");
    }

    /** The name in the user's language: English for English locales, Chinese otherwise. */
    public String name(Locale locale) {
        return Names.pick(locale, nameZh, nameEn);
    }
}
