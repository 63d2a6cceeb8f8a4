package cn.gov.hlj.consumptionaid.catalog;

/** Where a complaint (投诉举报) came from. */
public enum ComplaintSource {
    /** 12317 扶贫监督举报电话 */
    HOTLINE_12317,
    /** 群众来信来访 */
    PUBLIC,
    /** 媒体曝光 */
    MEDIA,
    /** 监督检查 */
    INSPECTION;

    public String labelKey() {
        return "catalog.complaint.source." + name();
    }
}
