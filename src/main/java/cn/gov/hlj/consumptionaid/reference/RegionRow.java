package cn.gov.hlj.consumptionaid.reference;

import java.util.Locale;
import java.util.Objects;

/**
 * A province, prefecture or county-level unit by its national 6-digit code (GB/T 2260). {@code parentCode} is null for
 * the province. The two poverty flags say whether the county was a national (国贫县) or provincial (省贫县) poverty
 * county; all 28 have since exited, but products and purchases are still counted by them.
 */
public record RegionRow(String code, String parentCode, RegionLevel level, String nameZh, String nameEn,
                        boolean nationalPovertyCounty, boolean provincialPovertyCounty) {

    public RegionRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
    }

    /** A national or provincial poverty county. */
    public boolean povertyCounty() {
        return nationalPovertyCounty || provincialPovertyCounty;
    }

    /** The name in the user's language: English for English locales, Chinese otherwise. */
    public String name(Locale locale) {
        return Names.pick(locale, nameZh, nameEn);
    }
}
