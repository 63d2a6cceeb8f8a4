package cn.gov.hlj.consumptionaid.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A deal signed at an exhibition (签约项目). The supplier is a registered market entity, named by its unified social
 * credit code, or only a name when it is not registered; the amount is in yuan.
 */
public record DealForm(String projectName, String supplierCreditCode, String supplierName, String buyerName,
                       BigDecimal amount, LocalDate signedOn) {
}
