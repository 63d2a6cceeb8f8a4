package cn.gov.hlj.consumptionaid.catalog;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a certification application stands. The chain is SUBMITTED → (COUNTY_NOTICE, where the county holds a
 * public notice of its own) → COUNTY_CERTIFIED → CITY_REVIEWED →
 * PROVINCE_RECHECKED → FILED_NATIONALLY → PUBLIC_NOTICE → IN_CATALOG; any open state may be RETURNED (to be corrected
 * and submitted again) or REJECTED (final). A catalog entry leaves the catalog by withdrawal: (WITHDRAWAL_REQUESTED →)
 * WITHDRAWAL_CONFIRMED → WITHDRAWN. {@link #actingLevel()} is the reviewer level whose turn it is.
 */
public enum CertificationStatus {
    SUBMITTED(ReviewLevel.COUNTY),
    /** 县级公示: the county certifies only after five working days of its own notice without open objections. */
    COUNTY_NOTICE(ReviewLevel.COUNTY),
    COUNTY_CERTIFIED(ReviewLevel.CITY),
    CITY_REVIEWED(ReviewLevel.PROVINCE),
    PROVINCE_RECHECKED(ReviewLevel.PROVINCE),
    FILED_NATIONALLY(ReviewLevel.PROVINCE),
    PUBLIC_NOTICE(ReviewLevel.PROVINCE),
    IN_CATALOG(null),
    /** Sent back to the applicant; the county reviewer submits it again once corrected. */
    RETURNED(ReviewLevel.COUNTY),
    REJECTED(null),
    /** Still in the catalog; a supervisor asked for withdrawal (a complaint's outcome): the county confirms or not. */
    WITHDRAWAL_REQUESTED(ReviewLevel.COUNTY),
    /** Still in the catalog; the county confirmed the withdrawal: the province approves or not. */
    WITHDRAWAL_CONFIRMED(ReviewLevel.PROVINCE),
    /** Left the catalog; its history is kept. */
    WITHDRAWN(null),
    /** Replaced in the catalog by its renewal (a new application prefilled from this one). */
    RENEWED(null);

    /** The states of a product listed in the catalog (a withdrawal in progress does not remove it yet). */
    public static final Set<CertificationStatus> LISTED = EnumSet.of(IN_CATALOG, WITHDRAWAL_REQUESTED,
            WITHDRAWAL_CONFIRMED);

    /** The states in which a reviewer may still return or reject the application. */
    public static final Set<CertificationStatus> OPEN = EnumSet.of(SUBMITTED, COUNTY_NOTICE, COUNTY_CERTIFIED, CITY_REVIEWED,
            PROVINCE_RECHECKED, FILED_NATIONALLY, PUBLIC_NOTICE);

    private final ReviewLevel actingLevel;

    CertificationStatus(ReviewLevel actingLevel) {
        this.actingLevel = actingLevel;
    }

    /** Whose turn it is, or {@code null} when nobody acts any more. */
    public ReviewLevel actingLevel() {
        return actingLevel;
    }

    /** The states that wait for a reviewer of this level: their work queue. */
    public static Set<CertificationStatus> awaiting(ReviewLevel level) {
        var states = EnumSet.noneOf(CertificationStatus.class);
        for (var status : values()) {
            if (status.actingLevel == level) {
                states.add(status);
            }
        }
        return states;
    }

    public String labelKey() {
        return "catalog.status." + name();
    }
}
