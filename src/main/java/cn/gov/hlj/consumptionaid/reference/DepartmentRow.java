package cn.gov.hlj.consumptionaid.reference;

import java.util.Locale;
import java.util.Objects;

/** A provincial department by its code ({@code POVERTY_OFFICE}, {@code FINANCE} …), as in DESIGN.md §1. */
public record DepartmentRow(String code, String nameZh, String nameEn, DepartmentKind kind) {

    public DepartmentRow {
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
