package cn.gov.hlj.consumptionaid.sales;

import cn.gov.hlj.consumptionaid.reference.RegionCodes;

/** Filters of the outlet list; {@code null} means "any". {@code text} matches name, address or operator. */
public record OutletFilter(String text, OutletKind kind, OutletStatus status, String regionPrefix) {

    public static final OutletFilter ALL = new OutletFilter(null, null, null, null);

    public OutletFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public OutletFilter withText(String text) {
        return new OutletFilter(text, kind, status, regionPrefix);
    }

    public OutletFilter withKind(OutletKind kind) {
        return new OutletFilter(text, kind, status, regionPrefix);
    }

    public OutletFilter withStatus(OutletStatus status) {
        return new OutletFilter(text, kind, status, regionPrefix);
    }

    public OutletFilter withRegion(String regionCode) {
        return new OutletFilter(text, kind, status, regionCode == null ? null : RegionCodes.subtreePrefix(regionCode));
    }
}
