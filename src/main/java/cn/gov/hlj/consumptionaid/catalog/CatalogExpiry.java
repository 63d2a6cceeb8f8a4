package cn.gov.hlj.consumptionaid.catalog;

/** Where a catalog entry stands against its validity of one year. */
public enum CatalogExpiry {
    /** Valid for more than {@link CatalogService#EXPIRING_WITHIN_DAYS} days. */
    VALID,
    /** Valid, but expiring within {@link CatalogService#EXPIRING_WITHIN_DAYS} days: renewal is due. */
    EXPIRING,
    /** Past its validity. */
    EXPIRED;

    public String labelKey() {
        return "catalog.expiry." + name();
    }
}
