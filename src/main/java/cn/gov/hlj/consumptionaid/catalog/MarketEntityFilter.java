package cn.gov.hlj.consumptionaid.catalog;

/**
 * What the entity registry shows, always within the user's region. {@code text} matches the name or the beginning of
 * the credit code; {@code regionCode} narrows to a prefecture or county; {@code blacklistedOnly} the 失信黑名单.
 */
public record MarketEntityFilter(String text, String regionCode, boolean blacklistedOnly) {

    public static final MarketEntityFilter ALL = new MarketEntityFilter(null, null, false);

    public MarketEntityFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
    }

    public MarketEntityFilter withText(String text) {
        return new MarketEntityFilter(text, regionCode, blacklistedOnly);
    }

    public MarketEntityFilter withRegionCode(String regionCode) {
        return new MarketEntityFilter(text, regionCode, blacklistedOnly);
    }

    public MarketEntityFilter withBlacklistedOnly(boolean blacklistedOnly) {
        return new MarketEntityFilter(text, regionCode, blacklistedOnly);
    }
}
