package cn.gov.hlj.consumptionaid.catalog;

/** One step of an application's timeline. */
public enum CertificationAction {
    SUBMITTED, RESUBMITTED, COUNTY_CERTIFIED, CITY_REVIEWED, PROVINCE_RECHECKED, FILED_NATIONALLY, NOTICE_STARTED,
    OBJECTION_RECORDED, OBJECTION_RESOLVED, PUBLISHED, RETURNED, REJECTED;

    public String labelKey() {
        return "catalog.action." + name();
    }
}
