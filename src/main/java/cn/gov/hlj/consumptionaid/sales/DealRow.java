package cn.gov.hlj.consumptionaid.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A deal as lists show it; {@code supplierId} and {@code supplierCreditCode} are set for a registered supplier. */
public record DealRow(long id, long version, long exhibitionId, String projectName, Long supplierId,
                      String supplierCreditCode, String supplierName, String buyerName, BigDecimal amount,
                      LocalDate signedOn) {

    public DealForm toForm() {
        return new DealForm(projectName, supplierCreditCode, supplierName, buyerName, amount, signedOn);
    }
}
