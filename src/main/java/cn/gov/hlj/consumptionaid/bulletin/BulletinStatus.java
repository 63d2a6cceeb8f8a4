package cn.gov.hlj.consumptionaid.bulletin;

/** A bulletin version is a draft until an editor publishes it; leaders see published versions only. */
public enum BulletinStatus {
    DRAFT, PUBLISHED;

    public String labelKey() {
        return "bulletin.status." + name();
    }
}
