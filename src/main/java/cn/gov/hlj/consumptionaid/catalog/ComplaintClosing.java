package cn.gov.hlj.consumptionaid.catalog;

/**
 * How a complaint is closed: the finding (查实情况), the feedback given to the complainant, the outcome and — for a
 * withdrawal — its reason.
 */
public record ComplaintClosing(String finding, String feedback, ComplaintOutcome outcome,
                               WithdrawalReason withdrawalReason) {
}
