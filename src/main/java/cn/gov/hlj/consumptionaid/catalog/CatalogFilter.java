package cn.gov.hlj.consumptionaid.catalog;

/**
 * What the catalog list shows, always within the user's region: {@code text} matches product, producer or catalog
 * number; {@code producer} the producer's name or credit code; {@code regionCode} a prefecture or county;
 * {@code categoryCode} one category; {@code expiry} one validity state ({@code null}: all).
 */
public record CatalogFilter(String text, String producer, String regionCode, String categoryCode,
                            CatalogExpiry expiry) {

    public static final CatalogFilter ALL = new CatalogFilter(null, null, null, null, null);

    public CatalogFilter {
        text = blankToNull(text);
        producer = blankToNull(producer);
        regionCode = blankToNull(regionCode);
        categoryCode = blankToNull(categoryCode);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public CatalogFilter withText(String text) {
        return new CatalogFilter(text, producer, regionCode, categoryCode, expiry);
    }

    public CatalogFilter withProducer(String producer) {
        return new CatalogFilter(text, producer, regionCode, categoryCode, expiry);
    }

    public CatalogFilter withRegionCode(String regionCode) {
        return new CatalogFilter(text, producer, regionCode, categoryCode, expiry);
    }

    public CatalogFilter withCategoryCode(String categoryCode) {
        return new CatalogFilter(text, producer, regionCode, categoryCode, expiry);
    }

    public CatalogFilter withExpiry(CatalogExpiry expiry) {
        return new CatalogFilter(text, producer, regionCode, categoryCode, expiry);
    }
}
