package cn.gov.hlj.consumptionaid.purchasing;

/** Where a reserved share (预留份额) stands: filed, approved by the supervising unit, or returned with a reason. */
public enum ReservedShareStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    public String labelKey() {
        return "purchasing.reserved-share-status." + name();
    }
}
