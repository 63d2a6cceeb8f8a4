package cn.gov.hlj.consumptionaid.catalog;

/** Why a product leaves the catalog (退出). */
public enum WithdrawalReason {
    /** 一年内无销售 */
    NO_SALES_FOR_A_YEAR,
    /** 不再符合认定条件 */
    NO_LONGER_QUALIFIES,
    /** 质量或食品安全问题 */
    QUALITY_OR_SAFETY,
    /** 违规违法 */
    VIOLATION;

    public String labelKey() {
        return "catalog.withdrawal.reason." + name();
    }
}
