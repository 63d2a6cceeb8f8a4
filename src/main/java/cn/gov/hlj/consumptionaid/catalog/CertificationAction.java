package cn.gov.hlj.consumptionaid.catalog;

/** One step of an application's timeline. */
public enum CertificationAction {
    SUBMITTED, RESUBMITTED, COUNTY_NOTICE_STARTED, COUNTY_CERTIFIED, CITY_REVIEWED, PROVINCE_RECHECKED, FILED_NATIONALLY, NOTICE_STARTED,
    OBJECTION_RECORDED, OBJECTION_RESOLVED, PUBLISHED, RETURNED, REJECTED, WITHDRAWAL_REQUESTED, WITHDRAWAL_CONFIRMED,
    WITHDRAWAL_DECLINED, WITHDRAWAL_APPROVED, WITHDRAWAL_REPORTED, CLOSED_BY_BLACKLISTING, RENEWAL_SUBMITTED, RENEWED,
    /** Taken over from an existing catalog list (certified before the portal). */
    IMPORTED;

    public String labelKey() {
        return "catalog.action." + name();
    }
}
