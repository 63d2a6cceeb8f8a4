package cn.gov.hlj.consumptionaid.catalog;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a supplier recommendation to the 832 platform's national supplier list (国家供应商名录) stands: recommended by
 * the county → reviewed by the province → decided nationally (outside the portal; the province records it).
 */
public enum RecommendationStatus {
    RECOMMENDED, PROVINCE_REFUSED, PROVINCE_APPROVED, ADMITTED, NATIONALLY_REFUSED;

    /** Recommendations that count: the entity need not (and cannot) be recommended again. */
    public static final Set<RecommendationStatus> ACTIVE = EnumSet.of(RECOMMENDED, PROVINCE_APPROVED, ADMITTED);

    public String labelKey() {
        return "catalog.recommendation.status." + name();
    }
}
