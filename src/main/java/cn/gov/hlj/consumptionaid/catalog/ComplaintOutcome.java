package cn.gov.hlj.consumptionaid.catalog;

/**
 * What a closed complaint led to: nothing, a correction by the producer, the withdrawal of the product (which asks
 * the county to confirm it) or the blacklisting of the market entity (which withdraws its products at once).
 */
public enum ComplaintOutcome {
    NONE, CORRECTION, WITHDRAWAL, BLACKLIST;

    public String labelKey() {
        return "catalog.complaint.outcome." + name();
    }
}
