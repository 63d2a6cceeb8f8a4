package cn.gov.hlj.consumptionaid.metrics.query;

import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.metrics.Dimension;
import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import cn.gov.hlj.consumptionaid.reference.RegionCodes;

import java.math.BigDecimal;

/**
 * The filter as it applies to one indicator for one user: the region prefix (the user's subtree, narrowed by the
 * filter's region), and only the cuts on dimensions the indicator has.
 */
record Cuts(String regionPrefix, String category, String channel, String department, String schoolType,
            String purchaserType, BigDecimal threshold) {

    /** A prefix no region code has: the filter's region lies outside the scope. */
    private static final String NOWHERE = "-";

    static Cuts of(Indicator indicator, IndicatorFilter filter, DataScope scope) {
        var prefix = scope.regionPrefix();
        boolean regional = indicator.hasDimension(Dimension.CITY) || indicator.hasDimension(Dimension.COUNTY);
        if (filter.regionCode() != null && regional) {
            var wanted = RegionCodes.subtreePrefix(filter.regionCode());
            if (wanted.startsWith(prefix)) {
                prefix = wanted;
            } else if (!prefix.startsWith(wanted)) {
                prefix = NOWHERE;
            }
        }
        return new Cuts(prefix,
                indicator.hasDimension(Dimension.CATEGORY) ? filter.categoryCode() : null,
                indicator.hasDimension(Dimension.CHANNEL) ? filter.channelCode() : null,
                indicator.hasDimension(Dimension.SUPERVISING_DEPARTMENT) ? filter.supervisingDepartmentCode() : null,
                indicator.hasDimension(Dimension.SCHOOL_TYPE) ? filter.schoolType() : null,
                indicator.hasDimension(Dimension.PURCHASER_TYPE) ? filter.purchaserType() : null,
                filter.effectiveThreshold());
    }

    /**
     * Appends the region condition: nothing for the whole province, the prefecture by its city column where the
     * table has one (else by code prefix), a county by its code.
     */
    void region(Sql sql, String regionColumn, String cityColumn) {
        if (NOWHERE.equals(regionPrefix)) {
            sql.add(" AND 1 = 0");
        } else if (regionPrefix.length() == 4) {
            if (cityColumn != null) {
                sql.add(" AND " + cityColumn + " = ?", regionPrefix + "00");
            } else {
                sql.add(" AND " + regionColumn + " LIKE ?", regionPrefix + "%");
            }
        } else if (regionPrefix.length() == 6) {
            sql.add(" AND " + regionColumn + " = ?", regionPrefix);
        }
    }

    /** The rollup columns these cuts compare (a prefecture by city_code, a county by region_code). */
    java.util.Set<String> rollupColumns() {
        var columns = new java.util.HashSet<String>();
        if (regionPrefix.length() == 4) {
            columns.add("city_code");
        } else if (regionPrefix.length() == 6) {
            columns.add("region_code");
        }
        addIf(columns, category, "category_code");
        addIf(columns, channel, "channel_code");
        addIf(columns, department, "supervising_department_code");
        addIf(columns, schoolType, "school_type");
        addIf(columns, purchaserType, "purchaser_type");
        return columns;
    }

    private static void addIf(java.util.Set<String> columns, String value, String column) {
        if (value != null) {
            columns.add(column);
        }
    }

    /** The rollup column of a breakdown's dimension (none for a total). */
    static java.util.Set<String> rollupColumn(Dimension dimension) {
        if (dimension == null) {
            return java.util.Set.of();
        }
        return java.util.Set.of(switch (dimension) {
            case CITY -> "city_code";
            case COUNTY -> "region_code";
            case CATEGORY -> "category_code";
            case CHANNEL -> "channel_code";
            case SUPERVISING_DEPARTMENT -> "supervising_department_code";
            case SCHOOL_TYPE -> "school_type";
            case PURCHASER_TYPE -> "purchaser_type";
            case MONTH -> "month_key";
            case PURCHASER -> "purchaser_id";
        });
    }

    /** Whether the cuts need columns the per-purchaser tables do not have (category, channel). */
    boolean cutsOrderLines() {
        return category != null || channel != null;
    }
}
