package cn.gov.hlj.consumptionaid.catalog;

import java.util.Objects;

/**
 * The reviewer who takes a step: who they are, at which level they act and the region they act for (its code prefix,
 * as {@code DataScope.regionPrefix()}). The domain model refuses a step by the wrong level or outside the region, so
 * those steps are impossible, not only hidden.
 */
public record Actor(String username, String displayName, ReviewLevel level, String regionPrefix) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(regionPrefix, "regionPrefix");
    }

    public boolean covers(String countyCode) {
        return countyCode != null && countyCode.startsWith(regionPrefix);
    }
}
