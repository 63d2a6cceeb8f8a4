package cn.gov.hlj.consumptionaid.reference;

/**
 * How a calendar day differs from the ordinary Monday–Friday week: a public holiday (法定节假日, including the
 * weekend days joined to it) or an adjusted working day (调休上班: a Saturday or Sunday that is worked).
 */
public enum HolidayKind {
    HOLIDAY, ADJUSTED_WORKDAY;

    /** The i18n key of the kind's display name. */
    public String labelKey() {
        return "reference.holiday.kind." + name();
    }
}
