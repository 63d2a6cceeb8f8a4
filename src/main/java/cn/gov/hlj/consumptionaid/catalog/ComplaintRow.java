package cn.gov.hlj.consumptionaid.catalog;

import java.time.LocalDate;

/**
 * A complaint in a list or opened. {@code complainantName}/{@code complainantContact} are {@code null} for anyone but
 * a supervisor. {@code overdue}: still open after its deadline.
 */
public record ComplaintRow(long id, long version, ComplaintSource source, Long applicationId, String productName,
                           long entityId, String entityName, String countyCode, String complainantName,
                           String complainantContact, String description, LocalDate receivedOn, LocalDate deadline,
                           String handlerName, String investigation, String finding, String feedback,
                           ComplaintOutcome outcome, LocalDate closedOn, boolean overdue) {

    public boolean closed() {
        return closedOn != null;
    }
}
