package cn.gov.hlj.consumptionaid.catalog;

/**
 * What an application list shows, always within the user's region. {@code awaitingMe}: only the applications whose
 * turn it is at the user's level (the work queue); {@code status}, {@code regionCode} (prefecture or county) and
 * {@code text} (product, producer or credit code) narrow further.
 */
public record ApplicationFilter(boolean awaitingMe, CertificationStatus status, String regionCode, String text) {

    public static final ApplicationFilter ALL = new ApplicationFilter(false, null, null, null);
    public static final ApplicationFilter WORK_QUEUE = new ApplicationFilter(true, null, null, null);

    public ApplicationFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
    }

    public ApplicationFilter withStatus(CertificationStatus status) {
        return new ApplicationFilter(awaitingMe, status, regionCode, text);
    }

    public ApplicationFilter withRegionCode(String regionCode) {
        return new ApplicationFilter(awaitingMe, status, regionCode, text);
    }

    public ApplicationFilter withText(String text) {
        return new ApplicationFilter(awaitingMe, status, regionCode, text);
    }
}
