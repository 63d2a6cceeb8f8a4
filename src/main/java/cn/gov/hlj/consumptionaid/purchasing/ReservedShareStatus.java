package cn.gov.hlj.consumptionaid.purchasing;

/** Where a reserved share (预留份额) stands: filed, approved by the supervising unit, or returned with a reason. */
public enum ReservedShareStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    /**
     * Whether a share in this status counts toward the reserved amounts and the completion rates: a filed share does
     * until its supervising unit returns it (the indicators' definitions say the same).
     */
    public boolean counts() {
        return this == SUBMITTED || this == APPROVED;
    }

    public String labelKey() {
        return "purchasing.reserved-share-status." + name();
    }
}
