package cn.gov.hlj.consumptionaid.catalog;

import java.time.LocalDate;

/** An objection (异议) received during the public notice and how it was resolved ({@code null} while open). */
public record ObjectionRow(long id, LocalDate receivedOn, String description, String resolution,
                           LocalDate resolvedOn) {

    public boolean resolved() {
        return resolution != null;
    }
}
