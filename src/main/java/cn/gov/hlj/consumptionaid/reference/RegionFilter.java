package cn.gov.hlj.consumptionaid.reference;

/**
 * What the region list shows. Every part is optional: {@code text} matches the code's beginning or a part of the
 * Chinese or English name; {@code level} one tier; {@code prefectureCode} the prefecture itself and its counties;
 * {@code povertyOnly} national and provincial poverty counties only.
 */
public record RegionFilter(String text, RegionLevel level, String prefectureCode, boolean povertyOnly) {

    public static final RegionFilter ALL = new RegionFilter(null, null, null, false);

    public RegionFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        prefectureCode = prefectureCode == null || prefectureCode.isBlank() ? null : prefectureCode.strip();
    }

    public RegionFilter withText(String text) {
        return new RegionFilter(text, level, prefectureCode, povertyOnly);
    }

    public RegionFilter withLevel(RegionLevel level) {
        return new RegionFilter(text, level, prefectureCode, povertyOnly);
    }

    public RegionFilter withPrefectureCode(String prefectureCode) {
        return new RegionFilter(text, level, prefectureCode, povertyOnly);
    }

    public RegionFilter withPovertyOnly(boolean povertyOnly) {
        return new RegionFilter(text, level, prefectureCode, povertyOnly);
    }
}
