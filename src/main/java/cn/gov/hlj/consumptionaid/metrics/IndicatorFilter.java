package cn.gov.hlj.consumptionaid.metrics;

import cn.gov.hlj.consumptionaid.shared.time.Period;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a figure is asked for: a period and optional cuts. {@code null} means "all" (for the region: the user's whole
 * region scope). A cut on a dimension the indicator does not have ({@link Indicator#dimensions()}) is ignored.
 *
 * @param period                    the period (stock indicators ignore it; the finance indicators read the reserved
 *                                  shares of the year the period ends in)
 * @param regionCode                a prefecture or county (or the province); must lie within the user's scope
 * @param categoryCode              a product category code
 * @param channelCode               a sales channel code
 * @param supervisingDepartmentCode a purchaser's supervising department code
 * @param schoolType                a school type name (UNIVERSITY, VOCATIONAL, PRIMARY_SECONDARY, KINDERGARTEN)
 * @param purchaserType             a purchaser type name (BUDGET_UNIT, SOE, PRIVATE_ENTERPRISE, UNION, SOCIAL_ORGANIZATION)
 * @param threshold                 the completion rate in percent below which a budget unit counts for
 *                                  {@link Indicator#FINANCE_UNITS_BELOW_RATE}; {@code null} means 100
 */
public record IndicatorFilter(Period period, String regionCode, String categoryCode, String channelCode,
                              String supervisingDepartmentCode, String schoolType, String purchaserType,
                              BigDecimal threshold) {

    public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.valueOf(100);

    public IndicatorFilter {
        Objects.requireNonNull(period, "period");
        if (regionCode != null && !regionCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("A region code has 6 digits: " + regionCode);
        }
    }

    /** Everything in the user's scope for a period. */
    public static IndicatorFilter of(Period period) {
        return new IndicatorFilter(period, null, null, null, null, null, null, null);
    }

    public IndicatorFilter withPeriod(Period period) {
        return new IndicatorFilter(period, regionCode, categoryCode, channelCode, supervisingDepartmentCode,
                schoolType, purchaserType, threshold);
    }

    public IndicatorFilter withRegion(String regionCode) {
        return new IndicatorFilter(period, regionCode, categoryCode, channelCode, supervisingDepartmentCode,
                schoolType, purchaserType, threshold);
    }

    public IndicatorFilter withCategory(String categoryCode) {
        return new IndicatorFilter(period, regionCode, categoryCode, channelCode, supervisingDepartmentCode,
                schoolType, purchaserType, threshold);
    }

    public IndicatorFilter withChannel(String channelCode) {
        return new IndicatorFilter(period, regionCode, categoryCode, channelCode, supervisingDepartmentCode,
                schoolType, purchaserType, threshold);
    }

    public IndicatorFilter withSupervisingDepartment(String departmentCode) {
        return new IndicatorFilter(period, regionCode, categoryCode, channelCode, departmentCode, schoolType,
                purchaserType, threshold);
    }

    public IndicatorFilter withSchoolType(String schoolType) {
        return new IndicatorFilter(period, regionCode, categoryCode, channelCode, supervisingDepartmentCode,
                schoolType, purchaserType, threshold);
    }

    public IndicatorFilter withPurchaserType(String purchaserType) {
        return new IndicatorFilter(period, regionCode, categoryCode, channelCode, supervisingDepartmentCode,
                schoolType, purchaserType, threshold);
    }

    public IndicatorFilter withThreshold(BigDecimal threshold) {
        return new IndicatorFilter(period, regionCode, categoryCode, channelCode, supervisingDepartmentCode,
                schoolType, purchaserType, threshold);
    }

    /** The completion-rate threshold in percent (100 when not given). */
    public BigDecimal effectiveThreshold() {
        return threshold == null ? DEFAULT_THRESHOLD : threshold;
    }
}
