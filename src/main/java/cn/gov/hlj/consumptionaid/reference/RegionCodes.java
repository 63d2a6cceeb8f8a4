package cn.gov.hlj.consumptionaid.reference;

/**
 * Arithmetic on the national 6-digit region codes (GB/T 2260): a region's subtree is a code prefix, so "is this
 * county in that prefecture" needs no query.
 */
public final class RegionCodes {

    private RegionCodes() {
    }

    /** The prefix every code of the region's subtree starts with: {@code 230000} → {@code 23}, {@code 230100} →
     * {@code 2301}, a county → itself. */
    public static String subtreePrefix(String regionCode) {
        if (regionCode.endsWith("0000")) {
            return regionCode.substring(0, 2);
        }
        if (regionCode.endsWith("00")) {
            return regionCode.substring(0, 4);
        }
        return regionCode;
    }
}
